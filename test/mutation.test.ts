/**
 * Mutation test: valid corpus files (public/, regtests/) get one deterministic mistake each, the
 * real `haproxy -c -dr` (2.6 in CI; another release by hand, linted at HACFG_ORACLE_VERSION) labels every mutant live (typos, bad values, dropped, swapped and extra
 * words, stray characters, dropped section headers, renamed sections, duplicated and moved lines…), and hacfg must agree: no error on a mutant HAProxy
 * accepts, and at least one error on most mutants it rejects (floor below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '@hacfg/linter';
import { parse, type Statement } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir, manifest } from './support/corpus.js';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';
import { prng } from './support/prng.js';

/** Floors reached so far: raise them as rules improve, never lower them. */
const MAX_FALSE_ERRORS = 0;
const MIN_RECALL = 0.99;
const MAX_MUTANTS = 600;
/** Mutants per valid file (each a different kind), to reach the cap with the files that pass live. */
const PER_FILE = 3;
const SEED = 0x5eed;


interface Located {
  readonly st: Statement;
  readonly section: string | undefined;
  readonly name: string | undefined;
}
type Mutator = (text: string, all: readonly Located[], rnd: () => number) => string | undefined;

const pick = <T>(list: readonly T[], rnd: () => number): T | undefined => (list.length === 0 ? undefined : list[Math.floor(rnd() * list.length)]);
const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** A one-letter typo: swap two inner letters, or double one, never yielding the same word. */
function typo(word: string, rnd: () => number): string {
  if (word.length >= 4) {
    const i = 1 + Math.floor(rnd() * (word.length - 3));
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word) return swapped;
  }
  const i = Math.floor(rnd() * word.length);
  return word.slice(0, i) + 'x' + word.slice(i);
}

const PROXIES = new Set(['frontend', 'backend', 'listen', 'defaults']);
const lineEndOf = (text: string, st: Statement): number => st.line.contentEnd ?? text.indexOf('\n', st.range.end);

