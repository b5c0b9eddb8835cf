// Properties: lint is total. Whatever the text (config-shaped noise built from the catalog's own
// vocabulary), lint returns without throwing at every version, every message lies inside the file
// with consistent line/column, `--fix` converges (nothing fixable is left, no comment is lost, CRLF stays CRLF), and the
// description and routing graph built from it render.
import { SECTIONS, VERSIONS, actionNames, allBindOptionNames, allConverterNames, allFetchNames, allKeywordNames, allServerOptionNames } from '@hacfg/catalog';
import { LineIndex, parse } from '@hacfg/syntax';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, describeConfig, describeText, graphOf, lintText, toDot, toMermaid } from '../src/index.js';

const pick = (names: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...names);
const sectionNames = SECTIONS.map((s) => s.name);
const keywords = [...new Set(SECTIONS.flatMap((s) => allKeywordNames(s.name)))];
const fetchCall = fc.tuple(pick(allFetchNames()), fc.option(fc.constantFrom('', 'x', 'b1', 'b1/s1', '0,1', '-1'), { nil: undefined })).map(([f, a]) => (a === undefined ? f : `${f}(${a})`));
const converterTail = fc.array(fc.tuple(pick(allConverterNames()), fc.option(fc.constantFrom('', 'x', '1', 'a,b'), { nil: undefined })), { maxLength: 2 }).map((cs) => cs.map(([c, a]) => `,${c}${a === undefined ? '' : `(${a})`}`).join(''));
const sample = fc.tuple(fetchCall, converterTail).map(([f, c]) => f + c);

/** Arguments HAProxy lines are made of, right and wrong. */
const arg = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('b1', 'b2', 'f1', 's1', 'a1', 'x', 'http', 'tcp', 'check', 'backup', 'ssl', 'verify', 'none', 'inter', 'fall', 'rise') },
  { weight: 2, arbitrary: fc.constantFrom('5s', '100ms', '0', '-1', '65536', '1k', '10m', 'ms', '1x', '99999999999', 'TLSv1.0', 'TLSv1.3') },
  { weight: 2, arbitrary: fc.constantFrom('10.0.0.1:80', ':8080', '*:443', '[::1]:80', 'unix@/x', 'ipv4@1.2.3.4:1-2', '1.2.3.4:+1', 'host:0', '/run/x.sock', '${PORT}', '"a b"', "'q'", '"${X}"') },
  { weight: 2, arbitrary: fc.constantFrom('if', 'unless', '{', '}', '!', '||', 'or', '-i', '-m', 'beg', '%[req.hdr(host)]', '%[', 'a1', '!a1') },
  { weight: 2, arbitrary: sample },
  { weight: 1, arbitrary: pick(allServerOptionNames()) },
  { weight: 1, arbitrary: pick(allBindOptionNames()) },
  { weight: 1, arbitrary: pick(actionNames('http-request')) },
  { weight: 1, arbitrary: fc.constantFrom('\\', '"', '#', '\t', '\\x4', '$', '{path', 'x}', '.if', 'defined(X)') },
);

