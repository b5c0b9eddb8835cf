import { compareVersions } from '@hacfg/catalog';
import { effectiveProxy } from '@hacfg/model';
import type { ServerStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { lastAlongChain } from '../util/inherited.js';
import { L7_BALANCE } from '../util/modes.js';

/** The algorithms a log backend can balance with (_postcheck_log_backend_compat(), log.c, 3.0+). */
const LOG_ALGORITHMS = new Set(['roundrobin', 'random', 'sticky', 'log-hash']);
/** Datagram address prefixes (UDP and unix datagram sockets); any other server address is a stream one. */
const DGRAM = /^(udp[46]?|uxdg)$/;


export default defineRule({
  id: 'invalid-log-backend',
  meta: {
    description: "Disallow log backends ('mode log', 2.9+) HAProxy refuses: UDP and TCP servers mixed, 'balance log-hash' with a consistent hash, or (3.0+) a balance algorithm other than roundrobin, random, sticky or log-hash",
    severity: 'error',
    category: 'mode',
    fixable: false,
    versions: { since: '2.9' },
    messages: {
      mixed: "log backend '{{backend}}' cannot mix server types: '{{server}}' is a {{kind}} server, the first one ('{{first}}') is not",
      balance: "log backend '{{backend}}' cannot balance with '{{algorithm}}': use roundrobin, random, sticky or log-hash",
      hashType: "log backend '{{backend}}' balances with 'log-hash', which only supports a map-based hash: HAProxy refuses 'hash-type {{hashType}}'",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend || p.mode !== 'log') continue;
        const backend = p.name ?? '';
        const servers = p.statements.filter((s): s is ServerStatement => s.type === 'server' && s.address !== undefined);
        const dgram = (s: ServerStatement): boolean => DGRAM.test(s.address!.prefix ?? '');
        const kindOf = (s: ServerStatement): string => {
          const prefix = s.address!.prefix;
          return dgram(s) ? (prefix === 'uxdg' ? 'unix datagram' : 'UDP') : prefix === 'unix' ? 'unix stream' : 'TCP';
        };
        const first = servers[0];
        const other = first && servers.find((s) => dgram(s) !== dgram(first));
        if (first && other) {
          ctx.report({ messageId: 'mixed', data: { backend, server: other.name?.value ?? '', kind: kindOf(other), first: first.name?.value ?? '' }, range: other.address!.range, doc: p.doc, related: [{ message: 'first server', range: first.address!.range, doc: p.doc }] });
        }
        const balance = effectiveProxy(p).balance;
        const algorithm = balance?.statement.type === 'balance' ? balance.statement.algorithm : undefined;
        if (!balance || !algorithm) continue;
        if (algorithm.value === 'log-hash') {
          // The hash method is kept from the defaults chain like the algorithm (the last line wins).
          const hashType = lastAlongChain(p, (st) => st.keyword === 'hash-type' && st.modifier === undefined && st.args.length > 0);
          const method = hashType?.statement.args[0];
          if (hashType && method && method.value !== 'map-based') {
            ctx.report({ messageId: 'hashType', data: { backend, hashType: method.value }, range: method, doc: hashType.from.doc, related: [{ message: "'balance log-hash' here", range: algorithm, doc: balance.from.doc }] });
          }
        }
        // Layer-7 hashes were already turned into round robin, with a warning, before this check
        // runs (proxy_cfg_ensure_no_http()): http-only-in-tcp reports them.
        if (compareVersions(ctx.version, '3.0') < 0 || LOG_ALGORITHMS.has(algorithm.value) || L7_BALANCE.test(algorithm.value)) continue;
        // A defaults line is reported in the defaults section, once per log backend using it.
        ctx.report({ messageId: 'balance', data: { backend, algorithm: algorithm.value }, range: algorithm, doc: balance.from.doc });
      }
    },
  }),
});
