// Jest setup: any connection beyond loopback fails the test that made it. This proves that no
// test (and nothing it loads: transformers.js, pdf.js, the OpenAI client) reaches the network.
const net = require('node:net');

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/i;
const original = net.Socket.prototype.connect;

function targetOf(args) {
  const first = args[0];
  if (Array.isArray(first)) return targetOf(first);
  if (first && typeof first === 'object') return first.path ? null : String(first.host ?? 'localhost');
  if (typeof first === 'string' && Number.isNaN(Number(first))) return null; // a Unix socket path
  return String(args[1] ?? 'localhost');
}

net.Socket.prototype.connect = function connect(...args) {
  const host = targetOf(args);
  if (host !== null && !LOOPBACK.test(host)) {
    throw new Error(`Network access outside loopback attempted in a test: ${host}`);
  }
  return original.apply(this, args);
};
