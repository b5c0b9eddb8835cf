import { argFacts, compareVersions, enumValues, PROXY_MODE_SIDE, type HaproxyVersion } from '@hacfg/catalog';
import { argRule } from '../util/arg-rule.js';

/** The modes `version` knows (the catalog's enum for `mode`). */
function knownModes(version: HaproxyVersion): readonly string[] {
  const t = argFacts('proxy', 'mode')?.args?.[0];
  return t?.type === 'enum' ? enumValues(t, version, compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number) : [];
}

export default argRule('invalid-mode', 'enum', {
  description: "Disallow a proxy 'mode' the target HAProxy does not know, or one the proxy cannot take (log and spop need a backend side, haterm a frontend side)",
  severity: 'error',
  category: 'vocabulary',
  fixable: false,
  messages: {
    enum: "unknown proxy mode '{{value}}': expected one of {{allowed}}",
    side: "mode '{{value}}' only works in a proxy with a {{side}} side: HAProxy refuses it in {{kind}} '{{name}}'",
  },
}, {
  filter: (i) => i.name === 'mode',
  statement: (ctx) => {
    const known = knownModes(ctx.version);
    return (st, where) => {
      const p = where.proxy;
      if (st.type !== 'mode' || !st.value || !p || p.kind === 'defaults' || !known.includes(st.value.value)) return;
      const side = PROXY_MODE_SIDE.get(st.value.value);
      if (side && !(side === 'backend' ? p.isBackend : p.isFrontend)) {
        ctx.report({ messageId: 'side', data: { value: st.value.value, side, kind: p.kind, name: p.name ?? '' }, range: st.value });
      }
    };
  },
});
