import type { Document, Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lineRef } from '../util/ranges.js';

interface Declared {
  readonly kind: string;
  readonly owner: string;
  readonly doc: Document;
  readonly statement: Statement;
}

export default defineRule({
  id: 'stick-table-conflict',
  meta: {
    description: "Disallow a second stick table under one name: two 'stick-table' lines in a proxy, proxies of the same name that each declare one, or a peers 'table' named like an earlier proxy's table",
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      conflict: "stick-table name '{{name}}' conflicts with the table declared in {{kind}} '{{owner}}' at line {{line}}",
    },
  },
  create: (ctx) => ({
    // A proxy's table is named after the proxy; a peers section's `table X` looks X up, then is
    // stored as `<peers>/X`, which no proxy name can be (cfgparse-listen.c and cfgparse.c).
    'config:exit'() {
      const tables = new Map<string, Declared>();
      const declare = (name: string, d: Declared, stored = name): void => {
        const other = tables.get(name);
        if (other) {
          ctx.report({
            messageId: 'conflict',
            data: { name, kind: other.kind, owner: other.owner, line: lineRef(other.doc, other.statement.range.start, d.doc) },
            range: d.statement.keywordWord,
            doc: d.doc,
            related: [{ message: 'declared here first', range: other.statement.keywordWord, doc: other.doc }],
          });
          return;
        }
        tables.set(stored, d);
      };
      for (const node of ctx.config.sections) {
        if (node.keyword === 'peers' && node.name !== undefined) {
          for (const st of node.statements) {
            const t = st.keyword === 'table' ? st.args[0]?.value : undefined;
            if (t) declare(t, { kind: 'peers', owner: node.name, doc: node.doc, statement: st }, `${node.name}/${t}`);
          }
          continue;
        }
        const p = ctx.config.proxyOf(node.section);
        if (!p || p.kind === 'defaults' || p.name === undefined) continue;
        for (const st of node.statements) if (st.keyword === 'stick-table') declare(p.name, { kind: p.kind, owner: p.name, doc: node.doc, statement: st });
      }
    },
  }),
});
