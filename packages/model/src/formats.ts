/**
 * The words HAProxy reads as log-format strings (`%ci`, `%[src]`) in rule actions, health-check
 * rules, `http-error` and `use_backend`/`use-server` names, by the parser functions of http_act.c,
 * http_rules.c, http_htx.c (http-reply), vars.c, tcpcheck.c and cfgparse.c (a switching rule's
 * name is compiled as a format when the configuration is checked), and log.c (a log-profile
 * section's `on STEP format|sd FMT`). Proxy-level formats (`log-format`, `unique-id-format`…) are
 * typed statements of their own.
 */
import type { Statement, Word } from '@hacfg/syntax';
import { expectWords } from './check-expect.js';
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
    if (a === 'expect') return expectWords(args).formats;
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
  // use_backend/use-server only (default_backend takes a plain name); without a '%' the name is one text part.
  if (st.type === 'backend-rule') return st.dynamic && st.target ? [st.target] : NONE;
  if (st.type === 'directive' && st.keyword === 'on') return logProfileStep(st.args).formats;
  if (st.type === 'directive' && st.keyword === 'http-error') {
    const out: Word[] = [];
    replyFormats(st.args, out);
    return out;
  }
  return NONE;
}

/** The log steps of a log-profile `on` line (3.1+): log.c's own, then those other modules register (log_orig_register()). */
export const LOG_PROFILE_STEPS: readonly string[] = [
  'accept', 'request', 'connect', 'response', 'close', 'error', 'any',
  'http-req', 'http-res', 'http-after-res', 'quic-init', 'tcp-req-conn', 'tcp-req-sess', 'tcp-req-cont', 'tcp-res-cont',
];

export interface LogProfileStep {
  readonly step: Word | undefined;
  /** `drop`, `format` and `sd` words, in order, until a word cfg_parse_log_profile() refuses. */
  readonly actions: readonly Word[];
  /** The format strings of `format` and `sd`. */
  readonly formats: readonly Word[];
  /** The first word that is no action, or an action without its string. */
  readonly refused: Word | undefined;
}

/** `on STEP [drop] [format FMT] [sd FMT]` as cfg_parse_log_profile() reads it. */
export function logProfileStep(args: readonly Word[]): LogProfileStep {
  const actions: Word[] = [];
  const formats: Word[] = [];
  let refused: Word | undefined;
  for (let i = 1; i < args.length; i++) {
    const w = args[i]!;
    if (w.value === 'drop') actions.push(w);
    else if ((w.value === 'format' || w.value === 'sd') && args[i + 1] && args[i + 1]!.value !== '') {
      actions.push(w);
      formats.push(args[++i]!);
    } else {
      refused = w;
      break;
    }
  }
  return { step: args[0], actions, formats, refused };
}
