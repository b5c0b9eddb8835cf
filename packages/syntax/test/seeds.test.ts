// AST snapshots of the seed example configs (fixtures/seeds): a compact rendering that shows every
// statement's type, key fields and exact line:column ranges. Refresh with `vitest -u`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Document, type Statement, type TextRange } from '@hacfg/syntax';
import { repoRoot } from '../../../test/support/corpus.js';

function render(doc: Document): string {
  const at = (r: TextRange): string => {
    const a = doc.lineIndex.positionAt(r.start);
    const b = doc.lineIndex.positionAt(r.end);
    return `${a.line + 1}:${a.column + 1}-${b.line + 1}:${b.column + 1}`;
  };
  const detail = (s: Statement): string => {
    switch (s.type) {
      case 'server':
        return `name=${s.name?.value} addr=${s.address?.host}:${s.address?.port} params=[${s.params.map((p) => (p.value ? `${p.name.value}=${p.value.value}` : p.name.value)).join(' ')}]`;
      case 'bind':
        return `addrs=[${s.addresses.map((a) => `${a.host}:${a.port}`).join(',')}] params=[${s.params.map((p) => (p.value ? `${p.name.value}=${p.value.value}` : p.name.value)).join(' ')}]`;
      case 'acl':
        return `name=${s.name?.value} fetch=${s.criterion?.fetch.name}${s.criterion?.fetch.args ? `(${s.criterion.fetch.args.map((a) => a.value).join(',')})` : ''} flags=[${s.flags.map((f) => f.flag.value).join(' ')}] patterns=[${s.patterns.map((p) => p.value).join(' ')}]`;
      case 'backend-rule':
      case 'rule': {
        const head = s.type === 'rule' ? `${s.ruleset} action=${s.action?.value}` : `target=${s.target?.value}`;
        const cond = s.condition ? ` ${s.condition.polarity} ${s.condition.groups.map((g) => g.terms.map((t) => `${t.negated ? '!' : ''}${t.type === 'acl-ref' ? t.name : `{${t.acl.criterion?.fetch.name}}`}@${at(t.range)}`).join(' & ')).join(' | ')}` : '';
        return head + cond;
      }
      default:
        return `args=[${s.args.map((a) => a.value).join(' ')}]`;
    }
  };
  const out: string[] = [];
  for (const s of doc.sections) {
    out.push(`${s.keyword} ${s.name?.value ?? ''} @${at(s.range)}`);
    for (const st of s.statements) out.push(`  ${st.type} ${st.modifier ? `${st.modifier} ` : ''}${st.keyword} @${at(st.range)} ${detail(st)}`);
  }
  for (const d of doc.diagnostics) out.push(`! ${d.code} @${at(d.range)} ${d.message}`);
  return out.join('\n') + '\n';
}

const dir = join(repoRoot, 'fixtures/seeds');
describe('seed configs', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cfg')).sort();
  it('has the seed configs', () => expect(files.length).toBeGreaterThanOrEqual(6));
  it.each(files)('%s', async (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    await expect(render(parse(text))).toMatchFileSnapshot(join(repoRoot, 'fixtures/seeds/__snapshots__', `${f}.ast`));
  });
});