const MUTATORS: Readonly<Record<string, Mutator>> = {
  'keyword typo': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && l.st.type !== 'message' && l.st.modifier === undefined && l.st.keywordWord.plain && l.st.keyword.length >= 4), rnd);
    return c && splice(text, c.st.keywordWord.start, c.st.keywordWord.end, typo(c.st.keyword, rnd));
  },
  'option typo': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.st.type === 'option' && l.st.name?.plain && l.st.name.value.length >= 4), rnd);
    const w = c?.st.type === 'option' ? c.st.name! : undefined;
    return w && splice(text, w.start, w.end, typo(w.value, rnd));
  },
  'server-param typo': (text, all, rnd) => {
    const params = all.flatMap((l) => (l.st.type === 'server' ? l.st.params.filter((p) => p.name.plain && p.name.value.length >= 4) : []));
    const p = pick(params, rnd);
    return p && splice(text, p.name.start, p.name.end, typo(p.name.value, rnd));
  },
  'bad time': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.st.type === 'timeout' && l.st.value?.plain), rnd);
    const w = c?.st.type === 'timeout' ? c.st.value! : undefined;
    return w && splice(text, w.start, w.end, pick(['5x', '10sec', '30d', '1.5s'], rnd)!);
  },
  'bad port': (text, all, rnd) => {
    const addrs = all.flatMap((l) => (l.st.type === 'server' && l.st.address?.portRangeText && !l.st.address.hasEnv ? [l.st.address] : l.st.type === 'bind' ? l.st.addresses.filter((a) => a.portRangeText && !a.hasEnv) : []));
    const a = pick(addrs, rnd);
    return a?.portRangeText && splice(text, a.portRangeText.start, a.portRangeText.end, pick(['70000', '99999', 'o8080', '8o80'], rnd)!);
  },
  'undefined backend': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.st.type === 'backend-rule' && (l.st.keyword === 'use_backend' || l.st.keyword === 'default_backend') && l.st.target?.plain && !l.st.dynamic), rnd);
    const w = c?.st.type === 'backend-rule' ? c.st.target! : undefined;
    return w && splice(text, w.end, w.end, '_missing');
  },
  'duplicate name': (text, all, rnd) => {
    const servers = all.filter((l) => l.st.type === 'server' && l.st.keyword === 'server' && l.section === 'backend');
    const s = pick(servers, rnd);
    if (s && rnd() < 0.5) {
      const end = lineEndOf(text, s.st);
      return splice(text, end, end, `\n${text.slice(s.st.line.start, end)}`);
    }
    const proxies = all.filter((l) => l.st.type !== 'conditional' && (l.section === 'backend' || l.section === 'frontend'));
    const names = [...new Set(proxies.map((l) => `${l.section} ${l.name}`))];
    const n = pick(names, rnd);
    return n && `${text.endsWith('\n') ? text : `${text}\n`}${n}\n`;
  },
  'misplaced keyword': (text, all, rnd) => {
    const fe = pick(all.filter((l) => l.section === 'frontend' && l.st.type !== 'conditional' && l.st.condDepth === 0), rnd);
    if (!fe) return undefined;
    const end = lineEndOf(text, fe.st);
    return splice(text, end, end, `\n    ${pick(['server mut1 127.0.0.1:8080', 'balance roundrobin', 'http-reuse safe', 'default-server inter 3s', 'fullconn 100'], rnd)!}`);
  },
  'broken brace': (text, all, rnd) => {
    const c = pick(all.filter((l) => /\{ \S/.test(text.slice(l.st.range.start, l.st.range.end))), rnd);
    if (!c) return undefined;
    const at = text.indexOf('{ ', c.st.range.start);
    return splice(text, at + 1, at + 2, '');
  },
  'unterminated quote': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.args.length > 0 && l.st.args[l.st.args.length - 1]!.plain && l.st.type !== 'conditional'), rnd);
    const w = c?.st.args[c.st.args.length - 1];
    return w && splice(text, w.start, w.start, '"');
  },
  'fetch typo': (text, all, rnd) => {
    const crits = all.flatMap((l) => (l.st.type === 'acl' && l.st.criterion && !l.st.criterion.error && l.st.criterionWord?.plain ? [l.st.criterion.fetch] : []));
    const f = pick(crits.filter((c) => c.name.length >= 4), rnd);
    return f && splice(text, f.nameRange.start, f.nameRange.end, typo(f.name, rnd));
  },
  'converter typo': (text, all, rnd) => {
    const convs = all.flatMap((l) => (l.st.type === 'acl' && l.st.criterion && !l.st.criterion.error && l.st.criterionWord?.plain ? l.st.criterion.converters : []));
    const c = pick(convs.filter((x) => x.name.length >= 4), rnd);
    return c && splice(text, c.nameRange.start, c.nameRange.end, typo(c.name, rnd));
  },
  'action typo': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.st.type === 'rule' && l.st.action?.plain && /^[a-z-]{4,}$/.test(l.st.action.value)), rnd);
    const w = c?.st.type === 'rule' ? c.st.action! : undefined;
    return w && splice(text, w.start, w.end, typo(w.value, rnd));
  },
  'bind-option typo': (text, all, rnd) => {
    const params = all.flatMap((l) => (l.st.type === 'bind' ? l.st.params.filter((p) => p.name.plain && p.name.value.length >= 4) : []));
    const p = pick(params, rnd);
    return p && splice(text, p.name.start, p.name.end, typo(p.name.value, rnd));
  },
  'undefined acl': (text, all, rnd) => {
    const refs = all.flatMap((l) => {
      const cond = 'condition' in l.st ? l.st.condition : undefined;
      return cond ? cond.groups.flatMap((g) => g.terms.filter((t) => t.type === 'acl-ref' && !/^[A-Z_]+$/.test(t.name))) : [];
    });
    const r = pick(refs, rnd);
    return r && splice(text, r.range.end, r.range.end, '_missing');
  },
  'tls to a server without a CA': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.st.type === 'server' && l.st.keyword === 'server' && (l.section === 'backend' || l.section === 'listen')), rnd);
    if (!c) return undefined;
    const end = lineEndOf(text, c.st);
    return splice(text, end, end, ' ssl');
  },
  'external checks not enabled': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section === 'backend' && l.st.type === 'server' && l.st.keyword === 'server'), rnd);
    return c && splice(text, c.st.line.start, c.st.line.start, '    option external-check\n    external-check command /bin/true\n');
  },
  'mode flip': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section === 'frontend' && l.st.type === 'mode' && l.st.value?.value === 'http'), rnd);
    const w = c?.st.type === 'mode' ? c.st.value! : undefined;
    return w && splice(text, w.start, w.end, 'tcp');
  },
  'drop line': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional'), rnd);
    if (!c) return undefined;
    const end = lineEndOf(text, c.st);
    return splice(text, c.st.line.start, Math.min(text.length, end + 1), '');
  },
  'duplicate line': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional'), rnd);
    if (!c) return undefined;
    const end = lineEndOf(text, c.st);
    return splice(text, end, end, `\n${text.slice(c.st.line.start, end)}`);
  },
  'drop last word': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && l.st.args.length > 0), rnd);
    const w = c?.st.args[c.st.args.length - 1];
    if (!c || !w) return undefined;
    const prev = c.st.words[c.st.words.indexOf(w) - 1]!;
    return splice(text, prev.end, w.end, '');
  },
  'value typo': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && l.st.args.length > 0), rnd);
    const w = c && pick(c.st.args.filter((a) => a.plain && a.value.length >= 2), rnd);
    return w && splice(text, w.start, w.end, typo(w.value, rnd));
  },
  'drop section header': (text, _all, rnd) => {
    const heads = [...text.matchAll(/^(backend|frontend|listen|userlist|peers|resolvers|cache|mailers|http-errors|ring)\s.*\n/gm)];
    const h = pick(heads, rnd);
    return h && splice(text, h.index!, h.index! + h[0].length, '');
  },
  'move line to other proxy': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.section !== 'global' && l.st.type !== 'conditional' && l.st.condDepth === 0), rnd);
    const d = pick(all.filter((l) => l.section !== undefined && l.section !== 'global' && l.section !== c?.section && l.st.type !== 'conditional' && l.st.condDepth === 0), rnd);
    if (!c || !d) return undefined;
    const end = lineEndOf(text, d.st);
    return splice(text, end, end, `\n    ${text.slice(c.st.range.start, c.st.range.end)}`);
  },
  'swap words': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && l.st.args.length >= 2), rnd);
    if (!c) return undefined;
    const i = Math.floor(rnd() * (c.st.args.length - 1));
    const a = c.st.args[i]!, b = c.st.args[i + 1]!;
    if (a.raw === b.raw) return undefined;
    return text.slice(0, a.start) + b.raw + text.slice(a.end, b.start) + a.raw + text.slice(b.end);
  },
  'drop middle word': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && l.st.args.length >= 2), rnd);
    if (!c) return undefined;
    const w = c.st.args[Math.floor(rnd() * (c.st.args.length - 1))]!;
    const next = c.st.words[c.st.words.indexOf(w) + 1]!;
    return splice(text, w.start, next.start, '');
  },
  'stray char': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && l.st.args.length > 0), rnd);
    const w = c && pick(c.st.args.filter((a) => a.plain), rnd);
    if (!w) return undefined;
    const at = w.start + Math.floor(rnd() * (w.value.length + 1));
    return splice(text, at, at, pick([',', ')', '(', '{', '}', '%', '[', ']', ':', '/', '.', '-'], rnd)!);
  },
  'number to word': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.args.some((a) => a.plain && /^\d+$/.test(a.value))), rnd);
    const w = c && pick(c.st.args.filter((a) => a.plain && /^\d+$/.test(a.value)), rnd);
    return w && splice(text, w.start, w.end, pick(['ten', '-1', '0', '99999999999', '1.5', '0x10'], rnd)!);
  },
  'extra word': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional'), rnd);
    if (!c) return undefined;
    const end = c.st.range.end;
    return splice(text, end, end, ` ${pick(['extra', 'on', '1', 'check', 'if', 'TRUE', 'ssl', '--'], rnd)!}`);
  },
  'uppercase keyword': (text, all, rnd) => {
    const c = pick(all.filter((l) => l.section !== undefined && l.st.type !== 'conditional' && /[a-z]/.test(l.st.keyword)), rnd);
    return c && splice(text, c.st.keywordWord.start, c.st.keywordWord.end, c.st.keyword.toUpperCase());
  },
  'rename section': (text, _all, rnd) => {
    const heads = [...text.matchAll(/^(\s*)(backend|frontend|listen|userlist|peers|resolvers|cache|mailers|http-errors|ring|defaults)(\s+)(\S+)/gm)];
    const h = pick(heads, rnd);
    if (!h) return undefined;
    const at = h.index! + h[1]!.length + h[2]!.length + h[3]!.length + h[4]!.length;
    return splice(text, at, at, '_x');
  },
};

