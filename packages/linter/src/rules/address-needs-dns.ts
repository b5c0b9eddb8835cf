import { compareVersions } from '@hacfg/catalog';
import { forEachAclBody } from '@hacfg/model';
import { parseAddress, parseAddressList, type AclBody, type Address, type Document, type Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { aclMatchMethod } from '../util/acl-method.js';
import { addressAsRead, expandedValue, usesEnv } from '../util/env.js';
import { IP_FAMILIES, isHostName, str2ipRefuses } from '../util/ip.js';

/** Every hosts file has it (its IPv6 entry varies: not judged either way). */
const resolvesEverywhere = (host: string): boolean => host.toLowerCase() === 'localhost';

/** The host name in an address that HAProxy has to resolve, if any. */
function nameIn(a: Address): string | undefined {
  if (a.prefix !== undefined && !IP_FAMILIES.has(a.prefix)) return undefined;
  return isHostName(a.host) && !resolvesEverywhere(a.host) ? a.host : undefined;
}

/** Options of a server line whose value is an address resolved at load time (server.c, check.c). */
const SERVER_ADDRESS_OPTIONS = new Set(['addr', 'socks4', 'source']);
/** `usesrc` values that are not addresses. */
const USESRC_KEYWORDS = /^(client|clientip|hdr_ip\(.*)$/;

export default defineRule({
  id: 'address-needs-dns',
  meta: {
    description: 'Disallow host names where HAProxy resolves them while loading the configuration (bind, log, peers, nameserver, mailer, source, dispatch, check and agent addresses, ACL ip patterns), which fails wherever the name does not resolve',
    severity: 'error',
    category: 'reference',
    fixable: false,
    messages: {
      name: "host name '{{host}}' in the {{what}} '{{address}}': HAProxy resolves it while loading the configuration and refuses the configuration where it does not resolve (no DNS, as in CI; 'haproxy -c -dr' included): write an IP address",
    },
  },
  create(ctx) {
    const check = (a: Address, what: string): void => {
      const seen = addressAsRead(a, ctx.env);
      const host = nameIn(seen);
      if (host !== undefined) ctx.report({ messageId: 'name', data: { host, address: seen.text, what }, range: a.range });
    };
    const checkWord = (w: Word | undefined, text: string, what: string): void => {
      if (w && w.value !== '') check(parseAddress(w, text), what);
    };
    const checkList = (w: Word | undefined, text: string, what: string): void => {
      if (w) for (const a of parseAddressList(w, text)) check(a, what);
    };
    let doc: Document;
    /** pat_parse_ip() resolves a name in an `ip` pattern while loading, unless `-n` forbids it (acl-invalid-pattern then). */
    const hostOf = (v: string): string => (v.includes('/') ? v.slice(0, v.indexOf('/')) : v);
    const named = (w: Word): boolean => !usesEnv(w) && isHostName(hostOf(w.value)) && !resolvesEverywhere(hostOf(w.value));
    const checkAcl = (acl: AclBody): void => {
      // Most ACLs hold no name-like pattern: the match method is only looked up for those that do.
      if (!acl.patterns.some(named) || acl.flags.some((f) => f.flag.value === '-n' || f.flag.value === '-f') || aclMatchMethod(acl, ctx.version) !== 'ip') return;
      for (const w of acl.patterns) if (named(w)) ctx.report({ messageId: 'name', data: { host: hostOf(w.value), address: w.value, what: 'ACL ip pattern' }, range: w, doc });
    };
    return {
      statement(st, where) {
        doc = where.doc;
        forEachAclBody(st, checkAcl);
      },
      bind(st, where) {
        // Up to 2.8 a log-forward's bind address that fails only prints an alert (log.c, fixed in 2.9).
        if (where.node?.keyword === 'log-forward' && compareVersions(ctx.version, '2.9') < 0) return;
        for (const a of st.addresses) check(a, 'bind address');
      },
      server(st, where) {
        const text = where.doc.text;
        const section = where.node?.keyword;
        // A proxy's server names are resolved by init-addr (and left unresolved by -dr); peers and ring servers are not.
        if ((section === 'peers' || section === 'ring') && st.address) check(st.address, `${section} server address`);
        for (const p of st.params) {
          if (!p.value) continue;
          if (SERVER_ADDRESS_OPTIONS.has(p.name.value)) checkWord(p.value, text, `server option '${p.name.value}'`);
          else if (p.name.value === 'agent-addr') {
            // str2ip() resolves a name itself: no port, no family, no `-dr` (invalid-address judges the rest).
            const v = expandedValue(p.value, text, ctx.env);
            if (!str2ipRefuses(v) && isHostName(v) && !resolvesEverywhere(v)) ctx.report({ messageId: 'name', data: { host: v, address: v, what: "server option 'agent-addr'" }, range: p.value });
          }
        }
        // `usesrc` belongs to the `source` option, which reads it itself (srv_parse_source()).
        const i = st.words.findIndex((w) => w.value === 'usesrc');
        const v = i > 0 ? st.words[i + 1] : undefined;
        if (v && !USESRC_KEYWORDS.test(v.value)) checkWord(v, text, "server option 'usesrc'");
      },
      'check-rule'(st, where) {
        if (st.action?.value !== 'connect') return;
        const i = st.actionArgs.findIndex((w) => w.value === 'addr');
        if (i >= 0) checkWord(st.actionArgs[i + 1], where.doc.text, `${st.keyword} connect address`);
      },
      stats(st, where) {
        if (where.node?.keyword === 'global' && st.sub?.value === 'socket') checkList(st.subArgs[0], where.doc.text, "'stats socket' address");
      },
      log(st, where) {
        const t = st.target;
        if (!t || st.modifier || t.value === 'global' || t.value === 'stdout' || t.value === 'stderr') return;
        checkWord(t, where.doc.text, 'log target');
      },
      'keyword:peer'(st, where) {
        if (where.node?.keyword === 'peers' && !st.modifier) checkWord(st.args[1], where.doc.text, 'peer address');
      },
      'keyword:nameserver'(st, where) {
        if (where.node?.keyword === 'resolvers') checkWord(st.args[1], where.doc.text, 'nameserver address');
      },
      'keyword:mailer'(st, where) {
        if (where.node?.keyword === 'mailers') checkWord(st.args[1], where.doc.text, 'mailer address');
      },
      'keyword:dgram-bind'(st, where) {
        if (where.node?.keyword === 'log-forward') checkList(st.args[0], where.doc.text, "'dgram-bind' address");
      },
      'keyword:dispatch'(st, where) {
        if (where.proxy && !st.modifier) checkWord(st.args[0], where.doc.text, "'dispatch' address");
      },
      'keyword:source'(st, where) {
        if (!where.proxy || st.modifier) return;
        checkWord(st.args[0], where.doc.text, "'source' address");
        const i = st.args.findIndex((w) => w.value === 'usesrc');
        const v = i >= 0 ? st.args[i + 1] : undefined;
        if (v && !USESRC_KEYWORDS.test(v.value)) checkWord(v, where.doc.text, "'usesrc' address");
      },
    };
  },
});
