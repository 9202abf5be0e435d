import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createTestService, type TestService } from '../../../test/test-service';
import { createHttpServer } from './http-server';

interface SlowClient {
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfter: Promise<number>;
  received: () => string;
  stop: () => void;
}

/** A client that trickles bytes forever: one more piece every `everyMs`, never completing the request. */
function trickle(port: number, first: string, piece: string, everyMs: number): SlowClient {
  const socket = net.connect(port, '127.0.0.1');
  const started = Date.now();
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  socket.on('error', () => undefined);
  socket.write(first);
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(piece);
  }, everyMs);
  const closedAfter = new Promise<number>((resolve) => socket.on('close', () => {
    clearInterval(timer);
    resolve(Date.now() - started);
  }));
  return { closedAfter, received: () => received, stop: () => socket.destroy() };
}

describe('HTTP server timeouts', () => {
  let test: TestService;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    test = await createTestService();
    server = createHttpServer(test.app, { headersMs: 600, requestMs: 1500, keepAliveMs: 400 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await test.close();
  });

  it('drops a slow-loris client that sends one header line after another, and keeps serving everyone else', async () => {
    const slow = Array.from({ length: 5 }, () => trickle(port, 'GET /health HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: 1\r\n', 100));
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    const closedAfter = await Promise.all(slow.map((client) => client.closedAfter));
    // headersTimeout 600 ms, checked every 150 ms: closed well before the trickle would ever end.
    for (const ms of closedAfter) expect(ms).toBeLessThan(2500);
    for (const client of slow) expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('drops a client that sends its body too slowly', async () => {
    const slow = trickle(port, 'POST /api/v1/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{', ' ', 100);
    const closedAfter = await slow.closedAfter;
    expect(closedAfter).toBeGreaterThanOrEqual(500);
    expect(closedAfter).toBeLessThan(4000);
  });

  it('closes idle keep-alive connections', async () => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    let response = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      response += chunk;
    });
    socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    const closedAfter = await new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(closedAfter).toBeLessThan(2000);
  });
});
