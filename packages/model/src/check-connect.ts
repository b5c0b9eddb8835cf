/**
 * The words of an `http-check connect` / `tcp-check connect` rule as parse_tcpcheck_connect()
 * (tcpcheck.c, unchanged from 2.4 to 3.4) reads them: flags and options taking one value. The
 * linter's invalid-check-rule checks the grammar; this reader says what a readable rule sets.
 */
import { expandsEnv, type Word } from '@hacfg/syntax';

export const CONNECT_FLAGS: ReadonlySet<string> = new Set(['default', 'send-proxy', 'via-socks4', 'linger', 'ssl']);
export const CONNECT_VALUED: ReadonlySet<string> = new Set(['addr', 'port', 'proto', 'comment', 'sni', 'alpn']);

export interface ConnectWords {
  /** The value of the last `port` option. */
  readonly port: Word | undefined;
  /** The `ssl` flag: the check connects with TLS (and the proxy's servers get a TLS context). */
  readonly ssl: boolean;
}

/** The options of a connect rule's arguments (those after `connect`); reading stops at a word HAProxy would refuse. */
export function connectWords(args: readonly Word[]): ConnectWords {
  let port: Word | undefined;
  let ssl = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (CONNECT_FLAGS.has(w.value)) {
      ssl ||= w.value === 'ssl';
      continue;
    }
    if (!CONNECT_VALUED.has(w.value)) break;
    const v = args[++i];
    if (!v || v.value === '') break;
    if (w.value === 'port') port = v;
  }
  return { port, ssl };
}

/**
 * The `port` value when HAProxy compiles it as a sample expression: read_uint() must stop before
 * its end (`1x`, `src_port`, an unquoted `${PORT}`, which no parser expands there). A value with a
 * quoted environment reference is left out: its text is only known once expanded.
 */
export function connectPortExpr(args: readonly Word[]): Word | undefined {
  const { port } = connectWords(args);
  return !port || /^\d+$/.test(port.value) || expandsEnv(port) ? undefined : port;
}
