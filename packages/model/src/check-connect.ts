/**
 * The words of an `http-check connect` / `tcp-check connect` rule as parse_tcpcheck_connect()
 * (tcpcheck.c, unchanged from 2.4 to 3.4) reads them: flags and options taking one value. The
 * linter's invalid-check-rule checks the grammar; this reader finds the `port` expression.
 */
import type { Word } from '@hacfg/syntax';

export const CONNECT_FLAGS: ReadonlySet<string> = new Set(['default', 'send-proxy', 'via-socks4', 'linger', 'ssl']);
export const CONNECT_VALUED: ReadonlySet<string> = new Set(['addr', 'port', 'proto', 'comment', 'sni', 'alpn']);

/**
 * The value of the last `port` option when HAProxy compiles it as a sample expression: read_uint()
 * must stop before its end (`1x`, `src_port`, an unquoted `${PORT}`, which no parser expands
 * there). Reading stops at a word HAProxy would refuse. A value with a quoted environment
 * reference is left out: its text is only known once expanded.
 */
export function connectPortExpr(args: readonly Word[]): Word | undefined {
  let port: Word | undefined;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (CONNECT_FLAGS.has(w.value)) continue;
    if (!CONNECT_VALUED.has(w.value)) break;
    const v = args[++i];
    if (!v || v.value === '') break;
    if (w.value === 'port') port = v;
  }
  if (!port || /^\d+$/.test(port.value)) return undefined;
  const quotedEnv = !port.plain && port.pieces.some((p) => p.kind === 'dquote' && p.parts.some((q) => q.kind === 'env'));
  return quotedEnv ? undefined : port;
}
