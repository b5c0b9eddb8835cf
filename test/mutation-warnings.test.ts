/**
 * Mutation test of warnings: accepted corpus files get one deterministic change each that makes
 * HAProxy warn (a frontend loses its binds, logs lose their targets, a condition reads the raw
 * buffer, timeouts go, a proxy turns to tcp, a delay gets text after its unit, …); the real
 * `haproxy -c -dr` labels each mutant live,
 * and for every warning class mapped in support/warning-classes.ts hacfg must report exactly the
 * proxies and lines HAProxy warns about.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '@hacfg/linter';
import { buildConfig } from '@hacfg/model';
import { parse, type Statement } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusDir, manifest } from './support/corpus.js';
import { checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';
import { compareWarnings, countsTable, newCounts, warningsOf, warningsSilenced } from './support/warning-classes.js';

/** Mutants per kind: every kind gets its share, whatever files it applies to. */
const PER_KIND = 25;

interface Located {
  readonly st: Statement;
  readonly section: string | undefined;
  readonly header: number;
}

function locate(text: string): Located[] {
  const doc = parse(text);
  const out: Located[] = [];
  for (const s of doc.sections) for (const st of s.statements) out.push({ st, section: s.keyword, header: s.header.end });
  return out;
}

/** Removes whole lines (with their line ending), last first so offsets stay valid. */
function dropLines(text: string, sts: readonly Statement[]): string {
  let out = text;
  for (const st of [...sts].sort((a, b) => b.line.start - a.line.start)) out = out.slice(0, st.line.start) + out.slice(st.line.end);
  return out;
}

const insertAfterHeader = (text: string, at: number, lines: string): string => text.slice(0, at) + lines + text.slice(at);

const FRONTENDS = new Set(['frontend', 'listen']);

const MUTATORS: Readonly<Record<string, (text: string, all: readonly Located[]) => string | undefined>> = {
  'drop the binds of a frontend': (text, all) => {
    const first = all.find((l) => FRONTENDS.has(l.section ?? '') && l.st.type === 'bind');
    return first && dropLines(text, all.filter((l) => l.header === first.header && l.st.type === 'bind').map((l) => l.st));
  },
  'drop every log target': (text, all) => {
    const logs = all.filter((l) => l.st.keyword === 'log').map((l) => l.st);
    return logs.length > 0 ? dropLines(text, logs) : undefined;
  },
  'raw-buffer condition in a frontend': (text, all) => {
    const fe = all.find((l) => FRONTENDS.has(l.section ?? ''));
    return fe && insertAfterHeader(text, fe.header, '    http-request deny if { req.len lt 0 }\n');
  },
  'drop every timeout': (text, all) => {
    const t = all.filter((l) => l.st.keyword === 'timeout' || l.st.keyword === 'srvtimeout' || l.st.keyword === 'clitimeout' || l.st.keyword === 'contimeout').map((l) => l.st);
    return t.length > 0 ? dropLines(text, t) : undefined;
  },
  'a proxy turned to tcp': (text, all) => {
    const m = all.find((l) => l.st.type === 'mode' && l.st.value?.value === 'http' && l.section !== 'defaults');
    const w = m?.st.type === 'mode' ? m.st.value : undefined;
    return w && text.slice(0, w.start) + 'tcp' + text.slice(w.end);
  },
  'a delay with text after its unit': (text, all) => {
    const t = all.find((l) => l.st.type === 'timeout' && l.st.value?.plain === true && /^\d+[smhd]$/.test(l.st.value.value));
    const w = t?.st.type === 'timeout' ? t.st.value : undefined;
    return w && text.slice(0, w.end) + 'ins' + text.slice(w.end);
  },
  'an unconditional deny first': (text, all) => {
    const fe = all.find((l) => FRONTENDS.has(l.section ?? '') && l.st.type === 'rule' && l.st.ruleset === 'http-request');
    return fe && text.slice(0, fe.st.line.start) + '    http-request deny\n' + text.slice(fe.st.line.start);
  },
  'a cookie domain without a dot': (text, all) => {
    const be = all.find((l) => l.section === 'backend' || l.section === 'listen');
    return be && insertAfterHeader(text, be.header, '    cookie HACFG insert domain intranet\n');
  },
  'a response fetch in a request rule': (text, all) => {
    const fe = all.find((l) => FRONTENDS.has(l.section ?? ''));
    return fe && insertAfterHeader(text, fe.header, '    http-request deny if { res.hdr(x-hacfg) -m found }\n');
  },
  'a default_backend beside servers': (text, all) => {
    const l = all.find((x) => x.section === 'listen' && x.st.type === 'server');
    if (!l) return undefined;
    // A backend of the listen's own mode, so that HAProxy accepts the routing.
    const mode = buildConfig(parse(text), { version: '2.6' }).proxies.find((p) => p.section.header.end === l.header)?.mode ?? 'tcp';
    const tail = `${text.endsWith('\n') ? '' : '\n'}backend hacfg_be\n    mode ${mode}\n    server hacfg_s 127.0.0.1:9\n`;
    return insertAfterHeader(text, l.header, '    default_backend hacfg_be\n') + tail;
  },
  'a resolvers section without nameservers': (text) => `${text}${text.endsWith('\n') ? '' : '\n'}resolvers hacfg_dns\n    hold valid 10s\n`,
  'a userlist declared twice': (text) => `${text}${text.endsWith('\n') ? '' : '\n'}userlist hacfg_ul\n    user alice password $6$x\nuserlist hacfg_ul\n    user bob password $6$y\n`,
  'an email alert without a sender': (text, all) => {
    const be = all.find((l) => l.section === 'backend' || l.section === 'listen');
    const tail = `${text.endsWith('\n') ? '' : '\n'}mailers hacfg_mta\n    mailer smtp1 127.0.0.1:25\n`;
    return be && insertAfterHeader(text, be.header, '    email-alert mailers hacfg_mta\n    email-alert to ops@example.com\n') + tail;
  },
  'a peers server with checks': (text) => `${text}${text.endsWith('\n') ? '' : '\n'}peers hacfg_mut\n    server hacfg_p1 127.0.0.1:10001 check\n`,
  'headers in the httpchk version': (text, all) => {
    const be = all.find((l) => l.section === 'backend' || l.section === 'listen');
    return be && insertAfterHeader(text, be.header, '    option httpchk GET / HTTP/1.1\\r\\nHost:\\ x\n');
  },
  'an ACL without a pattern': (text, all) => {
    const fe = all.find((l) => FRONTENDS.has(l.section ?? ''));
    return fe && insertAfterHeader(text, fe.header, '    acl hacfg_nopat path_beg\n');
  },
  'a bind-process line': (text, all) => {
    const fe = all.find((l) => FRONTENDS.has(l.section ?? ''));
    return fe && insertAfterHeader(text, fe.header, '    bind-process 1\n');
  },
  'a deprecated global keyword HAProxy warns about': (text) => `global\n    tune.ssl.capture-cipherlist-size 100\n${text}`,
  'external checks without insecure-fork-wanted': (text, all) => {
    const be = all.find((l) => l.section === 'backend' || l.section === 'listen');
    return be && `global\n    external-check\n${insertAfterHeader(text, be.header, '    option external-check\n    external-check command /bin/true\n')}`;
  },
};

