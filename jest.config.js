/** Jest runs TypeScript through SWC; the custom environment shares typed-array constructors with onnxruntime. */
module.exports = {
  testEnvironment: '<rootDir>/server/test/node-environment.js',
  roots: ['<rootDir>/server', '<rootDir>/web'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/server/test/no-network.js'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  testTimeout: 60000,
  maxWorkers: 2,
};
