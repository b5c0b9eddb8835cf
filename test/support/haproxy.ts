/**
 * The real HAProxy as an oracle: `haproxy -c -dr -f FILE` in a scratch directory with a clean
 * environment. Tests that need it are skipped with a notice where it is missing, unless CI requires it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HaproxyVersion } from '@hacfg/catalog';

/** `HACFG_HAPROXY` names another binary (a HAProxy 3.x built from source, for a differential by hand). */
function findHaproxy(): string | undefined {
  for (const p of [...(process.env['HACFG_HAPROXY'] ? [process.env['HACFG_HAPROXY']] : []), '/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy']) {
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
/**
 * The release the oracle binary is (`HACFG_ORACLE_VERSION` beside `HACFG_HAPROXY`): hacfg lints at
 * it, so that a by-hand run against 3.x compares like with like. CI's apt binary is 2.6.
 */
export const ORACLE_VERSION = (process.env['HACFG_ORACLE_VERSION'] ?? '2.6') as HaproxyVersion;
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

/** Runs `haproxy -c -dr -f` on `config` in a scratch dir and returns its exit code and raw output. */
export function execHaproxyCheck(config: string | Buffer, env: Record<string, string> = {}): Promise<{ code: number; output: string; dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hacfg-oracle-'));
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, typeof config === 'string' ? config : Buffer.from(config.toString('latin1').split('${tmpdir}').join(dir), 'latin1'));
  return new Promise((resolve, reject) => {
    if (!haproxyBin) return reject(new Error('haproxy not installed'));
    execFile(
      haproxyBin,
      ['-c', '-dr', '-f', file],
      { cwd: dir, env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', HOME: '/tmp', LANG: 'C', ...env }, timeout: 60_000, encoding: 'utf8', maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, output: `${stdout}${stderr}`, dir, file });
      },
    );
  });
}

/** Runs `haproxy -c -dr -f` on `config` (bytes or text) and collects its messages. */
export async function checkConfig(config: string | Buffer, env: Record<string, string> = {}): Promise<CheckResult> {
  const { code, output, file } = await execHaproxyCheck(config, env);
  const pick = (tag: string): string[] =>
    output
      .split('\n')
      .filter((l) => l.startsWith(`[${tag}]`))
      .map((l) => l.replace(/^\[\w+\]\s+\(\d+\) : /, '').split(file).join('FILE'));
  return { exitCode: code, alerts: pick('ALERT'), warnings: pick('WARNING'), output };
}
