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
import { lint, type LintMessage } from '@hacfg/linter';
import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir, decodeBytes } from './support/corpus.js';

interface Entry {
  readonly path: string;
  readonly haproxy26_exit: number;
  readonly haproxy26_warnings: readonly string[];
}

type Key = (m: LintMessage) => string | undefined;
const proxyNamed =
  (re: RegExp): Key =>
  (m) =>
    re.exec(m.message)?.[1];
const line: Key = (m) => String(m.line);

/** HAProxy warning (first capture: the proxy name or the line) → the rule reporting it, and how to key its findings. */
const CLASSES: readonly { readonly rule: string; readonly warning: RegExp; readonly key: Key; readonly messageId?: string; readonly absentFromCorpus?: true }[] = [
  { rule: 'missing-timeouts', warning: /missing timeouts for \S+ '([^']*)'/, key: proxyNamed(/for \S+ '([^']*)'/) },
  { rule: 'rule-order', warning: /parsing \[FILE:(\d+)\] : a '[^']*' rule placed after an? '[^']*' rule will still be processed before/, key: line },
  // Only rejected files of the corpus have this warning: here it checks that hacfg adds none.
  { rule: 'keyword-ignored', warning: /parsing \[FILE:(\d+)\] : '[^']*' ignored because \S+ '[^']*' has no \S+ capability/, key: line, absentFromCorpus: true },
  { rule: 'http-only-in-tcp', warning: /'[^']*' rules ignored for \S+ '([^']*)' as they require HTTP mode|cookie will be ignored for backend '([^']*)'|backend '([^']*)' : ignoring cookie for server/, key: proxyNamed(/in \S+ '([^']*)'/) },
  { rule: 'http-option-in-tcp', warning: /'option (?:httplog|forwardfor)' ignored for \S+ '([^']*)' as it requires HTTP mode|'option httplog' not usable with frontend '([^']*)'/, key: proxyNamed(/TCP \S+ '([^']*)'/) },
  { rule: 'log-format-without-target', warning: /log format ignored for \S+ '([^']*)' since it has no log address/, key: proxyNamed(/'([^']*)' (?:sets|inherits)/) },
  { rule: 'frontend-without-bind', warning: /\S+ '([^']*)' has no 'bind' directive/, key: proxyNamed(/'([^']*)' has no 'bind'/) },
  { rule: 'l6-fetch-in-http-proxy', warning: /L6 sample fetches ignored on HTTP proxies \(declared at FILE:(\d+)\)/, key: line },
  { rule: 'peers-server-ignored-option', warning: /parsing \[FILE:(\d+)\] : '[^']*' : init_addr, resolvers, check and agent are ignored for peers/, key: line },
  { rule: 'check-rules-without-option', warning: /\S+ '([^']*)' uses http-check rules without 'option httpchk', so the rules are ignored/, key: proxyNamed(/\S+ '([^']*)' uses 'http-check'/) },
  { rule: 'external-check-without-fork', warning: /Proxy '([^']*)' : 'insecure-fork-wanted' not enabled in the global section/, key: proxyNamed(/\S+ '([^']*)' uses 'option external-check'/) },
  { rule: 'deprecated-keyword', messageId: 'httpchkHeaders', warning: /parsing \[FILE:(\d+)\]: 'option httpchk' : hiding headers or body/, key: line },
];

/**
 * Not mapped: unresolvable server names and peers sections without this machine's host name depend
 * on where HAProxy runs; `http-check` options a frontend inherits and cannot use change nothing;
 * the one "HTTP log/header format" warning is on a tcp frontend that switches to HTTP
 * (`switch-mode http`), where its `http-request` rules do run.
 */
const UNMAPPED = [/could not resolve address/, /Removing incomplete section/, /will be ignored for frontend '[^']*' \(requires 'option httpchk'\)/, /HTTP log\/header format not usable/];

describe.skipIf(!corpusAvailable)("fidelity to haproxy 2.6's warnings", () => {
  it('reports what haproxy -c warns about, and only that, for each mapped class', () => {
    const entries = readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Entry);
    const stats = new Map(CLASSES.map((c) => [c.rule + (c.messageId ? `/${c.messageId}` : ''), { both: 0, haproxyOnly: [] as string[], hacfgOnly: [] as string[] }]));
    const unmapped = new Map<string, number>();
    const other: string[] = [];
    let files = 0;
    for (const e of entries) {
      if (e.haproxy26_exit !== 0 || !(e.path.startsWith('public/') || e.path.startsWith('regtests/'))) continue;
      files++;
      const [result] = lint(parse(decodeBytes(readFileSync(join(corpusDir, e.path))).text, { fileName: e.path }), { haproxyVersion: '2.6' });
      for (const w of e.haproxy26_warnings) {
        if (CLASSES.some((c) => c.warning.test(w))) continue;
        const u = UNMAPPED.find((re) => re.test(w));
        if (u) unmapped.set(u.source, (unmapped.get(u.source) ?? 0) + 1);
        else other.push(`${e.path}: ${w.split('\n')[0]}`);
      }
      for (const c of CLASSES) {
        const s = stats.get(c.rule + (c.messageId ? `/${c.messageId}` : ''))!;
        const want = new Set(e.haproxy26_warnings.flatMap((w) => c.warning.exec(w)?.slice(1).filter((x) => x !== undefined) ?? []));
        const got = new Set(result!.messages.filter((m) => m.ruleId === c.rule && (!c.messageId || m.messageId === c.messageId)).flatMap((m) => c.key(m) ?? []));
        for (const k of want) if (got.has(k)) s.both++; else s.haproxyOnly.push(`${e.path}: ${k}`);
        for (const k of got) if (!want.has(k)) s.hacfgOnly.push(`${e.path}: ${k}`);
      }
    }
    console.log(
      [
        `warnings of haproxy 2.6 on ${files} accepted corpus files, by class (both / haproxy only / hacfg only):`,
        ...[...stats].map(([id, s]) => `  ${id.padEnd(40)} ${s.both} / ${s.haproxyOnly.length} / ${s.hacfgOnly.length}`),
        `  not mapped: ${[...unmapped].map(([k, n]) => `${n} × /${k}/`).join(', ') || 'none'}`,
      ].join('\n'),
    );
    // The classes occur in the corpus, so each mapping is exercised.
    for (const c of CLASSES) if (!c.absentFromCorpus) expect(stats.get(c.rule + (c.messageId ? `/${c.messageId}` : ''))!.both, c.rule).toBeGreaterThan(0);
    expect(Object.fromEntries([...stats].map(([id, s]) => [id, [...s.haproxyOnly, ...s.hacfgOnly]]))).toEqual(Object.fromEntries([...stats].map(([id]) => [id, []])));
    // A warning class nobody has looked at yet fails here, so that it gets mapped or listed.
    expect(other).toEqual([]);
  });
});
