import rule from '../../src/rules/agent-check-without-port.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "'port' serves the agent too when 'agent-port' is absent", code: cfg('backend b', '    server s 10.0.0.1:80 port 81 agent-check') },
    { code: cfg('backend b', '  server a 10.0.0.1:80 check agent-check agent-port 9999') },
    { name: 'agent-port from default-server', code: cfg('backend b', '  default-server agent-port 9999', '  server a 10.0.0.1:80 check agent-check') },
    { name: 'agent-port from an environment variable', code: cfg('backend b', '  server a 10.0.0.1:80 check agent-check agent-port "${AGENT_PORT}"') },
  ],
  invalid: [
    {
      code: cfg('backend b', '  server a 10.0.0.1:80 check agent-check agent-inter 5s'),
      errors: [{ messageId: 'noPort', message: "server 'a' enables 'agent-check' without 'agent-port': HAProxy refuses it (server does not have agent port)", line: 2, column: 30, endLine: 2, endColumn: 41 }],
    },
    {
      name: 'inherited agent-check is reported at the server',
      code: cfg('backend b', '  default-server agent-check', '  server a 10.0.0.1:80 check'),
      errors: [{ messageId: 'noPort', line: 3, column: 10, endLine: 3, endColumn: 11 }],
    },
  ],
});
