// @ts-check
/** @typedef {import('./index').Catalog} Catalog */

/**
 * The catalog a rule checks against: the one given in the rule's configuration (the service passes its
 * live catalog, the modeller the one the service sends), or else the one generated into this package
 * from the service's declarations (`npm run model-catalog`), for the command line.
 * @param {any} config
 * @returns {Catalog}
 */
function catalogOf(config) {
  return config?.catalog ?? require('./catalog.json');
}

module.exports = { catalogOf };
