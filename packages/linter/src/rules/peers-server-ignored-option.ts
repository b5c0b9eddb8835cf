import { serverParams, type Param, type Statement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** What HAProxy drops from the servers of a peers section (see cfgparse-peers.c). */
const IGNORED = new Set(['check', 'agent-check', 'init-addr', 'resolvers']);

/** The options of a `server`/`default-server` line, or of a `peer` line (the same server options). */
const optionsOf = (st: Statement): readonly Param[] => (st.type === 'server' ? st.params : serverParams(st.args.slice(2)));

export default defineRule({
  id: 'peers-server-ignored-option',
  meta: {
    description: "Warn about 'check', 'agent-check', 'init-addr' and 'resolvers' on servers of a peers section, which HAProxy ignores",
    severity: 'warning',
    category: 'suggestion',
    fixable: false,
    haproxyWarning: true,
    messages: {
      own: "'{{option}}' is ignored on server '{{server}}' of peers section '{{peers}}': HAProxy neither checks nor re-resolves peers",
      inherited: "'{{option}}' from 'default-server' is ignored on server '{{server}}' of peers section '{{peers}}': HAProxy neither checks nor re-resolves peers",
    },
  },
  create: (ctx) => ({
    section(node) {
      if (node.keyword !== 'peers') return;
      // The `default-server` options in effect, in order, as HAProxy copies them into each server
      // (`peer` lines make servers too).
      let inherited = new Map<string, Param>();
      const apply = (into: Map<string, Param>, options: readonly Param[]): void => {
        for (const o of options) {
          const name = o.name.value;
          if (name.startsWith('no-')) into.delete(name.slice(3));
          else if (IGNORED.has(name)) into.set(name, o);
        }
      };
      for (const st of node.statements) {
        const isPeer = st.keyword === 'peer' && st.modifier === undefined;
        if (st.type !== 'server' && !isPeer) continue;
        const options = optionsOf(st);
        if (st.keyword === 'default-server') {
          inherited = new Map(inherited);
          apply(inherited, options);
          continue;
        }
        const own = new Map<string, Param>();
        apply(own, options);
        const peers = node.name ?? '';
        const nameWord = isPeer ? st.args[0] : st.type === 'server' ? st.name : undefined;
        const server = nameWord?.value ?? '';
        for (const [option, o] of own) ctx.report({ messageId: 'own', data: { option, server, peers }, range: o.range });
        for (const [option] of inherited) {
          // Cancelled on the line itself (`no-check`), or already reported there.
          if (own.has(option) || options.some((o) => o.name.value === `no-${option}`)) continue;
          ctx.report({ messageId: 'inherited', data: { option, server, peers }, range: nameWord ?? st.keywordWord });
        }
      }
    },
  }),
});
