/** `stick-table … expire <time>`: read by HAProxy's time parser outside the keyword's argument list. */
import { checkTime, type ArgProblem } from '@hacfg/catalog';
import type { Statement, Word } from '@hacfg/syntax';

export function stickTableExpire(st: Statement): { word: Word; problem: ArgProblem } | undefined {
  if (st.keyword !== 'stick-table' || st.modifier) return undefined;
  const i = st.args.findIndex((w) => w.value === 'expire');
  const word = i >= 0 ? st.args[i + 1] : undefined;
  if (!word || word.value.includes('$')) return undefined;
  const problem = checkTime(word.value, { type: 'time', unit: 'ms' });
  return problem && { word, problem };
}
