/**
 * HAProxy 2.6 warnings matched to the hacfg rules that report the same problem, shared by the
 * corpus and mutation tests of warnings. A class's first capture is the proxy name (warnings about
 * a proxy) or the line (warnings about a line); `key` reads the same from a hacfg finding.
 */
import type { LintMessage } from '@hacfg/linter';
import type { Document } from '@hacfg/syntax';

/** `quiet` in the global section: HAProxy prints no warnings at all, so there is nothing to compare. */
export function warningsSilenced(doc: Document): boolean {
  return doc.sections.some((s) => s.keyword === 'global' && s.statements.some((st) => st.keyword === 'quiet'));
}

export type Key = (m: LintMessage) => string | undefined;
const proxyNamed =
  (re: RegExp): Key =>
  (m) =>
    re.exec(m.message)?.[1];
const line: Key = (m) => String(m.line);

/** HAProxy warning (first capture: the proxy name or the line) → the rule reporting it, and how to key its findings. */
export const CLASSES: readonly { readonly rule: string; readonly warning: RegExp; readonly key: Key; readonly messageId?: string; readonly absentFromCorpus?: true; readonly printedAsAlert?: true }[] = [
  { rule: 'missing-timeouts', warning: /missing timeouts for \S+ '([^']*)'/, key: proxyNamed(/for \S+ '([^']*)'/) },
  { rule: 'rule-order', warning: /parsing \[FILE:(\d+)\] : a '[^']*' rule placed after an? '[^']*' rule will still be processed before/, key: line },
  // Only rejected files of the corpus have this warning: here it checks that hacfg adds none.
  { rule: 'keyword-ignored', warning: /parsing \[FILE:(\d+)\] : '[^']*' ignored because \S+ '[^']*' has no \S+ capability/, key: line, absentFromCorpus: true },
  {
    rule: 'http-only-in-tcp',
    warning:
      /'(?:stats|capture)' statement ignored for \S+ '([^']*)' as it requires HTTP mode|'[^']*' rules ignored for \S+ '([^']*)' as they require HTTP mode|'option (?!httplog'|httpslog'|forwardfor')[^']*' ignored for \S+ '([^']*)' as it requires HTTP mode|cookie will be ignored for \S+ '([^']*)'|\S+ '([^']*)' : ignoring cookie for server|monitor-uri will be ignored for \S+ '([^']*)'|Layer 7 hash not possible for \S+ '([^']*)'/,
    key: proxyNamed(/in \S+ '([^']*)'/),
  },
  // 2.9+ only (log backends): haproxy 2.6 never prints it; listed because zero-warning makes it fatal there.
  { rule: 'log-mode-mismatch', warning: /Cannot (?:use|set) .* with 'mode log' in \S+ '([^']*)'|Unusable balance algorithm for \S+ '([^']*)' \(needs 'mode log'\)/, key: proxyNamed(/(?:backend|listen) '([^']*)'/), absentFromCorpus: true },
  { rule: 'http-option-in-tcp', warning: /'option (?:httplog|httpslog|forwardfor)' ignored for \S+ '([^']*)' as it requires HTTP mode|'option https?log' not usable with \S+ '([^']*)'/, key: proxyNamed(/TCP \S+ '([^']*)'/) },
  { rule: 'log-format-without-target', warning: /log format ignored for \S+ '([^']*)' since it has no log address/, key: proxyNamed(/'([^']*)' (?:sets|inherits)/) },
  { rule: 'frontend-without-bind', warning: /\S+ '([^']*)' has no 'bind' directive/, key: proxyNamed(/'([^']*)' has no 'bind'/) },
  { rule: 'l6-fetch-in-http-proxy', warning: /L6 sample fetches ignored on HTTP proxies \(declared at FILE:(\d+)\)/, key: line },
  { rule: 'peers-server-ignored-option', warning: /parsing \[FILE:(\d+)\] : '[^']*' : init_addr, resolvers, check and agent are ignored for peers/, key: line },
  { rule: 'check-rules-without-option', warning: /\S+ '([^']*)' uses http-check rules without 'option httpchk', so the rules are ignored/, key: proxyNamed(/\S+ '([^']*)' uses 'http-check'/) },
  { rule: 'external-check-without-fork', warning: /Proxy '([^']*)' : 'insecure-fork-wanted' not enabled in the global section/, key: proxyNamed(/\S+ '([^']*)' uses 'option external-check'/) },
  { rule: 'external-check-command-unused', warning: /'external-check (?:command|path)' will be ignored for \S+ '([^']*)' \(requires 'option external-check'\)/, key: proxyNamed(/in \S+ '([^']*)': its checks/), absentFromCorpus: true },
  // HAProxy names the value, not always the line: keyed on the value.
  { rule: 'time-trailing-characters', warning: /unexpected character '.' after the timer value '([^']*)'/, key: proxyNamed(/value '([^']*)' has/), absentFromCorpus: true },
  { rule: 'rule-after-final-action', warning: /parsing \[FILE:(\d+)\]: previous '[^']*' action is final and has no condition attached/, key: line, absentFromCorpus: true },
  { rule: 'cookie-domain-without-dot', warning: /parsing \[FILE:(\d+)\]: domain '[^']*' contains no embedded dot/, key: line, absentFromCorpus: true },
  { rule: 'acl-never-matches', warning: /parsing \[FILE:(\d+)\] : (?:acl '[^']*'|anonymous acl) (?:will never match|involves keywords?)/, key: line, absentFromCorpus: true },
  { rule: 'servers-shadowed-by-default-backend', warning: /In proxy '([^']*)', the 'default_backend' rule always has precedence over the servers/, key: proxyNamed(/\S+ '([^']*)' has servers/), absentFromCorpus: true },
  { rule: 'resolvers-without-nameserver', warning: /resolvers '([^']*)' \[FILE:\d+\] has no nameservers configured/, key: proxyNamed(/resolvers '([^']*)'/), absentFromCorpus: true },
  { rule: 'userlist-duplicate', warning: /parsing \[FILE:(\d+)\]: ignoring duplicated (?:userlist|user|group) '/, key: line, absentFromCorpus: true },
  { rule: 'email-alert-incomplete', warning: /'email-alert' will be ignored for \S+ '([^']*)'/, key: proxyNamed(/\S+ '([^']*)' sets 'email-alert'/), absentFromCorpus: true },
  // HAProxy names the ACL keyword, not the line (and prints the advice on lines of their own): keyed on the keyword.
  { rule: 'acl-without-pattern', warning: /parsing acl keyword '([^']*)' :$/, key: proxyNamed(/ACL on '([^']*)'/), absentFromCorpus: true },
  { rule: 'unused-mailers', warning: /Removing incomplete section 'mailers ([^']*)'/, key: proxyNamed(/mailers section '([^']*)'/), absentFromCorpus: true },
  { rule: 'deprecated-keyword', messageId: 'ignored', warning: /parsing \[FILE:(\d+)\]: '[^']*' has no effect, is deprecated/, key: line, absentFromCorpus: true },
  { rule: 'deprecated-keyword', messageId: 'bindOption', warning: /parsing \[FILE:(\d+)\] : '[^']*' in section '[^']*' : 'process [^']*' on 'bind' lines is deprecated/, key: line, absentFromCorpus: true },
  // The only one of the catalog's DEPRECATION_WARNINGS that haproxy 2.6 prints (tune.ssl.capture-cipherlist-size).
  { rule: 'deprecated-keyword', messageId: 'warned', warning: /parsing \[FILE:(\d+)\]: '[^']*' is deprecated and will be removed in version 2\.7/, key: line, absentFromCorpus: true },
  // HAProxy 2.4's wording (log.c); 2.5 refuses these spellings, so haproxy 2.6 never prints it.
  { rule: 'deprecated-keyword', messageId: 'formatVariable', warning: /parsing \[FILE:(\d+)\] : deprecated variable '[^']*' in '[^']*', please replace it with/, key: line, absentFromCorpus: true },
  { rule: 'tcp-content-tracking', messageId: 'noInspectDelay', warning: /(?:frontend|listen) '([^']*)' : a 'tcp-request (?:content track-sc\*|capture)' rule explicitly depending on request contents without any 'tcp-request inspect-delay'/, key: proxyNamed(/but \S+ '([^']*)' has no/), absentFromCorpus: true },
  { rule: 'tcp-content-tracking', messageId: 'sessionLevel', warning: /(?:frontend|listen) '([^']*)' : a 'tcp-request content track-sc\*' rule not depending on request contents for an HTTP frontend/, key: proxyNamed(/in HTTP \S+ '([^']*)'/), absentFromCorpus: true },
  { rule: 'deprecated-keyword', messageId: 'httpchkHeaders', warning: /parsing \[FILE:(\d+)\]: 'option httpchk' : hiding headers or body/, key: line },
  // Printed as an [ALERT] but counted as a warning (ERR_WARN): the file is still accepted.
  { rule: 'defaults-mixed-use', warning: /parsing \[FILE:(\d+)\] : defaults section '[^']*' \(declared at [^)]*\) is explicitly referenced by another proxy and implicitly used here/, key: line, printedAsAlert: true },
];

