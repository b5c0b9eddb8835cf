import rule from '../../src/rules/http-only-in-tcp.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: "haterm (3.4) is HTTP mode", version: "3.4", code: cfg("frontend bench", "    mode haterm", "    bind :80", "    http-request deny", "listen l", "    mode haterm", "    bind :81", "    server s1 10.0.0.1:80 observe layer7") },
    { name: "an unknown mode is invalid-mode's error, not a warning here", code: cfg("frontend f", "    mode htttp", "    http-request deny") },
    { name: "an own balance line replaces the defaults' one", code: cfg("defaults", "    mode http", "    balance uri", "backend t", "    mode tcp", "    balance roundrobin", "    server s1 10.0.0.1:1") },
    { code: cfg("frontend f", "    mode http", "    http-request deny") },
    { code: cfg("frontend f", "    tcp-request content switch-mode http", "    http-request deny") },
    { name: "cookies and layer-7 balancing in http", code: cfg("backend b", "    mode http", "    balance uri", "    cookie SRV insert", "    server s 10.0.0.1:80 cookie a") },
    { name: "layer-4 balancing in tcp", code: cfg("backend b", "    mode tcp", "    balance source", "    server s 10.0.0.1:80") },
  ],
  invalid: [
    {
      name: "log (2.9+) and spop (3.1+) backends are not HTTP either",
      version: "3.1",
      code: cfg("defaults", "    mode http", "    stats uri /st", "backend l", "    mode log", "    server s1 udp@10.0.0.1:514 cookie a", "backend a", "    mode spop", "    http-request deny", "    server s1 10.0.0.1:12345"),
      errors: [
        { message: "the stats page settings inherited from the defaults section are ignored in backend 'l': it is in mode log", line: 4, column: 9, endLine: 4, endColumn: 10 },
        { message: "'cookie a' is ignored in backend 'l': it requires 'mode http' (the proxy is in mode log)", line: 6, column: 32, endLine: 6, endColumn: 40 },
        { messageId: "inheritedStats", line: 7, column: 9, endLine: 7, endColumn: 10 },
        { message: "'http-request' is ignored in backend 'a': it requires 'mode http' (the proxy is in mode spop)", line: 9, column: 5, endLine: 9, endColumn: 22 },
      ],
    },
    {
      name: "cookie persistence and a layer-7 hash inherited from an HTTP defaults section (haproxy 2.6 warns for both)",
      code: cfg("defaults", "    mode http", "    balance uri", "    cookie SRV insert", "backend t", "    mode tcp", "    server s1 10.0.0.1:1", "frontend f", "    mode tcp", "    bind :1"),
      errors: [
        { message: "'cookie' inherited from the defaults section is ignored in backend 't': it requires 'mode http' (the proxy is in mode tcp)", line: 5, column: 9, endLine: 5, endColumn: 10 },
        { message: "'balance uri' inherited from the defaults section is ignored in backend 't': it requires 'mode http' (the proxy is in mode tcp)", line: 5, column: 9, endLine: 5, endColumn: 10 },
      ],
    },
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
