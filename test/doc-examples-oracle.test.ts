/**
 * The examples of HAProxy's own manual (haproxy-doc's configuration.html: 2.6 in CI), judged by
 * `haproxy -c` and by hacfg. An example without a section header is tried in the sections its
 * keyword may be used in (the manual's table first, then listen, backend, frontend, defaults,
 * global) until HAProxy accepts one. Accepted examples must get no hacfg error; refused ones (not
 * for files this machine lacks) must get at least one. Examples hold prose too (`# outputs:` lines,
 * `->` arrows): HAProxy refuses those and hacfg must as well. The manual is read where Debian
 * installs it, never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isSectionKeyword } from '@hacfg/catalog';
import { lintText } from '@hacfg/linter';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';

const HTML = '/usr/share/doc/haproxy/html/configuration.html';
const available = existsSync(HTML);
if (!available && process.env.CI === 'true') throw new Error(`${HTML} missing: CI installs haproxy-doc`);

/** Alerts about files the example names but this machine does not have. */
const MISSING_FILE = /unable to stat|unable to load|failed to open|No such file|cannot open|can't open|unable to set CA file|error opening file/i;

interface Example {
  readonly keyword: string;
  /** Sections the manual's table allows the keyword in. */
  readonly allowed: readonly string[];
  /** The manual's chapter the keyword is in (3.1 to 3.3 are the global section's). */
  readonly chapter: string;
  readonly code: string;
}

const decode = (s: string): string =>
  s.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function examples(html: string): Example[] {
  const out: Example[] = [];
  // Some examples open with a one-line description (`example-desc`), which is prose, not configuration.
  const re = /<span class="label label-success">Examples? ?:<\/span>\s*<pre class="prettyprint">\s*(?:<div class="example-desc">[\s\S]*?<\/div>\s*)?<code>([\s\S]*?)<\/code><\/pre>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const before = html.slice(Math.max(0, m.index - 200_000), m.index);
    const at = before.lastIndexOf('<div class="keyword">');
    const heading = before.slice(at);
    const keyword = decode(heading.slice(0, heading.indexOf('</div>'))).trim().split('\n')[0]!;
    const heads = [...heading.matchAll(/<th>([a-z ]+)<\/th>/g)].map((x) => x[1]!);
    const cells = [...heading.matchAll(/<td class="alert-(success|error)/g)].map((x) => x[1] === 'success');
    // The keyword's anchors stand just before its heading.
    const chapter = [...before.slice(Math.max(0, at - 4000), at).matchAll(/<a class="anchor" name="(\d+(?:\.\d+)*)-/g)].pop()?.[1] ?? '';
    out.push({ keyword, allowed: heads.filter((_, i) => cells[i]), chapter, code: decode(m[1]!).replace(/\s+$/, '') + '\n' });
  }
  return out;
}

const hasSection = (code: string): boolean => code.split('\n').some((l) => isSectionKeyword(l.trim().split(/\s+/)[0] ?? ''));

/** The configurations an example is tried as, most likely first. */
function candidates(e: Example): string[] {
  if (hasSection(e.code)) return [e.code];
  const indented = e.code.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
  const global = /^3\.[123]$/.test(e.chapter);
  const order = [...(global ? ['global'] : []), ...e.allowed.filter((s) => s !== 'defaults'), 'listen', 'backend', 'frontend', 'defaults', 'global'];
  return [...new Set(order)].map((s) => (s === 'global' ? `global\n${indented}` : `${s === 'defaults' ? 'defaults' : `${s} ex`}\n    mode http\n${indented}`));
}

describe.skipIf(!haproxyBin || !available)(`the manual's examples against haproxy ${ORACLE_VERSION}`, () => {
  it('get a hacfg error exactly when haproxy refuses them', { timeout: 300_000 }, async () => {
    const all = examples(readFileSync(HTML, 'utf8'));
    const judged = await pool(all, 2, async (e) => {
      let first: { text: string; alerts: string[] } | undefined;
      for (const text of candidates(e)) {
        const r = await checkConfig(text);
        // Exit 2 is "no error but will not start (no listener)".
        if (r.exitCode === 0 || r.exitCode === 2) return { e, text, refused: false, alerts: [] as string[] };
        first ??= { text, alerts: r.alerts };
      }
      return { e, text: first!.text, refused: true, alerts: first!.alerts };
    });
    const falseErrors: string[] = [];
    const misses: string[] = [];
    let accepted = 0;
    let refused = 0;
    let skipped = 0;
    for (const j of judged) {
      if (j.refused && j.alerts.some((a) => MISSING_FILE.test(a))) {
        skipped++;
        continue;
      }
      const errors = lintText(j.text, { haproxyVersion: ORACLE_VERSION }).messages.filter((m) => m.severity === 'error');
      if (j.refused) {
        refused++;
        if (errors.length === 0) misses.push(`${j.e.keyword}: ${j.alerts[0] ?? ''}`);
      } else {
        accepted++;
        for (const m of errors) falseErrors.push(`${j.e.keyword}: ${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    const recall = (refused - misses.length) / refused;
    console.log(`manual examples: ${all.length}, accepted ${accepted}, refused ${refused} (hacfg finds ${refused - misses.length}, recall ${(recall * 100).toFixed(1)}%), skipped ${skipped} (files this machine lacks)`);
    for (const m of misses) console.log(`  missed: ${m}`);
    expect(falseErrors).toEqual([]);
    expect(accepted).toBeGreaterThan(ORACLE_VERSION === '2.6' ? 60 : 0);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});
