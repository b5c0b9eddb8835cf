import rule from '../../src/rules/invalid-log-line.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "a backend@ target's mode is checked at start-up only (log-fails-at-startup)", version: '3.0', code: cfg('global', '    log backend@web local0', 'backend web', '    mode http') },
    { code: cfg('global', '    log stdout format raw daemon info debug', '    log 127.0.0.1 len 1024 format rfc5424 local0 debug info', '    log "${LOGHOST}" local0', 'defaults', '    log global', '    no log') },
    { name: 'all four options in order (profile from 3.1)', version: '3.1', code: cfg('global', '    log 127.0.0.1 len 1024 format rfc5424 sample 1:2 profile p local0', 'log-profile p', '    on any drop') },
  ],
  invalid: [
    {
      name: "'log global' alone",
      code: cfg('frontend f', '    log global local0', '    log global if'),
      errors: [
        { messageId: 'globalAlone', message: "'log global' takes nothing after it (found 'local0'): HAProxy then reads 'global' as a target address", line: 2, column: 16, endLine: 2, endColumn: 22 },
        { messageId: 'globalAlone', line: 3, column: 16, endLine: 3, endColumn: 18 },
      ],
    },
    {
      name: 'options that take the last words leave no facility (HAProxy reads an empty one)',
      code: cfg('global', '    log stdout format raw', '    log 127.0.0.1 len 1024', '    log stdout format'),
      errors: [
        { messageId: 'noFacility', message: "'log stdout' needs a syslog facility after the target (or 'log global')", line: 2, column: 23, endLine: 2, endColumn: 26 },
        { messageId: 'noFacility', line: 3, column: 23, endLine: 3, endColumn: 27 },
        { messageId: 'format', message: "unknown log format '' (local, rfc3164, rfc5424, priority, short, timed, iso or raw)", line: 4, column: 16, endLine: 4, endColumn: 22 },
      ],
    },
    {
      name: "options out of HAProxy's order (len, format, sample, profile) are read as the facility; profile only from 3.1",
      version: '3.0',
      code: cfg('global', '    log stdout len 100 sample 1:2 format raw local0', '    log stdout format raw len 100 local0', '    log stdout len 100 format raw sample 1:2 local0', '    log stdout format raw profile p local0'),
      errors: [
        { messageId: 'facility', message: "unknown log facility 'format' (kern, user, …, local0 to local7)", line: 2, column: 35, endLine: 2, endColumn: 41 },
        { messageId: 'facility', line: 3, column: 27, endLine: 3, endColumn: 30 },
        { messageId: 'facility', line: 5, column: 27, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: cfg('global', '    log 127.0.0.1:514 local9', '    log stdout format rfc5425 local0', '    log 127.0.0.1 local0 info bogus', '    log 127.0.0.1 local0 info notice extra'),
      errors: [
        { messageId: 'facility', message: "unknown log facility 'local9' (kern, user, …, local0 to local7)", line: 2, column: 23, endLine: 2, endColumn: 29 },
        { messageId: 'format', line: 3, column: 23, endLine: 3, endColumn: 30 },
        { messageId: 'level', line: 4, column: 31, endLine: 4, endColumn: 36 },
        { messageId: 'extra', line: 5, column: 38, endLine: 5, endColumn: 43 },
      ],
    },
    {
      name: 'a target without a facility',
      code: cfg('global', '    log 127.0.0.1'),
      errors: [{ messageId: 'noFacility', message: "'log 127.0.0.1' needs a syslog facility after the target (or 'log global')", line: 2, column: 9, endLine: 2, endColumn: 18 }],
    },
    {
      name: "'log' alone ('no log' needs nothing)",
      code: cfg('global', '    log', 'backend b', '    log', '    no log'),
      errors: [
        { messageId: 'noTarget', message: "'log' needs a target and a syslog facility (or 'global' in a proxy)", line: 2, column: 5, endLine: 2, endColumn: 8 },
        { messageId: 'noTarget', line: 4, column: 5, endLine: 4, endColumn: 8 },
      ],
    },
    {
      name: 'an unquoted $VAR is expanded in the target address only',
      code: cfg('global', '    log ${LOG_ADDR}:514', '    log ${LOG_ADDR}:514 dameon', '    log ${LOG_ADDR}:514 local0 $LEVEL'),
      env: { LOG_ADDR: '127.0.0.1', LEVEL: 'info' },
      errors: [
        { messageId: 'noFacility', message: "'log ${LOG_ADDR}:514' needs a syslog facility after the target (or 'log global')", line: 2, column: 9, endLine: 2, endColumn: 24 },
        { messageId: 'facility', line: 3, column: 25, endLine: 3, endColumn: 31 },
        { messageId: 'level', line: 4, column: 32, endLine: 4, endColumn: 38 },
      ],
    },
  ],
});
