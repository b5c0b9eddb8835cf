// Live proof of the health-check setup: a stopped instance is marked DOWN within fall × inter and
// gets no more traffic, and the monitor on port+1 answers 200 while any instance is up, 503 when none is.
import { join } from 'node:path';
import { emitHealthCheck } from '@hacfg/setups';
import { describe, expect, it } from 'vitest';
import { httpBackend, type Backend } from './support/backends.js';
import { tally, useCleanup } from './support/fixture.js';
import { haproxyBin, scratchDir, startHaproxy, waitForServers } from './support/haproxy-process.js';
import { HOST, freePort, freePortPair, httpGet, waitFor } from './support/net.js';

const INTER_MS = 200;
const FALL = 2;
// fall × inter, plus one interval for the phase of the check timer, plus slack for a loaded CI machine.
const DOWN_WITHIN_MS = FALL * INTER_MS + INTER_MS + 1000;

describe.skipIf(!haproxyBin)('live: health-check', () => {
  const cleanup = useCleanup();

  it('takes a dead instance out within fall × inter, and the monitor follows nbsrv', async () => {
    const backends: Backend[] = [];
    for (const n of ['a', 'b', 'c']) {
      const b = httpBackend(n, await freePort());
      await b.start();
      cleanup(() => b.stop());
      backends.push(b);
    }
    const [a, b, c] = backends as [Backend, Backend, Backend];
    const port = await freePortPair();
    const dir = scratchDir();
    const socket = join(dir, 'admin.sock');
    const config = emitHealthCheck({
      listen: `${HOST}:${port}`,
      servers: backends.map((s) => ({ name: s.name, address: `${HOST}:${s.port}` })),
      check: { type: 'http', path: '/health', expectStatus: 200, inter: `${INTER_MS}ms`, fall: FALL, rise: 1 },
      global: { statsSocket: { path: socket } },
    });
    expect(config).toContain(`bind ${HOST}:${port + 1}`);
    const h = await startHaproxy(config, dir, socket);
    cleanup(() => h.stop());
    const monitor = (): Promise<number> => httpGet(port + 1, '/health').then((r) => r.status);

    await waitForServers(h, ['be_app/a', 'be_app/b', 'be_app/c'], 'UP');
    expect(await monitor()).toBe(200);

    const stoppedAt = Date.now();
    await a.stop();
    await waitForServers(h, ['be_app/a'], 'DOWN', DOWN_WITHIN_MS);
    expect(Date.now() - stoppedAt).toBeLessThanOrEqual(DOWN_WITHIN_MS);

    const served = [];
    for (let i = 0; i < 20; i++) {
      const r = await httpGet(port, '/');
      expect(r.status).toBe(200);
      served.push(r.body);
    }
    expect(tally(served)).toEqual({ b: 10, c: 10 });
    expect(await monitor()).toBe(200);

    // With no instance left, the upstream load balancer is told so.
    await b.stop();
    await c.stop();
    await waitForServers(h, ['be_app/b', 'be_app/c'], 'DOWN', DOWN_WITHIN_MS);
    expect(await monitor()).toBe(503);
    expect((await httpGet(port, '/')).status).toBe(503);

    // One instance back (rise 1): healthy again.
    await a.start();
    await waitFor('monitor 200', DOWN_WITHIN_MS, async () => ((await monitor()) === 200 ? true : undefined));
    expect((await httpGet(port, '/')).body).toBe('a');
  }, 20_000);

  it('counts neighbour backups: the monitor stays 200 while only a backup is up', async () => {
    const local = httpBackend('local', await freePort());
    const neighbour = httpBackend('neighbour', await freePort());
    for (const b of [local, neighbour]) {
      await b.start();
      cleanup(() => b.stop());
    }
    const port = await freePortPair();
    const dir = scratchDir();
    const socket = join(dir, 'admin.sock');
    const h = await startHaproxy(
      emitHealthCheck({
        listen: `${HOST}:${port}`,
        servers: [
          { name: 'local', address: `${HOST}:${local.port}` },
          { name: 'neighbour', address: `${HOST}:${neighbour.port}`, backup: true },
        ],
        check: { type: 'tcp', inter: `${INTER_MS}ms`, fall: FALL, rise: 1 },
        global: { statsSocket: { path: socket } },
      }),
      dir,
      socket,
    );
    cleanup(() => h.stop());
    await waitForServers(h, ['be_app/local', 'be_app/neighbour'], 'UP');
    expect((await httpGet(port, '/')).body).toBe('local');

    await local.stop();
    await waitForServers(h, ['be_app/local'], 'DOWN', DOWN_WITHIN_MS);
    expect((await httpGet(port + 1, '/health')).status).toBe(200);
    expect((await httpGet(port, '/')).body).toBe('neighbour');

    await neighbour.stop();
    await waitForServers(h, ['be_app/neighbour'], 'DOWN', DOWN_WITHIN_MS);
    expect((await httpGet(port + 1, '/health')).status).toBe(503);
  }, 20_000);
});
