export { type AppOptions, createApp, type LogLine } from './createApp.js';
export { createNodeServer, type ServerLimits } from './createNodeServer.js';
export {
  defaultSecretKey,
  type RunningServer,
  type StartServerOptions,
  startServer,
} from './startServer.js';
export {
  type CachedSqlStoreOptions,
  createCachedSqlStore,
} from './storage/createCachedSqlStore.js';
export {
  createPgliteStore,
  type PgliteStore,
  type PgliteStoreOptions,
} from './storage/createPgliteStore.js';
export { createPostgresStore, type PostgresStoreOptions } from './storage/createPostgresStore.js';
export { createSqlStore } from './storage/createSqlStore.js';
export { migrations, runMigrations } from './storage/migrations.js';
export type { SqlClient, SqlDriver } from './storage/sqlDriver.js';
