// `npm start`: install what is missing, then run the service. The service migrates the database
// (embedded unless DATABASE_URL is set) and seeds the demo users before it serves.
import { runTs } from './run-ts.mjs';

runTs('apps/api/src/main.ts', { SEED_DEMO: 'true' });
