import rule from '../../src/rules/invalid-address.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'before 2.9 only the local peer needs a port', version: '2.8', code: cfg('global', '    localpeer me', 'peers p', '    peer me 127.0.0.1:10000', '    peer other 127.0.0.2', '    server third 127.0.0.3') },
    { name: 'a local peer named by a server line has no address', version: '3.0', code: cfg('peers p', '    server me', '    server other 127.0.0.2:10000') },
    { name: 'agent-addr: addresses, bracketed IPv6, numeric forms, names', code: cfg('backend b', '  default-server agent-addr 10.0.0.9', '  server s1 10.0.0.1:80 agent-check agent-port 9999 agent-addr ::1', '  server s2 10.0.0.2:80 agent-addr [2001:db8::1]', '  server s3 10.0.0.3:80 agent-addr 10.1', '  server s4 10.0.0.4:80 agent-addr agent.internal', '  server s5 10.0.0.5:80 agent-addr "${AGENT}"'), env: { AGENT: '10.0.0.8' } },
    { name: 'a trailing dot, a socket path, an abstract socket, a SRV record', code: cfg('backend b', '    server s1 example.com.:80', '    server s2 /run/a..b.sock', '    server s3 abns@a..b', '    server s4 _http._tcp.example.com resolvers r', 'resolvers r', '    nameserver ns 127.0.0.1:53') },
    { code: cfg("backend b", "    server s 10.0.0.1:80", "    server t [2001:db8::1]:443", "    server u /run/app.sock", "    server v 10.0.0.2", "    server w 10.0.0.3:80x") },
    { code: cfg("global", "    log ring@logs local0", "    log 127.0.0.1:514 local0") },
    {
      name: 'source options and dispatch addresses HAProxy reads',
      code: cfg('backend b', '    source 10.0.0.1:0 usesrc clientip interface eth0', '    source 10.0.0.1 usesrc hdr_ip(X-Forwarded-For,-1)', '    source 10.0.0.1 usesrc 10.0.0.2:80', '    dispatch 127.0.0.1:80', '    dispatch unix@/run/app.sock', '    dispatch ${ADDR}'),
    },
    { name: 'nameservers and mailers with ports', code: cfg('resolvers r', '  nameserver ns 10.0.0.53:53', '  nameserver t tcp@10.0.0.53:53', '  nameserver u "${A}:53"', 'mailers m', '  mailer mx 10.0.0.25:25') },
    { name: 'server-template counts HAProxy reads', code: cfg('backend b', '  server-template a 3 10.0.0.1:80', '  server-template b 1-3 10.0.0.1:80', '  server-template c 0-2 10.0.0.1:80', '  server-template d 3a 10.0.0.1:80', '  server-template e +3 10.0.0.1:80') },
  ],
  invalid: [
    {
      name: "a local peer without a port before 2.9, every peer's address from 2.9",
      version: '2.6',
      code: cfg('global', '    localpeer me', 'peers p', '    peer me 127.0.0.1', '    peer other 127.0.0.2'),
      errors: [{ messageId: 'missingPort', message: "'peer' needs a port in '127.0.0.1'", line: 4, column: 13, endLine: 4, endColumn: 22 }],
    },
    {
      version: '2.9',
      code: cfg('peers p', '    peer other 127.0.0.2', '    server third 127.0.0.3'),
      errors: [
        { messageId: 'missingPort', line: 2, column: 16, endLine: 2, endColumn: 25 },
        { messageId: 'missingPort', message: "'server' needs a port in '127.0.0.3'", line: 3, column: 18, endLine: 3, endColumn: 27 },
      ],
    },
    {
      name: 'from 2.9 a port or offset is read with strtol() and nothing may follow',
      version: '3.4',
      code: cfg('backend b', '    server s1 127.0.0.1:8o80', '    server s2 127.0.0.1:+5x', '    server s3 127.0.0.1:+5'),
      errors: [
        { messageId: 'badPort', message: "invalid port '8o80' in '127.0.0.1:8o80' (0 to 65535)", line: 2, column: 25, endLine: 2, endColumn: 29 },
        { messageId: 'badPort', line: 3, column: 25, endLine: 3, endColumn: 28 },
      ],
    },
    {
      name: 'a server host name with an empty label (IP-like or not)',
      code: cfg('backend b', '    server s1 192.1681..12:8080 check', '    server s2 .example.com:80', '    server s3 ipv4@a..b:80'),
      errors: [
        { messageId: 'hostname', message: "'192.1681..12' is no valid host name (a dot at its start or two in a row): HAProxy cannot create its DNS resolution", line: 2, column: 15, endLine: 2, endColumn: 32 },
        { messageId: 'hostname', line: 3, column: 15, endLine: 3, endColumn: 30 },
        { messageId: 'hostname', line: 4, column: 15, endLine: 4, endColumn: 27 },
      ],
    },
    {
      name: 'a host name with an empty label once its variable is expanded (unset here; set, it is valid)',
      code: cfg('backend b', '    server s1 "${LAN}.101:80" check', '    server s2 "${DC}.example.com:80"'),
      env: { DC: 'dc1' },
      errors: [{ messageId: 'hostname', message: "'.101' is no valid host name (a dot at its start or two in a row): HAProxy cannot create its DNS resolution", line: 2, column: 15, endLine: 2, endColumn: 30 }],
    },
    {
      name: 'init-addr methods and connect ports',
      code: cfg('backend b', '    option tcp-check', '    tcp-check connect port 0', '    server s1 10.0.0.1:80 init-addr last,bogus', '    server s2 10.0.0.2:80 init-addr last,libc,none,10.0.0.9', '    server s3 10.0.0.3:80 init-addr none init-addr bogus'),
      errors: [
        { messageId: 'connectPort', message: "'tcp-check connect port 0': expects a TCP port from 1 to 65535 (or a sample expression)", line: 3, column: 28, endLine: 3, endColumn: 29 },
        { messageId: 'initAddr', message: "unknown init-addr method 'bogus': expected libc, last, none or an IP address", line: 4, column: 37, endLine: 4, endColumn: 47 },
        { messageId: 'initAddr', line: 6, column: 52, endLine: 6, endColumn: 57 },
      ],
    },
    {
      name: "a proxy's source address is not resolved",
      code: cfg('backend b', '    source 1.2.3.300', '    server s 10.0.0.1:80'),
      errors: [{ messageId: 'badAddress', message: "'source 1.2.3.300': invalid address '1.2.3.300'", line: 2, column: 12, endLine: 2, endColumn: 21 }],
    },
    {
      name: 'source options: only usesrc and interface, each with its value, one port',
      code: cfg('backend b', '    source 10.0.0.1 bogus', '    source 10.0.0.1 usesrc', '    source 10.0.0.1 interface', '    source 10.0.0.1:1-5', '    source 10.0.0.1 usesrc 10.0.0.2:1-5'),
      errors: [
        { messageId: 'sourceOption', message: "'source' knows only the options 'usesrc' and 'interface', not 'bogus'", line: 2, column: 21, endLine: 2, endColumn: 26 },
        { messageId: 'sourceValue', message: "'source … usesrc' expects an address, 'client', 'clientip' or 'hdr_ip(<name>)'", line: 3, column: 21, endLine: 3, endColumn: 27 },
        { messageId: 'sourceValue', message: "'source … interface' expects an interface name", line: 4, column: 21, endLine: 4, endColumn: 30 },
        { messageId: 'range', line: 5, column: 21, endLine: 5, endColumn: 24 },
        { messageId: 'range', line: 6, column: 37, endLine: 6, endColumn: 40 },
      ],
    },
    {
      name: 'dispatch needs one port from 1 to 65535',
      code: cfg('backend b', '    dispatch 127.0.0.1', '    dispatch 127.0.0.1:', '    dispatch 127.0.0.1:0', '    dispatch 127.0.0.1:+1', '    dispatch 127.0.0.1:80-81'),
      errors: [
        { messageId: 'dispatchPort', message: "'dispatch 127.0.0.1' needs one port from 1 to 65535", line: 2, column: 14, endLine: 2, endColumn: 23 },
        { messageId: 'dispatchPort', line: 3, column: 14, endLine: 3, endColumn: 24 },
        { messageId: 'dispatchPort', message: "'dispatch 127.0.0.1:0' needs one port from 1 to 65535", line: 4, column: 24, endLine: 4, endColumn: 25 },
        { messageId: 'offset', message: "a relative port is not allowed in 'dispatch 127.0.0.1:+1'", line: 5, column: 24, endLine: 5, endColumn: 26 },
        { messageId: 'range', line: 6, column: 24, endLine: 6, endColumn: 29 },
      ],
    },
    {
      name: "port too large",
      code: cfg("backend b", "    server s 10.0.0.1:70000"),
      errors: [{ messageId: "badPort", line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      name: "port range",
      code: cfg("backend b", "    server s 10.0.0.1:80-90"),
      errors: [{ messageId: "range", line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      name: "not a number",
      code: cfg("backend b", "    server s 10.0.0.1:x80"),
      errors: [{ messageId: "badPort", line: 2, column: 23, endLine: 2, endColumn: 26 }],
    },
    {
      name: "log backend before 2.9",
      code: cfg("global", "    log backend@logs local0"),
      errors: [{ messageId: "family", line: 2, column: 9, endLine: 2, endColumn: 21 }],
    },
    {
      name: "empty after expansion",
      code: cfg("backend b", "    server s \"${ADDR}\""),
      errors: [{ messageId: "empty", line: 2, column: 14, endLine: 2, endColumn: 23 }],
    },
    {
      // haproxy 2.6: 'nameserver ns1' : missing port specification in '10.0.0.53' (also after expanding unset variables to ':')
      name: "nameserver and mailer addresses need a port",
      code: cfg("resolvers r", "  nameserver ns1 10.0.0.53", '  nameserver ns2 "${DNS_ADDR}:${DNS_PORT}"', '  nameserver ns3 "${DNS}"', "mailers m", "  mailer mx 10.0.0.25"),
      errors: [
        { messageId: "missingPort", message: "'nameserver' needs a port in '10.0.0.53'", line: 2, column: 18, endLine: 2, endColumn: 27 },
        { messageId: "missingPort", message: "'nameserver' needs a port in ':'", line: 3, column: 18, endLine: 3, endColumn: 43 },
        { messageId: "empty", line: 4, column: 18, endLine: 4, endColumn: 26 },
        { messageId: "missingPort", message: "'mailer' needs a port in '10.0.0.25'", line: 6, column: 13, endLine: 6, endColumn: 22 },
      ],
    },
    {
      // haproxy 2.6: Wrong server-template number or range arg '0' (atoi() of the count, or of each end of a range)
      name: "server-template counts and ranges",
      code: cfg("backend b", "  server-template ws 0 10.0.0.1:80", "  server-template ws 3-1 10.0.0.1:80", '  server-template ws "${N}" 10.0.0.1:80', "  server-template ws 0-2 10.0.0.1:80", "  server-template ws 3a 10.0.0.1:80"),
      errors: [
        { messageId: "templateRange", message: "'server-template' needs a number of servers (at least 1) or a range 'low-high' with 0 <= low <= high, not '0'", line: 2, column: 22, endLine: 2, endColumn: 23 },
        { messageId: "templateRange", line: 3, column: 22, endLine: 3, endColumn: 25 },
        { messageId: "templateRange", message: "'server-template' needs a number of servers (at least 1) or a range 'low-high' with 0 <= low <= high, not ''", line: 4, column: 22, endLine: 4, endColumn: 28 },
      ],
    },
    {
      // haproxy 2.6: log : expects <address> and <facility> as arguments
      name: "a log target that expands to nothing",
      code: cfg("global", '  log "${LOG_HOST}" local0'),
      errors: [{ messageId: "empty", line: 2, column: 7, endLine: 2, endColumn: 20 }],
    },
    {
      // haproxy 2.6: 'nameserver dns' : invalid port '99999'
      name: "a quoted nameserver address's port",
      code: cfg("resolvers r", '  nameserver dns "10.0.0.1:99999"'),
      errors: [{ messageId: "badPort", line: 2, column: 28, endLine: 2, endColumn: 34 }],
    },
    {
      name: 'agent-addr takes no port, family, mask, or unquoted variable',
      code: cfg('backend b', '  server s1 10.0.0.1:80 agent-addr 10.0.0.9:9999', '  server s2 10.0.0.2:80 agent-addr ipv4@10.0.0.9', '  server s3 10.0.0.3:80 agent-addr 10.0.0.0/8', '  server s4 10.0.0.4:80 agent-addr ${AGENT}', '  default-server agent-addr [::1', '  server s5 10.0.0.5:80 agent-addr 10.0.0.256'),
      env: { AGENT: '10.0.0.8' },
      errors: [
        { messageId: 'agentAddr', message: "'agent-addr 10.0.0.9:9999': HAProxy reads an IPv4 or IPv6 address or a host name here, without a port, an address family or a mask (environment variables are expanded only inside double quotes)", line: 2, column: 36, endLine: 2, endColumn: 49 },
        { messageId: 'agentAddr', line: 3, column: 36, endLine: 3, endColumn: 49 },
        { messageId: 'agentAddr', line: 4, column: 36, endLine: 4, endColumn: 46 },
        { messageId: 'agentAddr', line: 5, column: 36, endLine: 5, endColumn: 44 },
        { messageId: 'agentAddr', line: 6, column: 29, endLine: 6, endColumn: 33 },
        { messageId: 'agentAddr', line: 7, column: 36, endLine: 7, endColumn: 46 },
      ],
    },
  ],
});
