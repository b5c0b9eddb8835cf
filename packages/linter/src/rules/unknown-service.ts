import { LUA_SERVICE_PREFIX, SERVICES, service } from '@hacfg/catalog';
import { defineRule } from '../define-rule.js';
import { hint } from '../util/did-you-mean.js';

export default defineRule({
  id: 'unknown-service',
  meta: {
    description: "Disallow 'use-service' names HAProxy does not know: a built-in service, or a 'lua.' service when the configuration loads Lua",
    severity: 'error',
    category: 'vocabulary',
    fixable: false,
    messages: {
      unknown: "unknown service '{{name}}': HAProxy has 'prometheus-exporter', and the 'lua.<name>' services that scripts loaded with 'lua-load' register{{hint}}",
      noLua: "service '{{name}}' is registered by a Lua script, and this configuration loads none: add its 'lua-load' line to the global section",
    },
  },
  create: (ctx) => ({
    rule(st) {
      if (st.action?.value !== 'use-service') return;
      const w = st.actionArgs[0];
      if (!w || !w.plain) return;
      const name = w.value;
      if (service(name)) return;
      if (name.startsWith(LUA_SERVICE_PREFIX)) {
        // The script's names are not known here: any lua. service passes once Lua is loaded.
        if (ctx.config.globalLines('lua-load').length > 0 || ctx.config.globalLines('lua-load-per-thread').length > 0) return;
        ctx.report({ messageId: 'noLua', data: { name }, range: w });
        return;
      }
      ctx.report({ messageId: 'unknown', data: { name, hint: hint(name, SERVICES.map((s) => s.name)) }, range: w });
    },
  }),
});