function locate(text: string): Located[] {
  const doc = parse(text);
  const out: Located[] = [];
  for (const { section, statement } of doc.statements()) out.push({ st: statement, section: section?.keyword, name: section?.name?.value });
  return out.filter((l) => l.section === undefined || PROXIES.has(l.section) || l.section === 'global');
}

interface Mutant {
  readonly file: string;
  readonly kind: string;
  readonly text: string;
}

/** Files the manifest calls valid that also pass live here (regtests were labelled with VTest's macros set). */
async function validFiles(): Promise<string[]> {
  const candidates = manifest().filter((e) => (e.path.startsWith('public/') || e.path.startsWith('regtests/')) && e.haproxy26 !== 'invalid').map((e) => e.path);
  const ok = await pool(candidates, 2, async (p) => (await checkConfig(readFileSync(join(corpusDir, p)))).exitCode === 0);
  return candidates.filter((_, i) => ok[i]);
}

function mutants(files: readonly string[]): Mutant[] {
  const rnd = prng(SEED);
  const kinds = Object.keys(MUTATORS);
  const out: Mutant[] = [];
  files.forEach((path, i) => {
    if (out.length >= MAX_MUTANTS) return;
    const text = readFileSync(join(corpusDir, path), 'latin1');
    const all = locate(text);
    // Round-robin over kinds from a per-file offset; the first kinds that apply win.
    let made = 0;
    for (let k = 0; k < kinds.length && made < PER_FILE && out.length < MAX_MUTANTS; k++) {
      const kind = kinds[(i + k) % kinds.length]!;
      const m = MUTATORS[kind]!(text, all, rnd);
      if (m !== undefined && m !== text) {
        out.push({ file: path, kind, text: m });
        made++;
      }
    }
  });
  return out;
}

