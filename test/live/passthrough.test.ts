// Live proof of the passthrough setup: real haproxy, TLS platforms on 127.0.0.1. TLS is not ended by
// haproxy (the client sees each platform's own certificate), weights split connections exactly, and
// SNI routing sends each name to its own platform.
import { join } from 'node:path';
import { emitPassthrough } from '@hacfg/setups';
import { describe, expect, it } from 'vitest';
import { selfSignedCert, tlsBackend, type Backend } from './support/backends.js';
import { tally, useCleanup } from './support/fixture.js';
import { haproxyBin, scratchDir, startHaproxy, waitForServers, type RunningHaproxy } from './support/haproxy-process.js';
import { HOST, freePort, tlsGet } from './support/net.js';

describe.skipIf(!haproxyBin)('live: passthrough', () => {
  const cleanup = useCleanup();

  async function platforms(...names: string[]): Promise<{ backends: Backend[]; fingerprints: Record<string, string> }> {
    const certs = await Promise.all(names.map((n) => selfSignedCert(`${n}.test`)));
    const backends = await Promise.all(names.map(async (n, i) => tlsBackend(n, await freePort(), certs[i]!)));
    for (const b of backends) {
      await b.start();
      cleanup(() => b.stop());
    }
    return { backends, fingerprints: Object.fromEntries(names.map((n, i) => [n, certs[i]!.fingerprint256])) };
  }

  async function haproxy(spec: Parameters<typeof emitPassthrough>[0]): Promise<RunningHaproxy> {
    const dir = scratchDir();
    const socket = join(dir, 'admin.sock');
    const h = await startHaproxy(emitPassthrough({ ...spec, global: { statsSocket: { path: socket } } }), dir, socket);
    cleanup(() => h.stop());
    return h;
  }

  it('passes TLS through untouched and splits 40 connections 3:1 by weight', async () => {
    const { backends, fingerprints } = await platforms('old', 'new');
    const [oldP, newP] = backends as [Backend, Backend];
    const port = await freePort();
    const h = await haproxy({
      listen: [`${HOST}:${port}`],
      platforms: [
        { name: 'old', address: `${HOST}:${oldP.port}`, weight: 3 },
        { name: 'new', address: `${HOST}:${newP.port}`, weight: 1 },
      ],
      check: { type: 'ssl-hello', inter: '200ms', fall: 2, rise: 1 },
    });
    await waitForServers(h, ['be_passthrough/old', 'be_passthrough/new'], 'UP');

    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await tlsGet(port, 'www.example.com'));
    // Each connection shows the certificate of the platform that answered: haproxy did not end TLS.
    for (const a of answers) expect(a.fingerprint256).toBe(fingerprints[a.body]);
    expect(tally(answers.map((a) => a.body))).toEqual({ old: 30, new: 10 });
  }, 20_000);

  it('routes each SNI name to its own platform', async () => {
    const { backends, fingerprints } = await platforms('old', 'new');
    const [oldP, newP] = backends as [Backend, Backend];
    const port = await freePort();
    const h = await haproxy({
      listen: [`${HOST}:${port}`],
      platforms: [
        { name: 'old', address: `${HOST}:${oldP.port}` },
        { name: 'new', address: `${HOST}:${newP.port}` },
      ],
      routes: [
        { name: 'beta', hosts: ['beta.example.com'], platforms: ['new'] },
        { name: 'legacy', hosts: ['*.legacy.example.com'], platforms: ['old'] },
      ],
      check: { type: 'tcp', inter: '200ms', fall: 2, rise: 1 },
    });
    await waitForServers(h, ['be_passthrough_beta/new', 'be_passthrough_legacy/old'], 'UP');

    for (let i = 0; i < 6; i++) {
      const beta = await tlsGet(port, 'beta.example.com');
      expect([beta.body, beta.fingerprint256]).toEqual(['new', fingerprints.new]);
      const legacy = await tlsGet(port, `shop${i}.legacy.example.com`);
      expect([legacy.body, legacy.fingerprint256]).toEqual(['old', fingerprints.old]);
    }
    // Names without a route share both platforms.
    const other = [];
    for (let i = 0; i < 4; i++) other.push((await tlsGet(port, 'www.example.com')).body);
    expect(tally(other)).toEqual({ old: 2, new: 2 });

    // A route whose platform is down falls back to the others (they stand by in its backend).
    await newP.stop();
    await waitForServers(h, ['be_passthrough_beta/new'], 'DOWN', 2000);
    expect((await tlsGet(port, 'beta.example.com')).body).toBe('old');
  }, 20_000);
});
