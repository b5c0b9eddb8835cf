import rule from '../../src/rules/log-format-ignored-flag.js';
import { cfg, ruleTester } from '../rule-tester.js';

const fe = (...lines: string[]): string => cfg('frontend f', '    mode http', '    bind :80', ...lines);

ruleTester(rule, {
  valid: [
    { code: fe('    log-format "%{+Q}r %{-Q}ci %{+X,+E}[src] %{+M}o"', '    http-request set-header X %{+Q}ci') },
    { name: 'encodings from 3.0', version: '3.0', code: fe('    log-format "%{+json}o %{+bin}[src] %{+cbor}ci"') },
    { name: 'strings HAProxy does not read are not checked', code: cfg('backend b', '    log-format "%{Q}r"') },
  ],
  invalid: [
    {
      code: fe('    log-format "%{Q}r %{+Q,zz,-json}ci %{+X}[src]"', '    http-request set-header X %{+E,Q}ci'),
      errors: [
        { messageId: 'unsigned', message: "'Q' without '+' or '-' is ignored by HAProxy: write '+Q' to set it", line: 4, column: 19, endLine: 4, endColumn: 20 },
        { messageId: 'unknown', message: "'zz' is no log-format flag (+M, +Q, +X, +E): HAProxy ignores it", line: 4, column: 28, endLine: 4, endColumn: 30 },
        { messageId: 'unknown', line: 4, column: 31, endLine: 4, endColumn: 36 },
        { messageId: 'unsigned', line: 5, column: 36, endLine: 5, endColumn: 37 },
      ],
      output: fe('    log-format "%{+Q}r %{+Q,zz,-json}ci %{+X}[src]"', '    http-request set-header X %{+E,+Q}ci'),
    },
  ],
});
