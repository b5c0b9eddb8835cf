import { compareVersions } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { parsedArgs, usesEnv } from '../util/env.js';

/** Bits of a thread/group mask (LONGBITS on 64-bit builds) and CPUs of a cpu set (glibc's CPU_SETSIZE). */
const LONGBITS = 64;
const CPU_SETSIZE = 1024;

/** Leading digits as str2uic() reads them. */
const leadingUint = (s: string): number => Number(/^\d*/.exec(s)![0] || '0');

/** parse_process_number(): the number of bits set, or undefined when HAProxy refuses the word. */
function maskSize(arg: string): number | undefined {
  if (arg === 'all') return LONGBITS;
  if (arg === 'odd' || arg === 'even') return LONGBITS / 2;
  const dash = arg.indexOf('-');
  if (!/^[0-9]*-?[0-9]*$/.test(arg)) return undefined;
  let low = leadingUint(arg);
  let high = dash < 0 ? low : arg.length === dash + 1 ? LONGBITS : leadingUint(arg.slice(dash + 1));
  if (high < low) [low, high] = [high, low];
  if (low < 1 || low > LONGBITS || high > LONGBITS) return undefined;
  return high - low + 1;
}

/** parse_cpu_set() on words without commas: the CPU count, or the word HAProxy refuses and why. */
function cpuCount(words: readonly Word[]): { count: number } | { word: Word; why: 'range' | 'max' } {
  const cpus = new Set<number>();
  for (const w of words) {
    if (!/^\d/.test(w.value)) return { word: w, why: 'range' };
    let low = leadingUint(w.value);
    const dash = w.value.indexOf('-');
    let high = dash < 0 ? low : w.value.length === dash + 1 ? CPU_SETSIZE - 1 : leadingUint(w.value.slice(dash + 1));
    if (high < low) [low, high] = [high, low];
    if (high >= CPU_SETSIZE) return { word: w, why: 'max' };
    for (let c = low; c <= high; c++) cpus.add(c);
  }
  return { count: cpus.size };
}

export default defineRule({
  id: 'invalid-cpu-map',
  meta: {
    description: "Disallow 'cpu-map' lines HAProxy refuses: bad thread group, thread or CPU numbers, and 'auto:' mappings whose sets differ in size",
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      mask: "'cpu-map': '{{value}}' is not a valid number or range: HAProxy takes 'all', 'odd', 'even', or numbers from 1 to 64 ('1', '1-4', '2-')",
      cpuRange: "'cpu-map': '{{value}}' is not a CPU range (CPU numbers start with a digit: '0', '0-3')",
      cpuMax: "'cpu-map': '{{value}}': CPU numbers go from 0 to 1023",
      size: "'cpu-map {{value}}': 'auto:' binds one thread per CPU, so the CPU set needs as many CPUs as the {{what}} has members ({{sizes}}, against {{cpus}} CPU(s))",
    },
  },
  create: (ctx) => ({
    'keyword:cpu-map'(st, where) {
      if (where.node?.keyword !== 'global') return;
      const args = parsedArgs(st.args, where.doc.text, ctx.env);
      if (args.length < 2 || st.args.slice(0, args.length).some(usesEnv)) return;
      const first = args[0]!;
      const auto = first.value.startsWith('auto:');
      const spec = auto ? first.value.slice(5) : first.value;
      const slash = spec.indexOf('/');
      const left = slash < 0 ? spec : spec.slice(0, slash);
      const groups = maskSize(left);
      const right = slash < 0 ? undefined : spec.slice(slash + 1);
      const threads = right === undefined ? undefined : maskSize(right);
      if (groups === undefined || (right !== undefined && threads === undefined)) {
        ctx.report({ messageId: 'mask', data: { value: groups === undefined ? left : right! }, range: first });
        return;
      }
      const cpuWords = args.slice(1);
      // Before 2.8 a comma ended a CPU word; from 2.8 it separates ranges: such lines are not counted here.
      if (cpuWords.some((w) => w.value.includes(','))) return;
      const cpus = cpuCount(cpuWords);
      if ('word' in cpus) {
        ctx.report({ messageId: cpus.why === 'range' ? 'cpuRange' : 'cpuMax', data: { value: cpus.word.value }, range: cpus.word });
        return;
      }
      // Without '/', the threads are none up to 2.9 and all of them from 3.0.
      const threadCount = threads ?? (compareVersions(ctx.version, '3.0') >= 0 ? LONGBITS : 0);
      if (!auto || groups === cpus.count || threadCount === cpus.count) return;
      const group = compareVersions(ctx.version, '2.8') >= 0 ? 'thread group' : 'process';
      const what = right === undefined ? `${group} set` : `${group} set or the thread set`;
      const sizes = right === undefined ? String(groups) : `${groups} and ${threadCount}`;
      ctx.report({ messageId: 'size', data: { value: first.value, what, sizes, cpus: cpus.count }, range: { start: first.start, end: cpuWords[cpuWords.length - 1]!.end } });
    },
  }),
});
