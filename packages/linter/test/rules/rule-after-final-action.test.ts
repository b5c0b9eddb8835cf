import rule from '../../src/rules/rule-after-final-action.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny if { src 10.0.0.0/8 }', '  http-request set-header X-A b') },
    { name: 'redirect with ignore-empty lets the rules go on', code: cfg('frontend f', '  mode http', '  bind :80', '  http-request redirect location %[var(txn.to)] ignore-empty', '  http-request set-header X-A b') },
    { name: 'other rulesets are separate lists', code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny', '  http-response set-header X 1') },
  ],
  invalid: [
    {
      code: cfg('frontend f', '  mode http', '  bind :80', '  http-request deny', '  http-request set-header X-A b', '  http-request set-header X-B b'),
      errors: [{ messageId: 'dead', message: "this 'http-request' rule and the ones after it are never evaluated: the previous 'deny' rule has no condition and ends the ruleset", line: 5, column: 3, endLine: 5, endColumn: 32 }],
    },
    {
      name: 'http-response return, with other lines in between',
      code: cfg('backend b', '  mode http', '  http-response return status 200', '  server s 10.0.0.1:80', '  http-response set-header X 1'),
      errors: [{ messageId: 'dead', line: 5, column: 3, endLine: 5, endColumn: 31 }],
    },
  ],
});