describe.skipIf(!corpusAvailable || !haproxyBin)('mutation test of warnings against haproxy 2.6', () => {
  it('warns where HAProxy warns, and only there', { timeout: 600_000 }, async () => {
    const kinds = Object.keys(MUTATORS);
    const files = manifest().filter((e) => (e.path.startsWith('public/') || e.path.startsWith('regtests/')) && e.haproxy26_exit === 0).map((e) => e.path);
    // Some files pass only where they were labelled (host names, environment variables): each file
    // tried is checked here first, once, and skipped if it does not pass unchanged.
    const passes = new Map<string, Promise<boolean>>();
    const passesHere = (file: string): Promise<boolean> => {
      let p = passes.get(file);
      if (!p) passes.set(file, (p = checkConfig(readFileSync(join(corpusDir, file))).then((r) => r.exitCode === 0)));
      return p;
    };
    const mutants: { file: string; kind: string; text: string }[] = [];
    // Each kind on the first PER_KIND files it applies to.
    for (const kind of kinds) {
      let made = 0;
      for (let i = 0; i < files.length && made < PER_KIND; i++) {
        const text = readFileSync(join(corpusDir, files[i]!), 'latin1');
        const m = MUTATORS[kind]!(text, locate(text));
        if (m === undefined || m === text || !(await passesHere(files[i]!))) continue;
        mutants.push({ file: files[i]!, kind, text: m });
        made++;
      }
    }
    const labels = await pool(mutants, 2, (m) => checkConfig(Buffer.from(m.text, 'latin1')));
    const counts = newCounts();
    const other: string[] = [];
    const perKind = new Map<string, number>();
    let accepted = 0;
    mutants.forEach((m, i) => {
      const label = labels[i]!;
      if (label.exitCode !== 0) return;
      const result = lintText(m.text, { haproxyVersion: '2.6', fileName: m.file });
      if (warningsSilenced(result.doc)) return;
      accepted++;
      perKind.set(m.kind, (perKind.get(m.kind) ?? 0) + 1);
      other.push(...compareWarnings(counts, `${m.kind} ${m.file}`, warningsOf(label.warnings, label.alerts), result.messages));
    });
    console.log(
      [
        `mutation of warnings (haproxy 2.6): ${mutants.length} mutants, ${accepted} accepted and compared (${[...perKind].map(([k, n]) => `${k}: ${n}`).join(', ')})`,
        '  by class (both / haproxy only / hacfg only):',
        ...countsTable(counts),
      ].join('\n'),
    );
    expect(accepted).toBeGreaterThan(200);
    // Every kind was compared on some files (a kind HAProxy always rejected would test nothing).
    for (const kind of kinds) expect(perKind.get(kind) ?? 0, kind).toBeGreaterThan(3);
    expect(Object.fromEntries([...counts].map(([id, s]) => [id, [...s.haproxyOnly, ...s.hacfgOnly]]))).toEqual(Object.fromEntries([...counts].map(([id]) => [id, []])));
    expect(other).toEqual([]);
  });
});
