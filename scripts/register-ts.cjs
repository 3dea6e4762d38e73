// Runs the TypeScript sources directly (SWC, with decorator metadata for Nest) and resolves the
// workspace's path aliases from tsconfig.base.json.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
