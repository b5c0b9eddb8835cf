import { defineRule } from '../define-rule.js';
import { expandedValue } from '../util/env.js';

/** Header names cfg_parse_listen() refuses for `http-send-name-header` from 3.3 (compared without case). */
const FORBIDDEN: ReadonlySet<string> = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

export default defineRule({
  id: 'send-name-header-forbidden',
  meta: {
    description: "Disallow 'http-send-name-header' with Host, Content-Length, Transfer-Encoding or Connection, which HAProxy 3.3 and later refuse",
    severity: 'error',
    category: 'version',
    fixable: false,
    versions: { since: '3.3' },
    messages: {
      forbidden: "'http-send-name-header {{name}}': HAProxy {{version}} refuses to overwrite the {{name}} header with the server's name (Host, Content-Length, Transfer-Encoding and Connection are refused from 3.3); send it in a header of its own",
    },
  },
  create: (ctx) => ({
    'keyword:http-send-name-header'(st, where) {
      const w = st.args[0];
      if (!where.proxy || st.modifier !== undefined || !w) return;
      const name = expandedValue(w, where.doc.text, ctx.env);
      if (FORBIDDEN.has(name.toLowerCase())) ctx.report({ messageId: 'forbidden', data: { name, version: ctx.version }, range: w });
    },
  }),
});
