import rule from '../../src/rules/unknown-service.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend stats', '    mode http', '    bind :8405', '    http-request use-service prometheus-exporter if { path /metrics }') },
    {
      name: "a Lua service once a script is loaded (its names are the script's)",
      code: cfg('global', '    lua-load /etc/haproxy/hello.lua', 'frontend f', '    bind :80', '    tcp-request content use-service lua.hello'),
    },
    { code: cfg('global', '    lua-load-per-thread /etc/haproxy/hello.lua', 'frontend f', '    mode http', '    bind :80', '    http-request use-service lua.hello') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '    mode http', '    bind :80', '    http-request use-service prometheus-exportr if { path /metrics }'),
      errors: [
        {
          messageId: 'unknown',
          message: "unknown service 'prometheus-exportr': HAProxy has 'prometheus-exporter', and the 'lua.<name>' services that scripts loaded with 'lua-load' register; did you mean 'prometheus-exporter' maybe ?",
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 48,
        },
      ],
    },
    {
      code: cfg('frontend f', '    bind :80', '    tcp-request content use-service lua.deny'),
      errors: [
        {
          messageId: 'noLua',
          message: "service 'lua.deny' is registered by a Lua script, and this configuration loads none: add its 'lua-load' line to the global section",
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
  ],
});
