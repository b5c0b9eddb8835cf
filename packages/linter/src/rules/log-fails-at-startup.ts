import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import { logLineNames, type LogLineName, type Proxy, type SectionNode } from '@hacfg/model';
import type { Document, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

/**
 * Rings every HAProxy creates on its own (sink_init()): `buf0`, and `dpapi` from 3.2. `stdout` and
 * `stderr` are sinks too, but of file descriptors: a `ring@` target refuses them.
 */
const BUILTIN_RINGS: readonly { name: string; since: HaproxyVersion }[] = [
  { name: 'buf0', since: '2.4' },
  { name: 'dpapi', since: '3.2' },
];
const FD_SINKS = new Set(['stdout', 'stderr']);

interface Pending {
  readonly names: readonly LogLineName[];
  readonly node: SectionNode;
}

export default defineRule({
  id: 'log-fails-at-startup',
  meta: {
    description: "Warn about 'log' lines HAProxy resolves only when it starts, after 'haproxy -c' has passed them: an unknown ring, log backend or log profile, a backend that is not in 'mode log'",
    severity: 'warning',
    category: 'reference',
    fixable: false,
    messages: {
      ring: "unknown ring '{{name}}': 'haproxy -c' accepts this log line, but HAProxy refuses to start{{hint}}",
      fdRing: "'{{name}}' is an output stream, not a ring: 'haproxy -c' accepts 'ring@{{name}}', but HAProxy refuses to start (write 'log {{name}} …')",
      backend: "unknown log backend '{{name}}': 'haproxy -c' accepts this log line, but HAProxy refuses to start{{hint}}",
      notLogBackend: "backend '{{name}}' is in {{mode}} mode, not 'mode log': 'haproxy -c' accepts it as a log target, but HAProxy refuses to start",
      profile: "unknown log-profile '{{name}}': 'haproxy -c' accepts this log line, but HAProxy refuses to start{{hint}}",
    },
  },
  create: (ctx) => {
    const pending: Pending[] = [];
    const since = (v: HaproxyVersion): boolean => compareVersions(ctx.version, v) >= 0;
    /** A name HAProxy reads as written (not empty, no environment variable left to expand). */
    const literal = (s: string): boolean => s !== '' && !s.includes('$');
    const candidates = (kind: 'ring' | 'log-profile'): string[] => [...(ctx.config.symbols.get(kind)?.keys() ?? [])];

    const check = (names: readonly LogLineName[], doc: Document): void => {
      for (const { kind, word, skip } of names) {
        const name = word.value.slice(skip);
        if (!word.plain || !literal(name)) continue;
        const range: TextRange = { start: word.start + skip, end: word.end };
        if (kind === 'ring') {
          if (ctx.config.resolves('ring', name)) continue;
          if (FD_SINKS.has(name)) ctx.report({ messageId: 'fdRing', data: { name }, range, doc });
          else if (!BUILTIN_RINGS.some((r) => r.name === name && since(r.since))) ctx.report({ messageId: 'ring', data: { name, hint: hint(name, candidates('ring')) }, range, doc });
        } else if (kind === 'backend') {
          const be = ctx.config.backend(name);
          if (be && be.mode !== 'log') ctx.report({ messageId: 'notLogBackend', data: { name, mode: be.mode }, range, doc });
          else if (!be) {
            const logBackends = ctx.config.proxies.filter((p) => p.isBackend && p.name !== undefined && p.mode === 'log').map((p) => p.name!);
            ctx.report({ messageId: 'backend', data: { name, hint: hint(name, logBackends) }, range, doc });
          }
        } else if (!ctx.config.resolves('log-profile', name)) {
          ctx.report({ messageId: 'profile', data: { name, hint: hint(name, candidates('log-profile')) }, range, doc });
        }
      }
    };

    /**
     * A proxy copies its defaults section's log lines, unless it has a `no log`, and resolves them
     * as its own: a defaults section's lines count when a proxy keeps them.
     */
    const kept = new Map<SectionNode, boolean>();
    const inherited = (node: SectionNode): boolean => {
      let v = kept.get(node);
      if (v === undefined) kept.set(node, (v = ctx.config.realProxies.some((p: Proxy) => p.defaults === node && !p.statements.some((s) => s.keyword === 'log' && s.modifier === 'no'))));
      return v;
    };

    return {
      log(st, where) {
        if (st.modifier !== undefined || !where.node) return;
        // Most lines (`log global`, an address) name nothing looked up at start-up.
        const names = logLineNames(st.args, ctx.version);
        if (names.length > 0) pending.push({ names, node: where.node });
      },
      'config:exit'() {
        for (const { names, node } of pending) if (node.keyword !== 'defaults' || inherited(node)) check(names, node.doc);
      },
    };
  },
});
