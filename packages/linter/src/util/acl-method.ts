/** The match method an ACL's patterns are read with. */
import { aclCriterion, defaultMatchFor, type HaproxyVersion } from '@hacfg/catalog';
import type { AclBody } from '@hacfg/syntax';

/**
 * The last `-m` (each one replaces the parser), else the one the criterion implies: a derivative's
 * own (`hdr_ip` is ip) or the default for the fetch's output type (`src` is ip). Undefined when
 * unknown, or when converters change the type (left to HAProxy).
 */
export function aclMatchMethod(acl: AclBody, version: HaproxyVersion): string | undefined {
  const c = acl.criterion;
  if (!c || c.error) return undefined;
  let method: string | undefined;
  for (const f of acl.flags) if (f.flag.value === '-m') method = f.arg?.value;
  if (method !== undefined) return method;
  const crit = aclCriterion(c.fetch.name, version);
  if (!crit || c.converters.length > 0) return undefined;
  return crit.kind === 'derivative' ? crit.match : crit.fetch.type !== undefined ? defaultMatchFor(crit.fetch.type) : undefined;
}