/** HAProxy's warnings of one check: its [WARNING] lines and the [ALERT] lines of the classes that only warn. */
export function warningsOf(warnings: readonly string[], alerts: readonly string[]): string[] {
  return [...warnings, ...alerts.filter((a) => CLASSES.some((c) => c.printedAsAlert && c.warning.test(a)))];
}

/**
 * Not mapped: unresolvable server names and peers sections without this machine's host name depend
 * on where HAProxy runs; `http-check` options a frontend inherits and cannot use change nothing;
 * the one "HTTP log/header format" warning is on a tcp frontend that switches to HTTP
 * (`switch-mode http`), where its `http-request` rules do run.
 */
export const UNMAPPED = [/could not resolve address/, /Removing incomplete section 'peers /, /will be ignored for frontend '[^']*' \(requires 'option httpchk'\)/, /HTTP log\/header format not usable/];

export interface ClassCount {
  both: number;
  readonly haproxyOnly: string[];
  readonly hacfgOnly: string[];
}

export const classId = (c: (typeof CLASSES)[number]): string => c.rule + (c.messageId ? `/${c.messageId}` : '');

export function newCounts(): Map<string, ClassCount> {
  return new Map(CLASSES.map((c) => [classId(c), { both: 0, haproxyOnly: [], hacfgOnly: [] }]));
}

/** Adds one file's comparison to `counts`; returns HAProxy's warnings that are neither mapped nor listed as unmapped. */
export function compareWarnings(counts: Map<string, ClassCount>, label: string, warnings: readonly string[], messages: readonly LintMessage[], unmapped?: Map<string, number>): string[] {
  const other: string[] = [];
  for (const w of warnings) {
    if (CLASSES.some((c) => c.warning.test(w))) continue;
    const u = UNMAPPED.find((re) => re.test(w));
    if (u) unmapped?.set(u.source, (unmapped.get(u.source) ?? 0) + 1);
    else other.push(`${label}: ${w.split('\n')[0]}`);
  }
  for (const c of CLASSES) {
    const s = counts.get(classId(c))!;
    const want = new Set(warnings.flatMap((w) => c.warning.exec(w)?.slice(1).filter((x) => x !== undefined) ?? []));
    const got = new Set(messages.filter((m) => m.ruleId === c.rule && (!c.messageId || m.messageId === c.messageId)).flatMap((m) => c.key(m) ?? []));
    for (const k of want) if (got.has(k)) s.both++; else s.haproxyOnly.push(`${label}: ${k}`);
    for (const k of got) if (!want.has(k)) s.hacfgOnly.push(`${label}: ${k}`);
  }
  return other;
}

/** The per-class table the tests print. */
export function countsTable(counts: Map<string, ClassCount>): string[] {
  return [...counts].map(([id, s]) => `  ${id.padEnd(40)} ${s.both} / ${s.haproxyOnly.length} / ${s.hacfgOnly.length}`);
}
