/**
 * Small servers standing in for platforms and app instances: HTTP servers that answer with their
 * name (and 200 on /health), TLS servers that write their name and close. Each can be stopped and
 * started again on the same port, and counts what it served.
 */
import { X509Certificate } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import selfsigned from 'selfsigned';
import { HOST } from './net.js';

export interface Backend {
  readonly name: string;
  readonly port: number;
  /** Requests (HTTP, health checks excluded) or TLS sessions served. */
  hits: number;
  start(): Promise<void>;
  /** Stops listening and cuts open connections, as a crashed instance would. */
  stop(): Promise<void>;
}

function controlled(name: string, port: number, make: (b: Backend) => HttpServer | TlsServer): Backend {
  let server: HttpServer | TlsServer | undefined;
  const sockets = new Set<Socket>();
  const b: Backend = {
    name,
    port,
    hits: 0,
    async start() {
      if (server) return;
      const s = make(b);
      s.on('connection', (c: Socket) => {
        sockets.add(c);
        c.on('close', () => sockets.delete(c));
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, HOST, () => resolve());
      });
      server = s;
    },
    async stop() {
      const s = server;
      server = undefined;
      if (!s) return;
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      for (const c of sockets) c.destroy();
      await closed;
    },
  };
  return b;
}

/** An HTTP instance: `/health` → 200 "ok"; anything else → 200 with its name (counted). */
export function httpBackend(name: string, port: number): Backend {
  return controlled(name, port, (b) =>
    createHttpServer((req, res) => {
      if (req.url !== '/health') b.hits++;
      res.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
      res.end(req.url === '/health' ? 'ok' : b.name);
    }),
  );
}

export interface Certificate {
  readonly key: string;
  readonly cert: string;
  readonly fingerprint256: string;
}

/** A self-signed certificate for `name`, made fresh for the test. */
export async function selfSignedCert(name: string): Promise<Certificate> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: name }], { keySize: 2048, notAfterDate: new Date(Date.now() + 86_400_000), algorithm: 'sha256', extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: name }] }] });
  return { key: pems.private, cert: pems.cert, fingerprint256: new X509Certificate(pems.cert).fingerprint256 };
}

/** A TLS platform: ends TLS with its own certificate, writes its name, closes. */
export function tlsBackend(name: string, port: number, cert: Certificate): Backend {
  return controlled(name, port, (b) =>
    createTlsServer({ key: cert.key, cert: cert.cert }, (socket) => {
      b.hits++;
      socket.end(b.name);
    }),
  );
}
