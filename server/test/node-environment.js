// Jest gives every test file its own VM context, so typed arrays created there fail
// onnxruntime's `instanceof Float32Array` checks. Sharing the main context's constructors fixes it.
const { TestEnvironment } = require('jest-environment-node');

const SHARED = ['ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Float32Array', 'Float64Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

class SharedTypedArrayEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}
module.exports = SharedTypedArrayEnvironment;
