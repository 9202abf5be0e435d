export { openDatabase, applyMigrations, schemaVersion, type Database, type Statement } from './open-database';
export { MIGRATIONS, type Migration } from './migrations';
