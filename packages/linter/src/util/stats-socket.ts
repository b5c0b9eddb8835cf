/** A global `stats socket <address> [bind options…]` line, which HAProxy reads as a bind line (cli.c). */
import { bindParams, type Param, type Statement } from '@hacfg/syntax';
import type { Where } from '../types.js';

/** The line's bind options (after its address), or undefined when the statement is no global `stats socket` line. */
export function statsSocketParams(st: Statement, where: Where): Param[] | undefined {
  if (where.node?.keyword !== 'global' || st.keyword !== 'stats' || st.modifier !== undefined || st.args[0]?.value !== 'socket') return undefined;
  return bindParams(st.args.slice(2));
}
