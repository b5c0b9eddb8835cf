import rule from '../../src/rules/program-incomplete.js';
import { cfg, ruleTester } from '../rule-tester.js';

const noMasterWorker = (name: string): string =>
  `program '${name}' needs master-worker mode, and the global section has no 'master-worker' line: HAProxy refuses it unless started with -W or -Ws ('haproxy -c' without -W included)`;

ruleTester(rule, {
  valid: [
    { code: cfg('global', '  master-worker', 'program api', '  command /usr/bin/api --port 8080') },
    { name: 'master-worker with its option', code: cfg('global', '  master-worker no-exit-on-failure', 'program api', '  command /usr/bin/api') },
    { name: 'removed in 3.3 (removed-keyword reports it)', version: '3.3', code: cfg('program api') },
  ],
  invalid: [
    {
      // haproxy 2.6: "The program section 'sidecar' lacks a command to launch." and
      // "Can't use a 'program' section without master worker mode."
      code: cfg('global', '  log stdout local0', 'program api', '  command /usr/bin/api --port 8080', 'program sidecar', '  option start-on-reload'),
      errors: [
        { messageId: 'noMasterWorker', message: noMasterWorker('api'), line: 3, column: 9, endLine: 3, endColumn: 12 },
        { messageId: 'noCommand', message: "program 'sidecar' has no 'command' line: HAProxy refuses a program section with nothing to launch", line: 5, column: 9, endLine: 5, endColumn: 16 },
        { messageId: 'noMasterWorker', message: noMasterWorker('sidecar'), line: 5, column: 9, endLine: 5, endColumn: 16 },
      ],
    },
    {
      name: '3.1 and 3.2 check it at startup (haproxy.c)',
      version: '3.2',
      code: cfg('program api', '  command /bin/true'),
      errors: [{ messageId: 'noMasterWorker', message: noMasterWorker('api'), line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
  ],
});
