/** The haproxy examples of a rule page, by section (Incorrect / Correct), with their target version. */
import { isVersion, type HaproxyVersion } from '@hacfg/catalog';

export interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly code: string;
  readonly version: HaproxyVersion;
}

export function examples(md: string): Example[] {
  const out: Example[] = [];
  let kind: Example['kind'] | undefined;
  const re = /^## (Incorrect|Correct)\b.*$|^```haproxy([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    if (m[1]) kind = m[1] === 'Incorrect' ? 'incorrect' : 'correct';
    else if (kind) {
      const v = /version=(\S+)/.exec(m[2] ?? '')?.[1] ?? '2.6';
      out.push({ kind, code: m[3]!, version: isVersion(v) ? v : '2.6' });
    }
  }
  return out;
}
