/** The HTTP server cuts off slow clients and bounds its connections (src/http/server.ts). */
import { once } from 'node:events';
import { type Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type ServerLimits, listen } from '../../src/http/server.js';

const LIMITS: ServerLimits = {
  headersTimeoutMs: 500,
  requestTimeoutMs: 1_000,
  keepAliveTimeoutMs: 300,
  maxConnections: 3,
};

let server: ServerType | undefined;
const sockets: Socket[] = [];

async function start(limits = LIMITS): Promise<number> {
  server = listen(async (req) => new Response(`read ${(await req.arrayBuffer()).byteLength}`), {
    hostname: '127.0.0.1',
    port: 0,
    limits,
  });
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** A raw connection, so the test can trickle bytes as a slow client would. */
async function open(port: number): Promise<Socket & { received: () => string; whenClosed: Promise<number> }> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let text = '';
  socket.on('data', (chunk) => {
    text += chunk.toString();
  });
  socket.on('error', () => {});
  const opened = performance.now();
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now() - opened)));
  await once(socket, 'connect');
  return Object.assign(socket, { received: () => text, whenClosed: closed });
}

/** Writes one byte every `ms` until the socket closes. */
function trickle(socket: Socket, ms: number) {
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write('a');
  }, ms);
  socket.on('close', () => clearInterval(timer));
}

async function promptAnswer(port: number): Promise<void> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: 'hello' });
  expect(await res.text()).toBe('read 5');
  expect(performance.now() - started).toBeLessThan(500);
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  const running = server;
  server = undefined;
  if (running) await new Promise((resolve) => running.close(resolve));
});

describe('server limits', () => {
  it('cuts off a body sent one byte at a time once the request time is up', async () => {
    const port = await start();
    const slow = await open(port);
    slow.write('POST / HTTP/1.1\r\nHost: kasip\r\nContent-Length: 1000\r\n\r\n');
    trickle(slow, 200);
    await promptAnswer(port);
    const after = await slow.whenClosed;
    expect(after).toBeGreaterThan(LIMITS.requestTimeoutMs - 100);
    expect(after).toBeLessThan(LIMITS.requestTimeoutMs + 1_500);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off headers sent one byte at a time once the header time is up', async () => {
    const port = await start();
    const slow = await open(port);
    slow.write('GET / HTTP/1.1\r\nHost: kasip\r\nX-Slow: ');
    trickle(slow, 100);
    const after = await slow.whenClosed;
    expect(after).toBeLessThan(LIMITS.headersTimeoutMs + 1_500);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes idle keep-alive connections and refuses connections past the bound', async () => {
    const port = await start();
    const idle = await open(port);
    idle.write('GET / HTTP/1.1\r\nHost: kasip\r\n\r\n');
    expect(await idle.whenClosed).toBeLessThan(LIMITS.keepAliveTimeoutMs + 1_500);
    const held = await Promise.all([open(port), open(port), open(port)]);
    const extra = await open(port);
    expect(await extra.whenClosed).toBeLessThan(500);
    for (const socket of held) expect(socket.destroyed).toBe(false);
  });

  it('reads the limits from the environment, and refuses a header time longer than the request time', () => {
    expect(loadConfig({}).server).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
    });
    expect(loadConfig({ KASIP_REQUEST_TIMEOUT_MS: '30000', KASIP_MAX_CONNECTIONS: '50' }).server).toMatchObject({
      requestTimeoutMs: 30_000,
      maxConnections: 50,
    });
    expect(() => loadConfig({ KASIP_HEADERS_TIMEOUT_MS: '40000', KASIP_REQUEST_TIMEOUT_MS: '30000' })).toThrow(
      /KASIP_HEADERS_TIMEOUT_MS/,
    );
  });
});
