/**
 * The real HAProxy as an oracle: `haproxy -c -dr -f FILE` in a scratch directory with a clean
 * environment. Tests that need it are skipped with a notice where it is missing, unless CI requires it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findHaproxy(): string | undefined {
  for (const p of ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy']) {
    try {
      execFileSync(p, ['-v'], { stdio: 'ignore' });
      return p;
    } catch {
      /* try the next location */
    }
  }
  return undefined;
}

export const haproxyBin: string | undefined = findHaproxy();
export const haproxyRequired: boolean = process.env.HACFG_REQUIRE_HAPROXY === '1' || process.env.CI === 'true';

if (!haproxyBin) {
  if (haproxyRequired) throw new Error('haproxy binary not found: required in CI (apt-get install -y haproxy)');
  console.warn('NOTICE: haproxy not installed; tests against the real HAProxy are skipped');
}

export interface CheckResult {
  readonly exitCode: number;
  /** `[ALERT]`/`[WARNING]` lines without the `[TAG] (pid) :` prefix, the file path replaced by FILE. */
  readonly alerts: string[];
  readonly warnings: string[];
  readonly output: string;
}

/** Runs `haproxy -c -dr -f` on `config` (bytes or text) and collects its messages. */
export function checkConfig(config: string | Buffer, env: Record<string, string> = {}): Promise<CheckResult> {
  const dir = mkdtempSync(join(tmpdir(), 'hacfg-oracle-'));
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  return new Promise((resolve, reject) => {
    if (!haproxyBin) return reject(new Error('haproxy not installed'));
    execFile(
      haproxyBin,
      ['-c', '-dr', '-f', file],
      { cwd: dir, env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', HOME: '/tmp', LANG: 'C', ...env }, timeout: 60_000, encoding: 'utf8' },
      (err, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        const output = `${stdout}${stderr}`;
        const exitCode = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        const pick = (tag: string): string[] =>
          output
            .split('\n')
            .filter((l) => l.startsWith(`[${tag}]`))
            .map((l) => l.replace(/^\[\w+\]\s+\(\d+\) : /, '').split(file).join('FILE'));
        resolve({ exitCode, alerts: pick('ALERT'), warnings: pick('WARNING'), output });
      },
    );
  });
}
