import rule from '../../src/rules/invalid-bind-address.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "up to 2.8 a log-forward's bad bind address only prints an alert (the file stays valid)", version: '2.8', code: cfg('log-forward lf', '    bind 1', '    dgram-bind 127.0.0.1:514') },
    { name: 'up to 2.8 a port is read with atoi()', version: '2.8', code: cfg('frontend f', '    bind *:8o80') },
    { code: cfg('frontend f', '    bind :80,:443', '    bind unix@/run/x.sock', '    bind /run/y.sock', '    bind ipv4@127.0.0.1:8000-8010', '    bind fd@${FD}') },
    { name: 'IPv6 hosts, bracketed or not; a trailing comma ends the list', code: cfg('frontend f', '    bind :::81', '    bind ::1:82', '    bind [::1]:83,[::2]:84', '    bind *:85,') },
  ],
  invalid: [
    {
      name: "from 2.9 a log-forward's bind address is checked as a proxy's",
      version: '2.9',
      code: cfg('log-forward lf', '    bind 1', '    dgram-bind 127.0.0.1:514'),
      errors: [{ messageId: 'missingPort', line: 2, column: 10, endLine: 2, endColumn: 11 }],
    },
    {
      name: "a global stats socket and a log-forward's dgram-bind read their addresses as bind does",
      code: cfg('global', '    stats socket 127.0.0.1', '    stats socket /var/run/haproxy.sock', '    stats socket ipv4@127.0.0.1:9999', 'log-forward lf', '    dgram-bind 1', '    dgram-bind 127.0.0.1:514'),
      errors: [
        { messageId: 'missingPort', message: "'stats socket': missing port specification in '127.0.0.1'", line: 2, column: 18, endLine: 2, endColumn: 27 },
        { messageId: 'missingPort', message: "'dgram-bind': missing port specification in '1'", line: 6, column: 16, endLine: 6, endColumn: 17 },
      ],
    },
    {
      name: 'from 2.9 nothing may follow the digits of a port (2.6 reads 8o80 as port 8)',
      version: '2.9',
      code: cfg('frontend f', '    bind *:8o80', '    bind *:80-8x', '    bind *:8080'),
      errors: [
        { messageId: 'badPort', message: "'bind': invalid port '8o80' in '*:8o80' (1 to 65535)", line: 2, column: 10, endLine: 2, endColumn: 16 },
        { messageId: 'badPort', line: 3, column: 10, endLine: 3, endColumn: 17 },
      ],
    },
    {
      name: 'dotted digits inet_aton cannot read',
      code: cfg('frontend f', '    bind 10.0.0.300:80', '    bind 10.1:81', '    bind 0.0.0.09:82', '    bind 1.2.3.04:83'),
      errors: [
        { messageId: 'badAddress', message: "'bind': invalid address '10.0.0.300' in '10.0.0.300:80'", line: 2, column: 10, endLine: 2, endColumn: 23 },
        { messageId: 'badAddress', message: "'bind': invalid address '0.0.0.09' in '0.0.0.09:82'", line: 4, column: 10, endLine: 4, endColumn: 21 },
      ],
    },
    {
      code: cfg('frontend f', '    bind 10.0.0.1', '    bind :70000', '    bind abnsz@x'),
      errors: [
        { messageId: 'missingPort', message: "'bind': missing port specification in '10.0.0.1'", line: 2, column: 10, endLine: 2, endColumn: 18 },
        { messageId: 'badPort', line: 3, column: 10, endLine: 3, endColumn: 16 },
        { messageId: 'missingPort', line: 4, column: 10, endLine: 4, endColumn: 17 },
      ],
    },
    {
      name: "a ']' after the last colon leaves no port; a colon in a host that is no IPv6 address; empty list parts",
      code: cfg('frontend f', '    bind *:7]199', '    bind :*:8080', '    bind fe80::1%lo:86', '    bind ,*:80', '    bind :81,,:82'),
      errors: [
        { messageId: 'missingPort', message: "'bind': missing port specification in '*:7]199'", line: 2, column: 10, endLine: 2, endColumn: 17 },
        { messageId: 'badAddress', message: "'bind': invalid address ':*' in ':*:8080'", line: 3, column: 10, endLine: 3, endColumn: 17 },
        { messageId: 'badAddress', line: 4, column: 10, endLine: 4, endColumn: 23 },
        { messageId: 'emptyAddress', message: "'bind': an empty address in the list ',*:80' (two commas in a row, or a leading one)", line: 5, column: 10, endLine: 5, endColumn: 15 },
        { messageId: 'emptyAddress', line: 6, column: 10, endLine: 6, endColumn: 18 },
      ],
    },
  ],
});
