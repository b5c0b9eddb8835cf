/** Limits of a default HAProxy build (MAX_THREADS, MAX_TGROUPS in defaults.h), per release. */
import { compareVersions, type HaproxyVersion } from './versions.js';

export interface BuildLimits {
  /** Threads a process may run (`nbthread`, `shards`, absolute thread numbers). */
  readonly maxThreads: number;
  /** Thread groups (`thread-groups`, `<group>/` in thread sets); 1 before groups came (2.7). */
  readonly maxTgroups: number;
}

/** 64 threads until 2.6; thread groups from 2.7 (16 of them, 4×64 threads); 32 groups and 16×64 threads from 3.2. */
export function buildLimits(version: HaproxyVersion): BuildLimits {
  if (compareVersions(version, '3.2') >= 0) return { maxThreads: 1024, maxTgroups: 32 };
  if (compareVersions(version, '2.7') >= 0) return { maxThreads: 256, maxTgroups: 16 };
  return { maxThreads: 64, maxTgroups: 1 };
}
