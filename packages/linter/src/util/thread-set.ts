/**
 * The thread and process sets of `bind … thread` / `bind … process`, read as each HAProxy release
 * reads them: parse_process_number() (cfgparse.c) up to 2.7, parse_thread_set() (thread.c) from 2.8.
 * Limits are the build defaults (MAX_TGROUPS, MAX_THREADS_PER_GROUP, MAX_THREADS in defaults.h);
 * whether a thread exists on the machine (nbthread) is not known here and not checked.
 */
import { buildLimits, type HaproxyVersion } from '@hacfg/catalog';
import { versionLE } from './vocab.js';

const PER_GROUP = 64;

interface Limits {
  readonly groups: number;
  /** Highest absolute thread number. */
  readonly threads: number;
}

function limits(version: HaproxyVersion): Limits {
  const build = buildLimits(version);
  // 2.7 has thread groups but parses the set with LONGBITS as the bound, as before.
  return { groups: build.maxTgroups, threads: versionLE('2.8', version) ? build.maxThreads : PER_GROUP };
}

/** C's str2uic(): the leading digits, 0 when there are none. */
const leadingNumber = (s: string): number => {
  const m = /^\d+/.exec(s);
  return m ? Number(m[0]) : 0;
};

/** parse_process_number() without `auto:`: `all`, `odd`, `even`, N, N-M, N- (to the max). */
export function processNumberProblem(arg: string, max: number): string | undefined {
  if (arg === 'all' || arg === 'odd' || arg === 'even') return undefined;
  const dash = arg.indexOf('-');
  if (!/^[\d-]*$/.test(arg) || (dash >= 0 && arg.indexOf('-', dash + 1) >= 0)) return `'${arg}' is not a number, a range N-M, 'all', 'odd' or 'even'`;
  let low = leadingNumber(arg);
  let high = dash < 0 ? low : dash === arg.length - 1 ? max : leadingNumber(arg.slice(dash + 1));
  if (high < low) [low, high] = [high, low];
  return low < 1 || low > max || high > max ? `'${arg}' is outside 1..${max}` : undefined;
}

/** A `thread` value up to 2.7: an optional `<group>/` read by strtol(), then one process-style set. */
function legacyThreadProblem(arg: string, lim: Limits): { problem?: string; group: number } {
  const m = /^[ \t\n\v\f\r]*[+-]?\d+/.exec(arg);
  const end = m ? m[0].length : 0;
  if (arg[end] !== '/') return { problem: processNumberProblem(arg, lim.threads), group: 0 };
  const group = m ? Number(m[0]) : 0;
  if (group < 1 || group > lim.groups) return { problem: `the thread group must be between 1 and ${lim.groups}`, group };
  return { problem: processNumberProblem(arg.slice(end + 1), lim.threads), group };
}

/** parse_thread_set() from 2.8: comma-separated sets, either all absolute or all `<group>/<set>`. */
function threadSetProblem(arg: string, lim: Limits): string | undefined {
  const rel = /^\d*\//.test(arg);
  let i = 0;
  let group = 0;
  const digitsEnd = (from: number): number => {
    let j = from;
    while (j < arg.length && arg.charCodeAt(j) >= 48 && arg.charCodeAt(j) <= 57) j++;
    return j;
  };
  while (i < arg.length) {
    let sep = digitsEnd(i);
    const c = arg[sep];
    if (sep !== i && c !== undefined && c !== '/' && c !== '-' && c !== ',') return `unexpected '${c}' in '${arg.slice(i)}'`;
    const v = sep !== i ? Number(arg.slice(i, sep)) : 0;
    if (group || !rel) {
      if (c === '/') return group ? `a second thread group in '${arg.slice(i)}'` : `a group-relative set ('${arg.slice(i)}') after absolute ones`;
    } else {
      if (sep === i && c === '/') return `a thread group number is expected before '${arg.slice(i)}'`;
      if (c !== '/') return `an absolute set ('${arg.slice(i)}') after group-relative ones`;
      if (v < 1 || v > lim.groups) return `the thread group must be between 1 and ${lim.groups}`;
      group = v;
      i = sep + 1;
      continue;
    }
    const top = rel ? PER_GROUP : lim.threads;
    if (i < arg.length) {
      // A word (all/odd/even) runs to the next delimiter.
      while (sep < arg.length && arg[sep] !== '-' && arg[sep] !== ',') sep++;
      const word = arg.slice(i, sep);
      const special = word === 'all' || word === 'odd' || word === 'even';
      // An empty first thread (`-4`, `1,,2`) is thread 1.
      const first = special || word === '' ? 1 : v;
      if (first < 1 || first > top) return `the first thread of '${arg.slice(i)}' must be between 1 and ${top}, or 'all', 'odd', 'even'`;
      if (arg[sep] === '-') {
        if (special) return `no range may follow '${word}'`;
        const from = sep + 1;
        sep = digitsEnd(from);
        const last = sep === from ? (sep < arg.length && arg[sep] !== ',' ? 0 : top) : Number(arg.slice(from, sep));
        if (last < 1 || last > top) return `the last thread of '${arg.slice(i)}' must be between 1 and ${top}`;
      }
      if (sep < arg.length && arg[sep] !== ',') return `unexpected '${arg[sep]}' after '${arg.slice(i, sep)}'`;
    }
    i = sep < arg.length ? sep + 1 : sep;
    group = 0;
  }
  return undefined;
}

/**
 * What is wrong with the `thread` values of one bind line, per value (undefined when fine): up to
 * 2.7 every `thread` of a line must name the same group.
 */
export function bindThreadProblems(values: readonly string[], version: HaproxyVersion): (string | undefined)[] {
  const lim = limits(version);
  if (versionLE('2.8', version)) return values.map((v) => threadSetProblem(v, lim));
  let group: number | undefined;
  return values.map((v) => {
    const r = legacyThreadProblem(v, lim);
    if (r.problem) return r.problem;
    if (group !== undefined && group !== r.group) return 'every thread set of a bind line must be in the same thread group';
    group = r.group;
    return undefined;
  });
}

/** `process <procs>[/<threads>]` (until 2.6): processes up to 64 in 2.4, only 1 once nbproc is gone (2.5). */
export function bindProcessProblem(value: string, version: HaproxyVersion): string | undefined {
  const slash = value.indexOf('/');
  const procs = slash < 0 ? value : value.slice(0, slash);
  return processNumberProblem(procs, versionLE('2.5', version) ? 1 : 64) ?? (slash < 0 ? undefined : processNumberProblem(value.slice(slash + 1), PER_GROUP));
}
