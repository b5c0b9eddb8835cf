import { isIPv4 } from 'node:net';
import { atol, buildLimits, type HaproxyVersion } from '@hacfg/catalog';
import type { Param, Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { versionLE } from '../util/vocab.js';
import { isIPv6Address, isMask4, isPrefixLength } from '../util/ip.js';
import { statsSocketParams } from '../util/stats-socket.js';
import { bindProcessProblem, bindThreadProblems, processNumberProblem } from '../util/thread-set.js';

// Server and bind options whose value has its own syntax (server.c, cfgparse-tcp.c, cfgparse-unix.c,
// listener.c; unchanged from 2.4 to 3.4).
const PROXY_V2_OPTIONS = new Set(['ssl', 'cert-cn', 'cert-key', 'cert-sig', 'ssl-cipher', 'authority', 'crc32c', 'unique-id']);
const RESOLVE_OPTS = new Set(['allow-dup-ip', 'ignore-weight', 'prevent-dup-ip']);
/**
 * `log-steps` (3.1+): `all` or comma-separated steps: the five of a transaction and the origins the
 * log actions register (log.c; `quic-init` only in QUIC builds, accepted here).
 */
const LOG_STEPS = new Set(['accept', 'request', 'connect', 'response', 'close', 'http-req', 'http-res', 'http-after-res', 'tcp-req-conn', 'tcp-req-sess', 'tcp-req-cont', 'tcp-res-cont', 'quic-init']);
/** The global `unix-bind` line: option and value pairs (cfgparse-global.c; values are read leniently). */
const UNIX_BIND_OPTIONS = new Set(['prefix', 'mode', 'uid', 'gid', 'user', 'group']);

/**
 * A `resolve-net` network as str2net()/str62net() read it, without name resolution: an IPv4 address
 * with an optional mask (str2mask), or an IPv6 address with an optional prefix length.
 */
function isNetwork(text: string): boolean {
  const [addr = '', mask, ...more] = text.split('/');
  if (more.length > 0) return false;
  if (isIPv4(addr)) return mask === undefined || isMask4(mask);
  if (isIPv6Address(addr)) return mask === undefined || isPrefixLength(mask, 128);
  return false;
}

/** What is wrong with the value, in words, or undefined. */
function problem(kind: 'server' | 'bind', name: string, value: string, version: HaproxyVersion): string | undefined {
  if (kind === 'server') {
    if (name === 'proxy-v2-options') {
      const bad = value.split(',').find((o) => !PROXY_V2_OPTIONS.has(o));
      return bad === undefined ? undefined : `'${bad}' is not a PROXY v2 option (${[...PROXY_V2_OPTIONS].join(', ')})`;
    }
    if (name === 'resolve-opts') {
      const bad = value.split(',').find((o) => !RESOLVE_OPTS.has(o));
      return bad === undefined ? undefined : `'${bad}' is not a resolve option (${[...RESOLVE_OPTS].join(', ')})`;
    }
    if (name === 'resolve-net') {
      // A trailing comma ends the list.
      const bad = value.replace(/,$/, '').split(',').find((n) => !isNetwork(n));
      return bad === undefined ? undefined : `'${bad}' is not an IPv4 or IPv6 network (address, optionally /mask)`;
    }
    return undefined;
  }
  switch (name) {
    case 'mode':
      return /^[-+]?[0-7]+$/.test(value) ? undefined : 'the mode is an octal number, such as 600';
    case 'mss': {
      // Read with atoi(): `1k` is 1.
      const n = Math.abs(atol(value));
      return n >= 1 && n <= 65535 ? undefined : 'the MSS is a number whose absolute value is between 1 and 65535';
    }
    case 'shards': {
      // Up to MAX_THREADS of the release's default build; `by-group` from 2.8.
      const byGroup = versionLE('2.8', version);
      if (value === 'by-thread' || (byGroup && value === 'by-group')) return undefined;
      const max = buildLimits(version).maxThreads;
      const n = atol(value);
      return n >= 1 && n <= max ? undefined : `shards are a number from 1 to ${max}, or 'by-thread'${byGroup ? " or 'by-group'" : ''}`;
    }
    case 'accept-netscaler-cip':
      return atol(value) !== 0 ? undefined : 'the NetScaler magic number cannot be 0';
    case 'process':
      return bindProcessProblem(value, version);
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'invalid-option-value',
  meta: {
    description: "Disallow server and bind option values HAProxy cannot read: PROXY v2 and resolve option lists, resolve-net networks, socket modes, MSS, shards, thread and process sets (and a proxy's 'bind-process' until 2.6), 'log-steps' names, 'unix-bind' options (bind options of a global 'stats socket' included)",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      invalid: "'{{name}} {{value}}': {{problem}}",
      unixBind: "'unix-bind' does not know '{{value}}' (prefix, mode, uid, gid, user, group)",
    },
  },
  create: (ctx) => {
    const check = (kind: 'server' | 'bind', params: readonly Param[]): void => {
      for (const p of params) {
        const v = p.value;
        if (!v || v.value === '' || v.value.includes('$')) continue;
        const why = problem(kind, p.name.value, v.value, ctx.version);
        if (why) ctx.report({ messageId: 'invalid', data: { name: p.name.value, value: v.value, problem: why }, range: v });
      }
    };
    // `bind-process` and the global `stats bind-process` (until 2.6): process sets up to the first `all`; only process 1 exists from 2.5.
    const processSets = (name: string, words: readonly Word[]): void => {
      if (versionLE('2.7', ctx.version)) return;
      for (const w of words) {
        if (w.value === 'all' || w.value.includes('$')) return;
        const why = processNumberProblem(w.value, versionLE('2.5', ctx.version) ? 1 : 64);
        if (why) return ctx.report({ messageId: 'invalid', data: { name, value: w.value, problem: why }, range: w });
      }
    };
    return {
      server(st) {
        check('server', st.params);
      },
      bind(st) {
        check('bind', st.params);
        // Thread sets are judged per line: up to 2.7 all of a line's sets name one group.
        const threads = st.params.filter((p) => p.name.value === 'thread' && p.value && !p.value.value.includes('$'));
        if (threads.length > 0) {
          bindThreadProblems(threads.map((p) => p.value!.value), ctx.version).forEach((why, i) => {
            const v = threads[i]!.value!;
            if (why) ctx.report({ messageId: 'invalid', data: { name: 'thread', value: v.value, problem: why }, range: v });
          });
        }
      },
      // `stats socket <address>` in the global section takes bind options after its address.
      'keyword:stats'(st, where) {
        const params = statsSocketParams(st, where);
        if (params) check('bind', params);
        if (where.node?.keyword === 'global' && st.modifier === undefined && st.args[0]?.value === 'bind-process') processSets('stats bind-process', st.args.slice(1));
      },
      'keyword:bind-process'(st, where) {
        if (where.proxy && st.modifier === undefined) processSets('bind-process', st.args);
      },
      // Read only where the proxy has a frontend side (a backend ignores the line), and only its first word.
      'keyword:log-steps'(st, where) {
        const w = st.args[0];
        if (!where.proxy || where.node?.keyword === 'backend' || st.modifier !== undefined || !w || w.value === 'all' || w.value.includes('$') || versionLE(ctx.version, '3.0')) return;
        const steps = w.value.split(',');
        if (steps.at(-1) === '') steps.pop();
        const bad = steps.find((x) => !LOG_STEPS.has(x));
        if (bad !== undefined) ctx.report({ messageId: 'invalid', data: { name: 'log-steps', value: w.value, problem: `'${bad}' is not a logging step (all, or a list of ${[...LOG_STEPS].join(', ')})` }, range: w });
      },
      'keyword:unix-bind'(st, where) {
        if (where.node?.keyword !== 'global' || st.modifier !== undefined) return;
        for (let i = 0; i < st.args.length; i += 2) {
          const w = st.args[i]!;
          if (!UNIX_BIND_OPTIONS.has(w.value) && !w.value.includes('$')) return ctx.report({ messageId: 'unixBind', data: { value: w.value }, range: w });
        }
      },
    };
  },
});
