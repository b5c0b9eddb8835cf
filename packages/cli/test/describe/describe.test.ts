// Golden outputs of `hacfg describe` and `hacfg graph` for the seed configs and a passthrough/failover fixture.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const root = join(import.meta.dirname, '../../../..');
const files = [
  ...readdirSync(join(root, 'fixtures/seeds')).filter((f) => f.endsWith('.cfg')).map((f) => `fixtures/seeds/${f}`),
  'fixtures/describe/passthrough-failover.cfg',
];
const golden = (file: string, ext: string): string => join(import.meta.dirname, '__golden__', `${file.split('/').pop()!.replace(/\.cfg$/, '')}.${ext}`);

describe('hacfg describe', () => {
  for (const file of files) {
    it(`text: ${file}`, async () => {
      const r = await runCli(['describe', file], '', root);
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(golden(file, 'txt'));
    });
  }

  it('json: the passthrough/failover fixture, findings next to their server', async () => {
    const r = await runCli(['describe', '--format', 'json', 'fixtures/describe/passthrough-failover.cfg'], '', root);
    const d = JSON.parse(r.stdout);
    const edge = d.frontends.find((f: { name: string }) => f.name === 'edge');
    expect([edge.tls, edge.backends, edge.routes.map((x: { failover: boolean }) => x.failover)]).toEqual(['passthrough', ['new_platform', 'beta', 'old_platform'], [true, false, false]]);
    const beta = d.backends.find((b: { name: string }) => b.name === 'beta');
    expect(beta.servers.map((s: { findings: { ruleId: string }[] }) => s.findings.map((f) => f.ruleId))).toEqual([['http-check-on-tls-port'], ['server-without-check']]);
    expect(d.backends.find((b: { name: string }) => b.name === 'old_platform').failoverTo).toEqual([{ frontend: 'edge', backend: 'new_platform', condition: 'if old_down' }]);
    expect(d.frontends.find((f: { name: string }) => f.name === 'health').monitor.watched).toEqual(['old_platform']);
  });

  it('seed 002: duplicate cookies (ignored anyway: the proxies are in tcp mode) on the servers, failover order on the frontend', async () => {
    const d = JSON.parse((await runCli(['describe', '--format', 'json', 'fixtures/seeds/002-nbsrv-failover.cfg'], '', root)).stdout);
    expect(d.frontends[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('failover-rule-shadowed');
    const serverFindings = d.backends.flatMap((b: { servers: { name: string; findings: { ruleId: string }[] }[] }) => b.servers.flatMap((s) => s.findings.map((f) => `${s.name} ${f.ruleId}`)));
    expect(serverFindings.filter((f: string) => f.endsWith('duplicate-server-cookie'))).toEqual(['sr2 duplicate-server-cookie', 'sr4 duplicate-server-cookie']);
    expect(serverFindings.filter((f: string) => f.endsWith('http-only-in-tcp'))).toEqual(['sr1 http-only-in-tcp', 'sr2 http-only-in-tcp', 'sr3 http-only-in-tcp', 'sr4 http-only-in-tcp']);
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await runCli(['describe', '--format', 'yaml', 'fixtures/seeds/003-frontend.cfg'], '', root);
    expect(r.code).toBe(2);
  });
});
