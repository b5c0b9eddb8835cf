import rule from '../../src/rules/proxy-protocol-mismatch.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'layers agree',
      code: cfg('frontend edge', '  mode tcp', '  bind :443', '  default_backend inner', 'backend inner', '  mode tcp', '  server l abns@inner send-proxy-v2', 'frontend app', '  mode tcp', '  bind abns@inner accept-proxy', '  default_backend b', 'backend b', '  mode tcp', '  server s 10.0.0.1:80'),
    },
    { name: 'a server elsewhere', code: cfg('frontend f', '  bind :8080', 'backend b', '  server s 10.0.0.1:8080 send-proxy') },
  ],
  invalid: [
    {
      code: cfg('frontend edge', '  mode tcp', '  bind :443', '  default_backend inner', 'backend inner', '  mode tcp', '  server l 127.0.0.1:8443 send-proxy', 'frontend app', '  mode tcp', '  bind *:8443'),
      errors: [{ messageId: 'noAccept', message: "server 'l' sends a PROXY protocol header to '127.0.0.1:8443', but that bind of frontend 'app' has no 'accept-proxy': the header reaches the application as garbage", line: 7, column: 27, endLine: 7, endColumn: 37 }],
    },
    {
      code: cfg('backend inner', '  mode tcp', '  server l unix@/run/app.sock', 'frontend app', '  mode tcp', '  bind unix@/run/app.sock accept-proxy'),
      errors: [{ messageId: 'noSend', line: 6, column: 27, endLine: 6, endColumn: 39 }],
    },
  ],
});
