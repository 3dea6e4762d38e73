// @ts-check
/** The product's rules that check a model against the catalog; the deploy check and the modeller give them the service's. */
module.exports = ['service-tasks', 'user-tasks', 'called-processes', 'start-rules'];
