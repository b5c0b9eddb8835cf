import rule from '../../src/rules/log-format-without-target.js';
import { cfg, ruleTester } from '../rule-tester.js';

const timeouts = ['  timeout connect 1s', '  timeout client 1s', '  timeout server 1s'];

ruleTester(rule, {
  valid: [
    { code: cfg('global', '  log 127.0.0.1 local0', 'defaults', '  mode http', '  log global', '  option httplog', ...timeouts, 'frontend f', '  bind :80') },
    { name: 'a log target of its own', code: cfg('frontend f', '  mode http', '  bind :80', '  log stdout format raw local0', '  option httplog') },
    { name: 'no format', code: cfg('frontend f', '  mode http', '  bind :80') },
    { name: 'backends have no log format to ignore', code: cfg('defaults', '  mode http', '  option httplog', 'backend b', '  server s 10.0.0.1:80') },
    { name: 'a disabled frontend is not checked', code: cfg('frontend f', '  mode http', '  bind :80', '  disabled', '  option httplog') },
    { name: 'the format dropped again', code: cfg('defaults', '  mode tcp', '  option tcplog', 'frontend f', '  bind :80', '  no option tcplog') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  mode http', '  bind :80', '  log-format "%ci:%cp"'),
      errors: [{ messageId: 'own', message: "frontend 'f' sets a log format but has no log target, so HAProxy ignores it and logs nothing: add a 'log' line (or 'log global' with a 'log' line in the global section)", line: 4, column: 3, endLine: 4, endColumn: 23 }],
    },
    {
      name: 'inherited from defaults, reported at the proxy name',
      code: cfg('defaults', '  mode http', '  option httplog', ...timeouts, 'listen l', '  bind :80', '  server s 10.0.0.1:80'),
      errors: [{ messageId: 'inherited', line: 7, column: 8, endLine: 7, endColumn: 9 }],
    },
    {
      // HAProxy copies the global targets when it reads `log global`: a global section below comes too late.
      name: "'log global' above the global section",
      code: cfg('defaults', '  mode http', '  log global', '  option httplog', ...timeouts, 'global', '  log 127.0.0.1 local2', 'frontend f', '  bind :80'),
      errors: [{ messageId: 'inherited', line: 10, column: 10, endLine: 10, endColumn: 11 }],
    },
    {
      name: "'no log' drops the inherited targets",
      code: cfg('defaults', '  mode http', '  log 127.0.0.1 local0', '  option httplog', ...timeouts, 'frontend f', '  bind :80', '  no log'),
      errors: [{ messageId: 'inherited', line: 8, column: 10, endLine: 8, endColumn: 11 }],
    },
  ],
});
