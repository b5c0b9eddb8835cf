// `hacfg generate`: spec files (JSON/YAML), flags for the simple cases, -o, and exit codes 0 / 2
// with messages that name the bad field or flag.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@hacfg/setups';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/setups/', import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const scratch = (): string => (dir = mkdtempSync(join(tmpdir(), 'hacfg-generate-')));

describe('hacfg generate', () => {
  it('writes the golden configuration of a YAML and a JSON fixture', async () => {
    for (const [kind, file] of [
      ['failover', 'failover-backup-backend.yaml'],
      ['health-check', 'health-check-tcp.json'],
    ]) {
      const r = await runCli(['generate', kind!, '--spec', join(fixtures, file!)]);
      expect(r).toEqual({ code: 0, stdout: readFileSync(join(fixtures, file!.replace(/\.\w+$/, '.cfg')), 'utf8'), stderr: '' });
    }
  });

  it('builds a passthrough from flags alone', async () => {
    const r = await runCli(['generate', 'passthrough', '--listen', '443', '--clear', '80', '--server', 'a=10.0.0.1:443', '--server', 'b=10.0.0.2:443', '--weight', 'a=3', '--check', 'ssl-hello', '--proxy-protocol', 'v2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      generate('passthrough', {
        listen: [443, { address: 80, tls: false }],
        platforms: [
          { name: 'a', address: '10.0.0.1:443', weight: 3 },
          { name: 'b', address: '10.0.0.2:443' },
        ],
        check: { type: 'ssl-hello' },
        proxyProtocol: 'v2',
      }),
    );
    expect(r.stdout).toContain('server a 10.0.0.1:443 check weight 3');
  });

  it('builds health-check and failover setups from flags', async () => {
    const hc = await runCli(['generate', 'health-check', '--listen', '8080', '--server', 'a=10.0.0.1:80', '--backup', 'n=10.0.1.1:80', '--check-path', '/health', '--inter', '500ms', '--fall', '2', '--rise', '1']);
    expect(hc.code).toBe(0);
    expect(hc.stdout).toContain('bind :8081\n    monitor-uri /health\n    monitor fail if { nbsrv(be_app) lt 1 }');
    expect(hc.stdout).toContain('http-check send meth GET uri /health');
    expect(hc.stdout).toContain('default-server inter 500ms fall 2 rise 1');
    expect(hc.stdout).toContain('server n 10.0.1.1:80 check backup');

    const fo = await runCli(['generate', 'failover', '--listen', '80', '--server', 'p=10.0.0.1:80', '--backup', 'b=10.0.1.1:80', '--backup', 'c=10.0.1.2:80', '--backup-backend', '--cookie', 'SRV']);
    expect(fo.code).toBe(0);
    expect(fo.stdout).toContain('use_backend be_app_backup if { nbsrv(be_app) lt 1 }\n    default_backend be_app');
    expect(fo.stdout).toContain('cookie SRV insert indirect nocache');
  });

  it('lets flags override a spec file, and writes to -o', async () => {
    const d = scratch();
    const spec = join(d, 'spec.yaml');
    writeFileSync(spec, 'listen: 80\nprimary: [{ name: p, address: "10.0.0.1:80" }]\nbackup: [{ name: b, address: "10.0.1.1:80" }]\n');
    const out = join(d, 'haproxy.cfg');
    const r = await runCli(['generate', 'failover', '--spec', spec, '--name', 'shop', '--all-backups', '-o', out]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const cfg = readFileSync(out, 'utf8');
    expect(cfg).toContain('backend be_shop');
    expect(cfg).toContain('option allbackups');
  });

  it('reads the spec from standard input', async () => {
    const r = await runCli(['generate', 'passthrough', '--spec', '-'], 'platforms: [{name: a, address: "10.0.0.1:443"}, {name: b, address: "10.0.0.2:443"}]\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('server b 10.0.0.2:443 check');
  });

  it.each([
    [['generate', 'failover', '--spec', join(fixtures, 'failover-backup-servers.yaml'), '--mode', 'udp'], 'mode: must be one of "http", "tcp"'],
    [['generate', 'passthrough', '--server', 'a=10.0.0.1:443'], 'platforms: needs at least two platforms'],
    [['generate', 'passthrough', '--server', 'a=10.0.0.1:443', '--server', 'b=10.0.0.2:99999'], 'platforms[1].address: port "99999" must be a number from 1 to 65535'],
    [['generate', 'health-check', '--server', 'a=10.0.0.1:80', '--listen', '80', '--fall', 'often'], 'check.fall: must be a number (got string)'],
    [['generate', 'passthrough', '--server', 'a'], "--server expects NAME=ADDRESS, got 'a'"],
    [['generate', 'passthrough', '--server', 'a=10.0.0.1:443', '--weight', 'c=2'], '--weight names no --server or --backup: c'],
    [['generate', 'failover', '--spec', '/nonexistent/spec.yaml'], 'ENOENT'],
  ])('exits 2 naming the problem: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('exits 2 on an unknown kind', async () => {
    const r = await runCli(['generate', 'roundabout']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are passthrough, health-check, failover');
  });
});
