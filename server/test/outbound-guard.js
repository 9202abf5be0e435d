// Preload guard (node --require) for child processes in no-outbound.test.ts: records every attempt
// to reach beyond loopback — TCP/TLS connects, UDP sends, DNS lookups, http(s)/http2 requests,
// fetch — as a JSON line in $LLMOIN_NETWORK_GUARD_REPORT, and makes the attempt fail. It loads in
// every thread (worker threads inherit --require) and, through NODE_OPTIONS, in Node child
// processes; other child processes are recorded as "spawn" so the test can allow only known ones.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const tls = require('node:tls');
const childProcess = require('node:child_process');
const { isMainThread, threadId } = require('node:worker_threads');

const REPORT = process.env.LLMOIN_NETWORK_GUARD_REPORT;
const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

function record(kind, target) {
  const line = JSON.stringify({ kind, target: target === undefined ? null : String(target), pid: process.pid, thread: threadId, main: isMainThread });
  if (REPORT) fs.appendFileSync(REPORT, `${line}\n`);
}

function refuse(kind, target) {
  record(kind, target);
  return new Error(`outbound network access refused by the guard: ${kind} ${target}`);
}

const isLoopback = (host) => host === undefined || host === null || host === '' || LOOPBACK.test(String(host));

// TCP (and TLS, http, undici/fetch underneath): the one place every stream socket connects.
function connectTarget(args) {
  const first = args[0];
  if (Array.isArray(first)) return connectTarget(first);
  if (first && typeof first === 'object') return first.path ? null : { host: first.host, port: first.port };
  if (typeof first === 'string' && Number.isNaN(Number(first))) return null; // a Unix socket path
  return { host: typeof args[1] === 'string' ? args[1] : undefined, port: first };
}
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const target = connectTarget(args);
  if (target && !isLoopback(target.host)) throw refuse('connect', `${target.host}:${target.port}`);
  return originalConnect.apply(this, args);
};

// DNS: any name other than loopback is refused before a resolver is asked.
function guardLookup(original, name) {
  return function guarded(hostname, ...rest) {
    if (!isLoopback(hostname)) {
      const error = refuse('dns', hostname);
      const callback = rest.find((arg) => typeof arg === 'function');
      if (callback) {
        process.nextTick(() => callback(error));
        return undefined;
      }
      if (name === 'promise') return Promise.reject(error);
      throw error;
    }
    return original.call(this, hostname, ...rest);
  };
}
dns.lookup = guardLookup(dns.lookup, 'callback');
dns.promises.lookup = guardLookup(dns.promises.lookup, 'promise');
for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse']) {
  if (typeof dns[method] === 'function') dns[method] = guardLookup(dns[method], 'callback');
  if (typeof dns.promises[method] === 'function') dns.promises[method] = guardLookup(dns.promises[method], 'promise');
  if (typeof dns.Resolver.prototype[method] === 'function') dns.Resolver.prototype[method] = guardLookup(dns.Resolver.prototype[method], 'callback');
  if (typeof dns.promises.Resolver.prototype[method] === 'function') dns.promises.Resolver.prototype[method] = guardLookup(dns.promises.Resolver.prototype[method], 'promise');
}

// UDP.
const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(...args) {
  const address = args.find((arg, index) => index > 0 && typeof arg === 'string');
  if (address !== undefined && !isLoopback(address)) throw refuse('udp', address);
  return originalSend.apply(this, args);
};
const originalUdpConnect = dgram.Socket.prototype.connect;
dgram.Socket.prototype.connect = function guardedUdpConnect(port, address, ...rest) {
  if (typeof address === 'string' && !isLoopback(address)) throw refuse('udp', `${address}:${port}`);
  return originalUdpConnect.call(this, port, address, ...rest);
};

// http(s) and http2: refuse early with the URL (the socket guard would catch them too).
function requestHost(args) {
  const first = args[0];
  if (typeof first === 'string' || first instanceof URL) {
    try {
      return new URL(String(first)).hostname;
    } catch {
      return undefined;
    }
  }
  if (first && typeof first === 'object') return first.hostname ?? first.host;
  return undefined;
}
for (const [module, name] of [[http, 'http'], [https, 'https']]) {
  for (const method of ['request', 'get']) {
    const original = module[method];
    module[method] = function guardedRequest(...args) {
      const host = requestHost(args);
      if (!isLoopback(typeof host === 'string' ? host.replace(/:\d+$/, '') : host)) throw refuse(name, host);
      return original.apply(this, args);
    };
  }
}
const originalHttp2Connect = http2.connect;
http2.connect = function guardedHttp2(authority, ...rest) {
  const host = requestHost([authority]);
  if (!isLoopback(host)) throw refuse('http2', host);
  return originalHttp2Connect.call(this, authority, ...rest);
};
const originalTlsConnect = tls.connect;
tls.connect = function guardedTls(...args) {
  const options = args.find((arg) => arg && typeof arg === 'object');
  const host = options?.host ?? (typeof args[1] === 'string' ? args[1] : undefined);
  if (!options?.socket && !isLoopback(host)) throw refuse('tls', host);
  return originalTlsConnect.apply(this, args);
};

// fetch (undici inside Node): checked by URL before undici opens a socket.
if (typeof globalThis.fetch === 'function') {
  const originalFetch = globalThis.fetch;
  globalThis.fetch = function guardedFetch(input, init) {
    let host;
    try {
      host = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url).hostname;
    } catch {
      host = undefined;
    }
    if (host !== undefined && !isLoopback(host)) return Promise.reject(refuse('fetch', host));
    return originalFetch.call(this, input, init);
  };
}

// Child processes: recorded (a non-Node child could open sockets the guard cannot see).
for (const method of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']) {
  const original = childProcess[method];
  childProcess[method] = function guardedChild(command, ...rest) {
    record('spawn', method === 'fork' ? 'node' : String(command).split(/\s+/)[0]);
    return original.call(this, command, ...rest);
  };
}

record('armed', isMainThread ? 'main' : 'worker');
