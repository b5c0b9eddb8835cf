/**
 * The real HAProxy as the judge of meaning: `haproxy -c -dr -f` in a scratch directory with a clean
 * environment, its ALERT/WARNING messages normalised so that runs on a file before and after
 * formatting compare equal when HAProxy read the same configuration (line numbers and paths aside).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findHaproxy(): string | undefined {
  for (const p of ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy']) {
    try {
      execFileSync(p, ['-v'], { stdio: 'ignore' });
      return p;
    } catch {
      // not at this location
    }
  }
  return undefined;
}

export const haproxyBin = findHaproxy();
if (!haproxyBin) {
  if (process.env.HACFG_REQUIRE_HAPROXY === '1' || process.env.CI === 'true') throw new Error('haproxy not installed: required in CI');
  console.warn('NOTICE: haproxy not installed: the formatter tests against the real HAProxy are skipped');
}

/**
 * VTest runs every reg-test config after its own global section (corpus README); the `fd@${cli}`
 * socket line of that prefix needs a descriptor VTest opens, so it is left out here.
 */
export const VTEST_PREFIX = '    global\n\tstats socket "${tmpdir}/cli" level admin mode 600\n';

export interface Verdict {
  readonly exitCode: number;
  /** `ALERT: …` / `WARNING: …` messages, normalised. */
  readonly messages: readonly string[];
}

/** Messages without pid, scratch paths, or line numbers (formatting moves lines). */
export function normalise(output: string, dir: string): string[] {
  const joined: string[] = [];
  for (const line of output.split('\n')) {
    if (/^\[(ALERT|WARNING|NOTICE)\]/.test(line)) joined.push(line);
    else if (joined.length > 0 && line.trim() !== '') joined[joined.length - 1] += ` ${line.trim()}`;
  }
  return joined
    .filter((l) => !l.startsWith('[NOTICE]'))
    .map((l) =>
      l
        .replace(/^\[(\w+)\]\s+\(\d+\) : /, '$1: ')
        .split(dir)
        .join('DIR')
        .replace(/(DIR\/haproxy\.cfg):\d+/g, '$1')
        .replace(/\bline \d+/g, 'line N'),
    );
}

/** Checks `config` (already encoded); `${tmpdir}` in it is replaced by the scratch directory. */
export async function haproxyCheck(config: Buffer): Promise<Verdict> {
  if (!haproxyBin) throw new Error('haproxy not installed');
  const dir = await mkdtemp(join(tmpdir(), 'hacfg-fmt-oracle-'));
  try {
    const file = join(dir, 'haproxy.cfg');
    await writeFile(file, Buffer.from(config.toString('latin1').split('${tmpdir}').join(dir), 'latin1'));
    const { code, output } = await new Promise<{ code: number; output: string }>((done) => {
      execFile(
        haproxyBin!,
        ['-c', '-dr', '-f', file],
        { cwd: dir, env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', HOME: '/tmp', LANG: 'C' }, timeout: 60_000, encoding: 'latin1', maxBuffer: 64 << 20 },
        (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    return { exitCode: code, messages: normalise(output, dir) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
