/**
 * A `log TARGET [len N] [format F] [sample RANGES:SIZE] [profile P] FACILITY [LEVEL [MINLEVEL]]`
 * line as parse_logger() (log.c) reads it: each option at most once and in this order, `profile`
 * from 3.1; the first other word is the facility.
 */
import { compareVersions, type HaproxyVersion } from '@hacfg/catalog';
import type { Word } from '@hacfg/syntax';

const ORDER = ['len', 'format', 'sample', 'profile'] as const;
export type LogLineOption = (typeof ORDER)[number];

export interface LogLineWords {
  /** Each option present, with its value (undefined when the line ends after the option's name). */
  readonly options: ReadonlyMap<LogLineOption, Word | undefined>;
  /** The index in `args` of the facility (may be past the end). */
  readonly facility: number;
}

/** `args`: the words after `log`; `args[0]` is the target. */
export function logLineWords(args: readonly Word[], version: HaproxyVersion): LogLineWords {
  const options = new Map<LogLineOption, Word | undefined>();
  let i = 1;
  for (const name of ORDER) {
    if (name === 'profile' && compareVersions(version, '3.1') < 0) break;
    if (args[i]?.value !== name) continue;
    options.set(name, args[i + 1]);
    i += 2;
  }
  return { options, facility: i };
}

/** A name a `log` line makes HAProxy look up: its `ring@`/`backend@` target or its `profile`. */
export interface LogLineName {
  readonly kind: 'ring' | 'backend' | 'log-profile';
  readonly word: Word;
  /** Characters of the word before the name (`ring@`, `backend@`). */
  readonly skip: number;
}

/** The names a `log` line's words refer to (`args`: the words after `log`); a log backend from 2.9, a profile from 3.1. */
export function logLineNames(args: readonly Word[], version: HaproxyVersion): LogLineName[] {
  const t = args[0];
  if (!t || t.value === 'global') return [];
  const out: LogLineName[] = [];
  if (t.value.startsWith('ring@')) out.push({ kind: 'ring', word: t, skip: 5 });
  else if (t.value.startsWith('backend@') && compareVersions(version, '2.9') >= 0) out.push({ kind: 'backend', word: t, skip: 8 });
  const profile = logLineWords(args, version).options.get('profile');
  if (profile) out.push({ kind: 'log-profile', word: profile, skip: 0 });
  return out;
}
