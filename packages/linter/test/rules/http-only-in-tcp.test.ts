import rule from '../../src/rules/http-only-in-tcp.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: cfg("frontend f", "    mode http", "    http-request deny") },
    { code: cfg("frontend f", "    tcp-request content switch-mode http", "    http-request deny") },
    { name: "cookies and layer-7 balancing in http", code: cfg("backend b", "    mode http", "    balance uri", "    cookie SRV insert", "    server s 10.0.0.1:80 cookie a") },
    { name: "layer-4 balancing in tcp", code: cfg("backend b", "    mode tcp", "    balance source", "    server s 10.0.0.1:80") },
  ],
  invalid: [
    {
      name: 'stats page settings in a tcp backend, own or from the defaults section',
      code: cfg('defaults', '    stats uri /s', 'backend web', '    server s 127.0.0.1:80', 'backend api', '    stats hide-version', '    server s 127.0.0.1:80'),
      errors: [
        { messageId: 'inheritedStats', message: "the stats page settings inherited from the defaults section are ignored in backend 'web': it is in mode tcp", line: 3, column: 9, endLine: 3, endColumn: 12 },
        { messageId: 'ignored', line: 6, column: 5, endLine: 6, endColumn: 23 },
      ],
    },
    {
      name: "'observe layer7' is checked against the mode in effect at its line",
      code: cfg('backend b', '    server s1 10.0.0.1:80 observe layer7', 'backend c', '    server s1 10.0.0.1:80 observe layer7', '    mode http', 'backend d', '    mode http', '    server s1 10.0.0.1:80 observe layer7'),
      errors: [
        { messageId: 'ignored', message: "'observe layer7' is ignored in backend 'b': it requires 'mode http' (the proxy is in mode tcp)", line: 2, column: 27, endLine: 2, endColumn: 41 },
        { messageId: 'modeLater', message: "'observe layer7' is ignored in backend 'c': HAProxy checks it against the mode in effect at this line, and 'mode http' only comes later", line: 4, column: 27, endLine: 4, endColumn: 41 },
      ],
    },
    {
      name: "rule in tcp",
      code: cfg("frontend f", "    mode tcp", "    http-request deny"),
      errors: [{ messageId: "ignored", line: 3, column: 5, endLine: 3, endColumn: 22 }],
    },
    {
      name: "option",
      code: cfg("backend b", "    option http-buffer-request"),
      errors: [{ messageId: "ignored", line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      name: "cookie persistence and a layer-7 hash in tcp (seed 002's backends)",
      code: cfg("backend b", "    balance url_param id", "    cookie SRV insert indirect nocache", "    server s1 10.0.0.1:80 check cookie primary", "    server s2 10.0.0.2:80 check"),
      errors: [
        { messageId: "ignored", message: "'balance url_param' is ignored in backend 'b': it requires 'mode http' (the proxy is in mode tcp)", line: 2, column: 5, endLine: 2, endColumn: 25 },
        { messageId: "ignored", message: "'cookie' is ignored in backend 'b': it requires 'mode http' (the proxy is in mode tcp)", line: 3, column: 5, endLine: 3, endColumn: 39 },
        { messageId: "ignored", message: "'cookie primary' is ignored in backend 'b': it requires 'mode http' (the proxy is in mode tcp)", line: 4, column: 33, endLine: 4, endColumn: 47 },
      ],
    },
  ],
});
