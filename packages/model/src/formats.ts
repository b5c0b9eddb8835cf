/**
 * The words HAProxy reads as log-format strings (`%ci`, `%[src]`) in rule actions, health-check
 * rules and `http-error`, by the parser functions of http_act.c, http_rules.c, http_htx.c
 * (http-reply), vars.c, tcpcheck.c. Proxy-level formats (`log-format`, `unique-id-format`…) are
 * typed statements of their own.
 */
import type { Statement, Word } from '@hacfg/syntax';
import { replyOptions } from './http-reply.js';

/** Rule actions: the indexes of their arguments that are formats. */
const ACTION_FORMATS: ReadonlyMap<string, readonly number[]> = new Map([
  ['set-header', [1]], ['add-header', [1]], ['early-hint', [1]],
  ['replace-header', [2]], ['replace-value', [2]],
  ['replace-path', [1]], ['replace-pathq', [1]], ['replace-uri', [1]],
  ['set-path', [0]], ['set-pathq', [0]], ['set-query', [0]], ['set-uri', [0]], ['set-method', [0]],
]);
/** Actions named with parentheses (`set-map(file)`): the same. */
const CALL_FORMATS: ReadonlyMap<string, readonly number[]> = new Map([
  ['set-var-fmt', [0]], ['add-acl', [0]], ['del-acl', [0]], ['del-map', [0]], ['set-map', [0, 1]],
]);
/** http-reply actions (`return`, `deny`, `tarpit`, `http-error`): `lf-string FMT` and `hdr NAME FMT`. */
const REPLY_ACTIONS = new Set(['return', 'deny', 'tarpit']);
/** `http-request redirect location|prefix|scheme FMT`; the proxy-level `redirect` takes plain text. */
const REDIRECT_TYPES = new Set(['location', 'prefix', 'scheme']);

/** `lf-string FMT` and `hdr NAME FMT` of a reply. */
function replyFormats(args: readonly Word[], out: Word[]): void {
  for (const o of replyOptions(args)) {
    const v = o.word.value === 'lf-string' ? o.values[0] : o.word.value === 'hdr' ? o.values[1] : undefined;
    if (v) out.push(v);
  }
}

const NONE: readonly Word[] = [];

/** The format words of a statement, in order (none for most statements). */
export function formatWordsOf(st: Statement): readonly Word[] {
  if (st.type === 'rule' && st.action) {
    const a = st.action.value;
    const open = a.indexOf('(');
    const at = open === -1 ? ACTION_FORMATS.get(a) : CALL_FORMATS.get(a.slice(0, open));
    if (at) return at.flatMap((i) => (st.actionArgs[i] ? [st.actionArgs[i]!] : []));
    const out: Word[] = [];
    if (REPLY_ACTIONS.has(a)) replyFormats(st.actionArgs, out);
    else if (a === 'redirect' && st.actionArgs[0] && REDIRECT_TYPES.has(st.actionArgs[0].value) && st.actionArgs[1]) out.push(st.actionArgs[1]);
    return out;
  }
  if (st.type === 'check-rule' && st.action) {
    const a = st.action.value;
    const args = st.actionArgs;
    if (st.keyword === 'tcp-check' && (a === 'send-lf' || a === 'send-binary-lf')) return args[0] ? [args[0]] : NONE;
    if (st.keyword === 'http-check' && a === 'send') {
      const out: Word[] = [];
      for (let i = 0; i < args.length; i++) {
        const v = args[i]!.value;
        if ((v === 'uri-lf' || v === 'body-lf') && args[i + 1]) out.push(args[++i]!);
        else if (v === 'hdr' && args[i + 2]) {
          out.push(args[i + 2]!);
          i += 2;
        } else if (v === 'meth' || v === 'uri' || v === 'ver' || v === 'body' || v === 'comment') i++;
      }
      return out;
    }
    return NONE;
  }
  if (st.type === 'directive' && st.keyword === 'http-error') {
    const out: Word[] = [];
    replyFormats(st.args, out);
    return out;
  }
  return NONE;
}
