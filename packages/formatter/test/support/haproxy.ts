/**
 * The real HAProxy as the judge of meaning: `haproxy -c -dr -f` in a scratch directory with a clean
 * environment, its ALERT/WARNING messages normalised so that runs on a file before and after
 * formatting compare equal when HAProxy read the same configuration (line numbers and paths aside).
 */
import { execHaproxyCheck, haproxyBin } from '../../../../test/support/haproxy.js';

export { haproxyBin };

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
  const { code, output, dir } = await execHaproxyCheck(config);
  return { exitCode: code, messages: normalise(output, dir) };
}
