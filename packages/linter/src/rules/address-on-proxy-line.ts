import { compareVersions } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';

/** From this release a frontend or listen header with an address is refused even when its section is empty (cfgparse-listen.c). */
const FATAL_SINCE = '3.3';

export default defineRule({
  id: 'address-on-proxy-line',
  meta: {
    description: "Disallow listening addresses (or any other word but 'from NAME') on a proxy's header line (1.x syntax); use 'bind'",
    severity: 'error',
    category: 'version',
    fixable: true,
    messages: {
      address: "'{{section}} {{name}} {{address}}': addresses on the section line are not supported anymore; use the 'bind' keyword",
      extra: "'{{section}} {{name}} {{address}}': a proxy header takes only a name and 'from DEFAULTS'; HAProxy does not create this {{section}} and refuses every line of it",
      tooMany: "'{{section}} {{name}}': unexpected '{{address}}' after 'from {{from}}'",
    },
  },
  create: (ctx) => ({
    section(node) {
      const s = node.section;
      if ((s.keyword !== 'frontend' && s.keyword !== 'listen' && s.keyword !== 'backend') || !s.name) return;
      const words = s.header.words;
      const addr = words[2];
      if (!addr || addr.value === '') return;
      const last = words[words.length - 1]!;
      const data = { section: s.keyword, name: s.name.value, address: addr.value };
      if (addr.value === 'from' && words[3] && words[3].value !== '') {
        // `from NAME` then more words: too_many_args(), refused in every release.
        const more = words[4];
        if (more && more.value !== '') ctx.report({ messageId: 'tooMany', data: { ...data, address: more.value, from: words[3].value }, range: { start: more.start, end: last.end } });
        return;
      }
      // HAProxy stops at the header without creating the proxy: an alert for a frontend or listen,
      // nothing for a backend. The file stays valid while the section has no line (before 3.3
      // for a frontend or listen): then the section is simply absent, which other rules see.
      const frontSide = s.keyword !== 'backend';
      if (node.statements.length === 0 && (!frontSide || compareVersions(ctx.version, FATAL_SINCE) < 0)) return;
      const range = { start: addr.start, end: last.end };
      if (!frontSide) return ctx.report({ messageId: 'extra', data, range });
      // The new line ends like the header does, so a CRLF file stays CRLF.
      const eol = s.header.eol ? node.doc.text.slice(s.header.eol.start, s.header.eol.end) : '\n';
      const indent = node.statements[0] ? node.doc.text.slice(node.statements[0].line.start, node.statements[0].words[0]!.start) : '    ';
      const fix = addr.plain && words.length === 3 && /^[\w.*:[\]-]*:\d[\d-]*$/.test(addr.value)
        ? [{ range: { start: s.name.end, end: last.end }, newText: '' }, { range: { start: s.header.contentEnd, end: s.header.contentEnd }, newText: `${eol}${indent}bind ${addr.value}` }]
        : undefined;
      ctx.report({ messageId: 'address', data, range, ...(fix ? { fix } : {}) });
    },
  }),
});