/** The first line that differs between a mutant and its original, for the report. */
function firstDiff(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((l, j) => l !== y[j]);
  return (x[i] ?? '').trim();
}

describe.skipIf(!corpusAvailable || !haproxyBin)(`mutation test against haproxy ${ORACLE_VERSION}`, () => {
  it('finds the mistakes HAProxy rejects and invents none', { timeout: 600_000 }, async () => {
    const files = await validFiles();
    const list = mutants(files);
    // Exit 2 ("no error but will not start (no listener)") is a valid file, as in the corpus manifest.
    const verdicts = await pool(list, 2, async (m) => [0, 2].includes((await checkConfig(Buffer.from(m.text, 'latin1'))).exitCode));
    const byKind = new Map<string, { rejected: number; found: number; accepted: number; falseErrors: number }>();
    const falseErrors: string[] = [];
    const missed: string[] = [];
    list.forEach((m, i) => {
      const k = byKind.get(m.kind) ?? { rejected: 0, found: 0, accepted: 0, falseErrors: 0 };
      byKind.set(m.kind, k);
      const errors = lintText(m.text, { haproxyVersion: ORACLE_VERSION, fileName: m.file }).messages.filter((x) => x.severity === 'error');
      if (verdicts[i]) {
        k.accepted++;
        if (errors.length > 0) {
          k.falseErrors++;
          falseErrors.push(`${m.kind} ${m.file}:${errors[0]!.line}: ${errors[0]!.message} [${errors[0]!.ruleId}]`);
        }
      } else {
        k.rejected++;
        if (errors.length > 0) k.found++;
        else missed.push(`${m.kind} ${m.file}: ${firstDiff(list[i]!.text, readFileSync(join(corpusDir, m.file), 'latin1'))}`);
      }
    });
    const rejected = [...byKind.values()].reduce((a, k) => a + k.rejected, 0);
    const found = [...byKind.values()].reduce((a, k) => a + k.found, 0);
    const recall = found / rejected;
    console.log(
      [
        `mutation (haproxy ${ORACLE_VERSION}, seed ${SEED}): ${files.length} valid files, ${list.length} mutants, ${rejected} rejected, ${list.length - rejected} accepted`,
        `  recall: ${found}/${rejected} = ${(recall * 100).toFixed(1)}%`,
        `  false errors: ${falseErrors.length}/${list.length - rejected}`,
        ...[...byKind].map(([kind, k]) => `    ${kind.padEnd(20)} rejected ${k.found}/${k.rejected} found, accepted ${k.accepted} (${k.falseErrors} false errors)`),
        ...falseErrors.map((f) => `    false error ${f}`),
        ...missed.map((f) => `    missed ${f}`),
      ].join('\n'),
    );
    expect(list.length).toBeGreaterThan(100);
    expect(falseErrors).toHaveLength(MAX_FALSE_ERRORS);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