const cond = fc.tuple(fc.constantFrom('if', 'unless'), fc.array(fc.oneof(fc.constantFrom('a1', '!a1', 'or', 'TRUE', '{', '}'), sample.map((x) => `{ ${x} -m found }`)), { minLength: 1, maxLength: 4 })).map(([k, t]) => `${k} ${t.join(' ')}`);
/** Lines shaped like the ones rules look deepest into: servers, binds, rules with conditions. */
const shaped = fc.oneof(
  fc.tuple(fc.constantFrom('server s1', 'server s2', 'default-server', 'server-template s 3'), fc.constantFrom('10.0.0.1:80', 'b1:8080', '[::1]', ':0', ''), fc.array(fc.oneof(pick(allServerOptionNames()), arg), { maxLength: 6 })).map(([k, a, o]) => `  ${k} ${a} ${o.join(' ')}`),
  fc.tuple(fc.constantFrom(':80', '*:443', 'ipv6@:::8', '/x.sock', ':1-2'), fc.array(fc.oneof(pick(allBindOptionNames()), arg), { maxLength: 6 })).map(([a, o]) => `  bind ${a} ${o.join(' ')}`),
  fc.tuple(fc.constantFrom('http-request', 'http-response', 'tcp-request content', 'tcp-request connection', 'http-check', 'tcp-check'), pick(actionNames('http-request')), fc.array(arg, { maxLength: 3 }), fc.option(cond, { nil: undefined })).map(([k, a, x, c]) => `  ${k} ${a} ${x.join(' ')} ${c ?? ''}`),
  fc.tuple(fc.constantFrom('use_backend', 'default_backend', 'use-server', 'acl a1', 'monitor fail', 'redirect location /', 'stick on'), fc.constantFrom('b1', 'b2', '%[req.hdr(host)]', 's1', 'path_beg /x', ''), fc.option(cond, { nil: undefined })).map(([k, t, c]) => `  ${k} ${t} ${c ?? ''}`),
  fc.tuple(fc.constantFrom('option httpchk', 'option tcp-check', 'option external-check', 'mode tcp', 'mode http', 'balance', 'timeout client', 'cookie SRV insert', 'stick-table type ip size 1m', 'http-check expect status',
    'stick-table type ip size 1m store', 'http-check send hdr', 'tcp-check send', 'http-check connect', 'balance random(', 'balance uri', 'option forwardfor except',
    'ssl-default-bind-options', 'h1-case-adjust', 'http-request set-var(', 'http-request sc-set-gpt0(0)', 'acl a1 src_conn_cnt('), fc.array(arg, { maxLength: 3 })).map(([k, a]) => `  ${k} ${a.join(' ')}`),
);
const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(pick(keywords), fc.array(arg, { maxLength: 7 })).map(([k, a]) => `  ${[k, ...a].join(' ')}`) },
  { weight: 4, arbitrary: shaped },
  { weight: 2, arbitrary: fc.tuple(pick(sectionNames), fc.option(fc.constantFrom('b1', 'b2', 'f1', 'x', 'b1 from d1'), { nil: undefined })).map(([s, n]) => (n ? `${s} ${n}` : s)) },
  { weight: 1, arbitrary: fc.constantFrom('.if defined(X)', '.if version_atleast(2.5)', '.elif streq(a,b)', '.else', '.endif', '.diag "x"', '# hacfg-disable-next-line', '# hacfg-disable undefined-backend', '# hacfg-enable undefined-backend', '') },
);

/** A small skeleton so references have something to resolve against, then noise. */
const config = fc.tuple(fc.array(line, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.constantFrom('\n', '\r\n')).map(([lines, skeleton, eol]) =>
  [...(skeleton ? ['defaults d1', '  mode http', 'frontend f1', '  bind :80', '  default_backend b1', 'backend b1', '  server s1 10.0.0.1:80 check'] : []), ...lines].join(eol) + (lines.length % 3 === 0 ? '' : eol),
);

describe('lint is total', () => {
  it('never throws, reports inside the text, and its fixes lint again', () => {
    fc.assert(
      fc.property(config, fc.constantFrom(...VERSIONS), (text, version) => {
        const r = lintText(text, { haproxyVersion: version });
        const idx = new LineIndex(text);
        for (const m of r.messages) {
          expect(m.range.start).toBeGreaterThanOrEqual(0);
          expect(m.range.end).toBeGreaterThanOrEqual(m.range.start);
          expect(m.range.end).toBeLessThanOrEqual(text.length);
          const s = idx.positionAt(m.range.start);
          expect([m.line, m.column]).toEqual([s.line + 1, s.column + 1]);
          expect(m.message.length).toBeGreaterThan(0);
          expect(m.message).not.toMatch(/\{\{|(^|[^-\w])(undefined|NaN)([^-\w]|$)|\[object /);
        }
        const { applied } = applyFixes(text, r.messages);
        if (applied > 0) {
          // `--fix` converges: what it writes has nothing left to fix, and it keeps every comment.
          const fixed = lintText(text, { haproxyVersion: version, fix: true });
          const output = fixed.output ?? text;
          const again = lintText(output, { haproxyVersion: version });
          expect(again.messages.filter((m) => m.fix).map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual([]);
          expect(parse(output).lines.filter((l) => l.comment).length).toBe(parse(text).lines.filter((l) => l.comment).length);
          const lf = /(^|[^\r])\n/;
          if (text.includes('\r\n') && !lf.test(text)) expect(output).not.toMatch(lf);
        }
        // `hacfg describe` and `hacfg graph` read the same noise.
        const d = describeConfig([parse(text)], { haproxyVersion: version });
        expect(typeof describeText(d)).toBe('string');
        const g = graphOf(d);
        expect(toDot(g)).toMatch(/^digraph hacfg \{/);
        expect(typeof toMermaid(g)).toBe('string');
      }),
      { numRuns: Number(process.env.HACFG_FC_RUNS ?? 400) },
    );
  });
});
