/**
 * Experimental directives: HAProxy refuses them unless `expose-experimental-directives` was read
 * first in the global section. The reference marks global keywords and bind/server options; the
 * keyword tables in HAProxy's sources (KWF_EXPERIMENTAL, v2.4.0 … v3.4.0) add the ones below.
 */
import { compareVersions, type HaproxyVersion } from './versions.js';
import { atVersion } from './resolve.js';
import { bindOption, serverOption } from './options.js';
import { globalKeyword } from './keywords.js';

interface Span {
  readonly since: HaproxyVersion;
  readonly until?: HaproxyVersion;
}

/** Actions flagged experimental in HAProxy's keyword tables, by name. */
const ACTIONS: Readonly<Record<string, Span>> = { 'normalize-uri': { since: '2.4' } };
/** Global keywords flagged there that the reference does not mark. */
const GLOBALS: Readonly<Record<string, Span>> = { trace: { since: '2.7', until: '3.1' }, 'force-cfg-parser-pause': { since: '3.1' } };

const within = (s: Span | undefined, v: HaproxyVersion): boolean => s !== undefined && compareVersions(v, s.since) >= 0 && (s.until === undefined || compareVersions(v, s.until) < 0);

export type ExperimentalKind = 'global' | 'action' | 'bind' | 'server';

/** Whether a directive of that kind and name is experimental in `version`. */
export function isExperimental(kind: ExperimentalKind, name: string, version: HaproxyVersion): boolean {
  switch (kind) {
    case 'action':
      return within(ACTIONS[name], version);
    case 'global': {
      if (within(GLOBALS[name], version)) return true;
      const e = globalKeyword(name, version);
      return e !== undefined && e.kind === 'global' && atVersion(e, version).experimental === true;
    }
    case 'bind': {
      const e = bindOption(name, version);
      return e !== undefined && atVersion(e, version).experimental === true;
    }
    case 'server': {
      const e = serverOption(name, version);
      return e !== undefined && atVersion(e, version).experimental === true;
    }
  }
}
