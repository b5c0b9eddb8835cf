/**
 * Fidelity to HAProxy 2.6's warnings: on every corpus file `haproxy -c` accepts, the warnings it
 * printed are matched, class by class, with the hacfg rule that reports the same problem, on the
 * same proxy (warnings about a proxy) or line (warnings about a line). Both directions count: a
 * warning hacfg misses, and a finding of these rules where HAProxy said nothing. Warnings that
 * depend on the machine (DNS, the host name peers sections look for) or that have no user
 * consequence are not mapped; their counts are printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '@hacfg/linter';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { asLabelled, corpusAvailable, corpusDir, decodeBytes } from './support/corpus.js';
import { CLASSES, classId, compareWarnings, countsTable, newCounts, warningsOf, warningsSilenced } from './support/warning-classes.js';

interface Entry {
  readonly path: string;
  readonly subkind?: string;
  readonly haproxy26_exit: number;
  readonly haproxy26_warnings: readonly string[];
  readonly haproxy26_alerts: readonly { readonly msg: string }[];
}

describe.skipIf(!corpusAvailable)("fidelity to haproxy 2.6's warnings", () => {
  it('reports what haproxy -c warns about, and only that, for each mapped class', () => {
    const entries = readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Entry);
    const counts = newCounts();
    const unmapped = new Map<string, number>();
    const other: string[] = [];
    let files = 0;
    for (const e of entries) {
      if (e.haproxy26_exit !== 0 || !(e.path.startsWith('public/') || e.path.startsWith('regtests/'))) continue;
      const [result] = lint(parse(asLabelled(decodeBytes(readFileSync(join(corpusDir, e.path))).text, e), { fileName: e.path }), { haproxyVersion: '2.6' });
      if (warningsSilenced(result!.doc)) continue;
      files++;
      other.push(...compareWarnings(counts, e.path, warningsOf(e.haproxy26_warnings, e.haproxy26_alerts.map((a) => a.msg)), result!.messages, unmapped));
    }
    console.log(
      [
        `warnings of haproxy 2.6 on ${files} accepted corpus files, by class (both / haproxy only / hacfg only):`,
        ...countsTable(counts),
        `  not mapped: ${[...unmapped].map(([k, n]) => `${n} × /${k}/`).join(', ') || 'none'}`,
      ].join('\n'),
    );
    // The classes occur in the corpus, so each mapping is exercised.
    for (const c of CLASSES) if (!c.absentFromCorpus) expect(counts.get(classId(c))!.both, c.rule).toBeGreaterThan(0);
    expect(Object.fromEntries([...counts].map(([id, s]) => [id, [...s.haproxyOnly, ...s.hacfgOnly]]))).toEqual(Object.fromEntries([...counts].map(([id]) => [id, []])));
    // A warning class nobody has looked at yet fails here, so that it gets mapped or listed.
    expect(other).toEqual([]);
  });
});
