import rule from '../../src/rules/unknown-if-predicate.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg(".if defined(HOME) && version_atleast(2.4)", ".endif") },
    { code: cfg(".if 1", ".endif") },
    { code: cfg(".if \"${DEBUG}\"", ".endif") },
  ],
  invalid: [
    {
      name: "unknown function",
      code: cfg(".if has_feature(QUIC)", ".endif"),
      errors: [{ messageId: "unknown", line: 1, column: 5, endLine: 1, endColumn: 22 }],
    },
    {
      name: "bare word",
      code: cfg(".if production", ".endif"),
      errors: [{ messageId: "literal", line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
  ],
});
