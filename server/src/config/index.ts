export { loadConfig, ConfigurationError } from './load-config';
export { environmentSchema, type Config } from './config-schema';
export { readSecret, readVariable } from './read-variable';
