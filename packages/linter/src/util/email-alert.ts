/** Email alert settings as HAProxy sees them for a proxy: copied from its defaults, then its own lines. */
import type { Proxy } from '@hacfg/model';

/** What HAProxy needs before it sends any alert; with one missing it ignores them all. */
export const EMAIL_ALERT_REQUIRED = ['from', 'mailers', 'to'] as const;

/** The `email-alert` sub-keywords set for the proxy, own or inherited. */
export function emailAlertSettings(p: Proxy): Set<string> {
  const set = new Set<string>();
  for (let q: Proxy | undefined = p; q; q = q.defaults) for (const st of q.statements) if (st.keyword === 'email-alert' && st.args[0] && st.modifier === undefined) set.add(st.args[0].value);
  return set;
}

/** The required settings the proxy lacks (empty: alerts are on, or none is set at all). */
export function missingEmailAlertSettings(p: Proxy): string[] {
  const set = emailAlertSettings(p);
  return set.size === 0 ? [] : EMAIL_ALERT_REQUIRED.filter((r) => !set.has(r));
}
