import { PROXY_MODES } from '@hacfg/catalog';
import type { Proxy, Reference } from '@hacfg/model';
import type { Document, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import type { RuleContext } from '../types.js';

/** As check_config_validity(): modes must match, except that a TCP frontend may hand over to an HTTP backend (the stream upgrades). */
function incompatible(fe: Proxy, be: Proxy): boolean {
  if (fe === be || fe.mode === be.mode || !PROXY_MODES.has(fe.mode) || !PROXY_MODES.has(be.mode)) return false;
  // Log and spop backends only take what HAProxy sends them.
  return !(fe.mode === 'tcp' && be.mode === 'http');
}

function report(ctx: RuleContext, r: Reference, fe: Proxy, be: Proxy): void {
  const related: { message: string; range: TextRange; doc: Document }[] = [{ message: 'backend defined here', range: be.section.name ?? be.section.keywordWord, doc: be.doc }];
  const data = { fmode: fe.mode, fkind: fe.kind, frontend: fe.name ?? '', bmode: be.mode, bkind: be.kind, backend: be.name ?? '' };
  // A defaults section's default_backend: at the frontend that keeps it, the line as related.
  if (r.in !== fe) related.unshift({ message: "'default_backend' inherited from here", range: r.range, doc: r.doc });
  ctx.report({ messageId: 'mismatch', data, range: r.in === fe ? r.range : (fe.section.name ?? fe.section.keywordWord), doc: r.in === fe ? r.doc : fe.doc, related });
}

export default defineRule({
  id: 'http-frontend-tcp-backend',
  meta: {
    description: "Disallow switching to a backend of an incompatible mode: an HTTP frontend to a TCP backend, any frontend to a log backend ('mode log', 2.9+) or an SPOE backend ('mode spop', 3.1+)",
    severity: 'error',
    category: 'mode',
    fixable: false,
    messages: { mismatch: "{{fmode}} {{fkind}} '{{frontend}}' tries to use incompatible {{bmode}} {{bkind}} '{{backend}}' (see 'mode')" },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const r of ctx.config.references) {
        if (r.kind !== 'backend' || (r.via !== 'use_backend' && r.via !== 'default_backend')) continue;
        const be = ctx.config.backend(r.name);
        if (!be) continue;
        if (r.in.keyword !== 'defaults') {
          const fe = ctx.config.proxyOf(r.in.section);
          if (fe && incompatible(fe, be)) report(ctx, r, fe, be);
          continue;
        }
        // Each frontend using the section without a default_backend of its own gets a copy, in its own mode.
        if (r.via !== 'default_backend') continue;
        for (const fe of ctx.config.realProxies) {
          if (fe.defaults === r.in && fe.isFrontend && !fe.statements.some((st) => st.keyword === 'default_backend') && incompatible(fe, be)) report(ctx, r, fe, be);
        }
      }
    },
  }),
});
