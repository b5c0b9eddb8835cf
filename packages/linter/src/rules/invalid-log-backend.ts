import { compareVersions } from '@hacfg/catalog';
import { effectiveProxy } from '@hacfg/model';
import type { ServerStatement } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';

/** The algorithms a log backend can balance with (_postcheck_log_backend_compat(), log.c, 3.0+). */
const LOG_ALGORITHMS = new Set(['roundrobin', 'random', 'sticky', 'log-hash']);
/** Datagram address prefixes; any other server address is a stream (TCP) one. */
const DGRAM = /^udp[46]?$/;

export default defineRule({
  id: 'invalid-log-backend',
  meta: {
    description: "Disallow log backends ('mode log', 2.9+) HAProxy refuses: UDP and TCP servers mixed, or (3.0+) a balance algorithm other than roundrobin, random, sticky or log-hash",
    severity: 'error',
    category: 'mode',
    fixable: false,
    versions: { since: '2.9' },
    messages: {
      mixed: "log backend '{{backend}}' cannot mix server types: '{{server}}' is a {{kind}} server, the first one ('{{first}}') is not",
      balance: "log backend '{{backend}}' cannot balance with '{{algorithm}}': use roundrobin, random, sticky or log-hash",
    },
  },
  create: (ctx) => ({
    'config:exit'() {
      for (const p of ctx.config.realProxies) {
        if (!p.isBackend || p.mode !== 'log') continue;
        const backend = p.name ?? '';
        const servers = p.statements.filter((s): s is ServerStatement => s.type === 'server' && s.address !== undefined);
        const dgram = (s: ServerStatement): boolean => DGRAM.test(s.address!.prefix ?? '');
        const first = servers[0];
        const other = first && servers.find((s) => dgram(s) !== dgram(first));
        if (first && other) {
          ctx.report({ messageId: 'mixed', data: { backend, server: other.name?.value ?? '', kind: dgram(other) ? 'UDP' : 'TCP', first: first.name?.value ?? '' }, range: other.address!.range, doc: p.doc, related: [{ message: 'first server', range: first.address!.range, doc: p.doc }] });
        }
        if (compareVersions(ctx.version, '3.0') < 0) continue;
        const balance = effectiveProxy(p).balance;
        const algorithm = balance?.statement.type === 'balance' ? balance.statement.algorithm : undefined;
        if (!balance || !algorithm || LOG_ALGORITHMS.has(algorithm.value)) continue;
        // A defaults line is reported in the defaults section, once per log backend using it.
        ctx.report({ messageId: 'balance', data: { backend, algorithm: algorithm.value }, range: algorithm, doc: balance.from.doc });
      }
    },
  }),
});
