/** Loopback ports, polling, and clients with hard time limits. Nothing here leaves 127.0.0.1. */
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export const HOST = '127.0.0.1';

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(undefined));
    s.listen(port, HOST, () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** An ephemeral port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const p = await tryListen(0);
  if (p === undefined) throw new Error('no free port on 127.0.0.1');
  return p;
}

/** A port P with P+1 free too (the health-check monitor listens on port+1). */
export async function freePortPair(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await freePort();
    if (p < 65535 && (await tryListen(p + 1)) !== undefined) return p;
  }
  throw new Error('no free port pair on 127.0.0.1');
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value other than undefined; fails after `ms`. */
export async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>, every = 50): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(every);
  }
}

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/** One GET on a fresh connection (no keep-alive), given up after `ms`. */
export function httpGet(port: number, path = '/', headers: Record<string, string> = {}, ms = 2000): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, agent: false, headers: { connection: 'close', ...headers }, timeout: ms }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} on ${port}: no answer in ${ms} ms`)));
    req.on('error', reject);
    req.end();
  });
}

export interface TlsAnswer {
  /** SHA-256 fingerprint of the certificate the client was shown. */
  readonly fingerprint256: string;
  /** What the server wrote before closing. */
  readonly body: string;
}

/** A TLS connection through `port` with SNI `servername` (certificates are not verified: self-signed). */
export function tlsGet(port: number, servername: string, ms = 2000): Promise<TlsAnswer> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: HOST, port, servername, rejectUnauthorized: false, timeout: ms });
    let body = '';
    let fingerprint256 = '';
    socket.setEncoding('utf8');
    socket.on('secureConnect', () => (fingerprint256 = socket.getPeerCertificate().fingerprint256));
    socket.on('data', (c: string) => (body += c));
    socket.on('end', () => {
      socket.destroy();
      resolve({ fingerprint256, body });
    });
    socket.on('timeout', () => socket.destroy(new Error(`TLS via ${port}: no answer in ${ms} ms`)));
    socket.on('error', reject);
  });
}
