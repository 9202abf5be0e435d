export { loadConfig, ConfigurationError } from './load-config';
export { environmentSchema, type Config } from './config-schema';
export { readSecret } from './read-secret';
