import { defineRule } from '../define-rule.js';
import { lineRef } from '../util/ranges.js';

export default defineRule({
  id: 'backend-shadowed-by-resolvers',
  meta: {
    description: "Warn about references to a backend that shares its name with a resolvers section (the implicit 'default' one included): HAProxy 3.3 and 3.4 before the fix for GitHub issue 3445 find the resolvers' internal TCP proxy instead",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    // The resolvers' proxy is indexed by name from 3.3 (cebis name tree) until 3.5-dev3 (0f441a843),
    // whose fix maintenance releases of 3.3 and 3.4 received later.
    versions: { since: '3.3', until: '3.5-dev' },
    messages: {
      explicit:
        "{{via}} '{{name}}': the resolvers section '{{name}}' declared at line {{line}} has a proxy of the same name, which HAProxy 3.3/3.4 releases without the fix for GitHub issue 3445 pick instead of backend '{{name}}' (an HTTP frontend is refused, TCP traffic and {{fetches}} go to the resolvers); rename the backend or the resolvers section",
      implicit:
        "{{via}} '{{name}}': HAProxy creates a resolvers section named 'default' from /etc/resolv.conf, and 3.3/3.4 releases without the fix for GitHub issue 3445 pick its internal proxy instead of backend 'default' (an HTTP frontend is refused, TCP traffic and {{fetches}} go to the resolvers); rename the backend",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      const config = ctx.config;
      for (const ref of config.references) {
        if (ref.kind !== 'backend' || !config.backend(ref.name)) continue;
        // resolves() knows the `default` section HAProxy creates when none is declared.
        if (!config.resolves('resolvers', ref.name)) continue;
        const section = config.lookup('resolvers', ref.name)[0];
        const data = { via: ref.via, name: ref.name, fetches: 'nbsrv(), be_*() and track' };
        if (section) ctx.report({ messageId: 'explicit', data: { ...data, line: lineRef(section.doc, section.section.range.start, ref.doc) }, range: ref.range, doc: ref.doc });
        else ctx.report({ messageId: 'implicit', data, range: ref.range, doc: ref.doc });
      }
    },
  }),
});
