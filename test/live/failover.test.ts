// Live proof of the failover setup, both strategies: with every primary stopped, requests reach the
// backups; with the primaries started again, traffic returns to them. Cookies pin a client to a server.
import { join } from 'node:path';
import { emitFailover, type FailoverSpecInput } from '@hacfg/setups';
import { describe, expect, it } from 'vitest';
import { httpBackend, type Backend } from './support/backends.js';
import { tally, useCleanup } from './support/fixture.js';
import { haproxyBin, scratchDir, startHaproxy, waitForServers, type RunningHaproxy } from './support/haproxy-process.js';
import { HOST, freePort, httpGet } from './support/net.js';

const CHECK = { type: 'http', path: '/health', inter: '200ms', fall: 2, rise: 1 } as const;

describe.skipIf(!haproxyBin)('live: failover', () => {
  const cleanup = useCleanup();

  async function started(...names: string[]): Promise<Backend[]> {
    const out: Backend[] = [];
    for (const n of names) {
      const b = httpBackend(n, await freePort());
      await b.start();
      cleanup(() => b.stop());
      out.push(b);
    }
    return out;
  }

  async function haproxy(spec: Omit<FailoverSpecInput, 'listen' | 'global'>): Promise<{ h: RunningHaproxy; port: number }> {
    const port = await freePort();
    const dir = scratchDir();
    const socket = join(dir, 'admin.sock');
    const h = await startHaproxy(emitFailover({ ...spec, listen: `${HOST}:${port}`, global: { statsSocket: { path: socket } } }), dir, socket);
    cleanup(() => h.stop());
    return { h, port };
  }

  const servers = (bs: readonly Backend[]) => bs.map((b) => ({ name: b.name, address: `${HOST}:${b.port}` }));

  async function bodies(port: number, n: number, headers: Record<string, string> = {}): Promise<Record<string, number>> {
    const out = [];
    for (let i = 0; i < n; i++) {
      const r = await httpGet(port, '/', headers);
      expect(r.status).toBe(200);
      out.push(r.body);
    }
    return tally(out);
  }

  it.each(['backup-servers', 'backup-backend'] as const)('%s: backups take over while every primary is down, then traffic returns', async (strategy) => {
    const [p1, p2, b1, b2] = (await started('p1', 'p2', 'b1', 'b2')) as [Backend, Backend, Backend, Backend];
    // With backup servers only the first is used (no allbackups); a backup backend balances over both.
    const { h, port } = await haproxy({ strategy, primary: servers([p1, p2]), backup: servers([b1, b2]), check: CHECK });
    const backupBe = strategy === 'backup-servers' ? 'be_app' : 'be_app_backup';
    await waitForServers(h, ['be_app/p1', 'be_app/p2', `${backupBe}/b1`, `${backupBe}/b2`], 'UP');
    expect(await bodies(port, 10)).toEqual({ p1: 5, p2: 5 });

    await p1.stop();
    await p2.stop();
    await waitForServers(h, ['be_app/p1', 'be_app/p2'], 'DOWN', 2000);
    expect(await bodies(port, 10)).toEqual(strategy === 'backup-servers' ? { b1: 10 } : { b1: 5, b2: 5 });

    await p1.start();
    await p2.start();
    await waitForServers(h, ['be_app/p1', 'be_app/p2'], 'UP', 2000);
    expect(await bodies(port, 10)).toEqual({ p1: 5, p2: 5 });
  }, 20_000);

  it('backup-backend with cookies: each server has its own cookie value, and a cookie pins the client', async () => {
    const [p1, p2, b1, b2] = (await started('p1', 'p2', 'b1', 'b2')) as [Backend, Backend, Backend, Backend];
    const { h, port } = await haproxy({ strategy: 'backup-backend', primary: servers([p1, p2]), backup: servers([b1, b2]), check: CHECK, cookie: { name: 'SRVID' } });
    await waitForServers(h, ['be_app/p1', 'be_app/p2', 'be_app_backup/b1', 'be_app_backup/b2'], 'UP');
    expect(await bodies(port, 6, { cookie: 'SRVID=p2' })).toEqual({ p2: 6 });

    await p1.stop();
    await p2.stop();
    await waitForServers(h, ['be_app/p1', 'be_app/p2'], 'DOWN', 2000);
    // The pinned server is down: the client fails over and is pinned to a backup by its own value.
    expect(await bodies(port, 6, { cookie: 'SRVID=p2' })).toEqual({ b1: 3, b2: 3 });
    expect(await bodies(port, 6, { cookie: 'SRVID=b2' })).toEqual({ b2: 6 });
  }, 20_000);
});
