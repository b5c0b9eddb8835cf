import rule from '../../src/rules/address-needs-dns.js';
import { cfg, ruleTester } from '../rule-tester.js';

const msg = (host: string, what: string, address: string): string =>
  `host name '${host}' in the ${what} '${address}': HAProxy resolves it while loading the configuration and refuses the configuration where it does not resolve (no DNS, as in CI; 'haproxy -c -dr' included): write an IP address`;

ruleTester(rule, {
  valid: [
    { name: "up to 2.8 a log-forward's bind address that does not resolve only prints an alert", version: '2.8', code: cfg('log-forward lf', '  dgram-bind 127.0.0.1:514', '  bind tcp.internal:514') },
    { name: 'agent-addr with an address or localhost', code: cfg('backend b', '    server s1 10.0.0.1:80 agent-check agent-port 9999 agent-addr 10.0.0.9', '    server s2 10.0.0.2:80 agent-addr localhost') },
    { name: 'addresses, wildcards and sockets', code: cfg('frontend f', '  bind 10.0.0.1:80,[::1]:81,:::82,*:83,:84', '  bind 127.1:85', '  bind 0x7f000001:86', '  bind unix@/run/f.sock', '  bind abns@name', '  bind /run/g.sock') },
    { name: 'localhost is in every hosts file', code: cfg('frontend f', '  bind localhost:80', '  bind ipv4@LocalHost:81', 'global', '  log localhost:514 local0') },
    { name: "a proxy's server names are resolved by init-addr (-dr leaves them)", code: cfg('backend b', '  server s app.internal:80 check', '  server-template t 3 app.internal:80') },
    { name: 'log targets that are not addresses', code: cfg('global', '  log stdout format raw local0', '  log /dev/log local0', '  log ring@buf local0', 'backend b', '  log global') },
    { name: 'usesrc keywords', code: cfg('backend b', '  source 10.0.0.9 usesrc clientip', '  server s 10.0.0.2:80 source 10.0.0.9 usesrc client') },
    { name: 'an unset variable leaves no name (other rules judge the address)', code: cfg('frontend f', '  bind "${H}:80"') },
    { name: 'a variable set to an address', code: cfg('frontend f', '  bind "${H}:80"'), env: { H: '10.0.0.1' } },
  ],
  invalid: [
    {
      // haproxy 2.6: 'bind' : invalid address: 'edge.internal' in 'edge.internal:443'; log : invalid address …
      code: cfg('frontend f', '  bind 10.0.0.1:80,edge.internal:443', 'global', '  log syslog.internal:514 local0', '  stats socket ipv4@admin.internal:9999'),
      errors: [
        { messageId: 'name', message: msg('edge.internal', 'bind address', 'edge.internal:443'), line: 2, column: 20, endLine: 2, endColumn: 37 },
        { messageId: 'name', message: msg('syslog.internal', 'log target', 'syslog.internal:514'), line: 4, column: 7, endLine: 4, endColumn: 26 },
        { messageId: 'name', message: msg('admin.internal', "'stats socket' address", 'ipv4@admin.internal:9999'), line: 5, column: 16, endLine: 5, endColumn: 40 },
      ],
    },
    {
      name: 'peers, resolvers, mailers, rings and log-forward sections (a log-forward bind from 2.9)',
      version: '2.9',
      code: cfg('peers p', '  peer a peer-a.internal:1024', '  server b peer-b.internal:1024', 'resolvers r', '  nameserver ns dns.internal:53', 'mailers m', '  mailer mx mail.internal:25', 'ring r', '  server s logs.internal:514', 'log-forward lf', '  dgram-bind udp.internal:514', '  bind tcp.internal:514', '  log collector.internal:514 local0'),
      errors: [
        { messageId: 'name', message: msg('peer-a.internal', 'peer address', 'peer-a.internal:1024'), line: 2, column: 10, endLine: 2, endColumn: 30 },
        { messageId: 'name', message: msg('peer-b.internal', 'peers server address', 'peer-b.internal:1024'), line: 3, column: 12, endLine: 3, endColumn: 32 },
        { messageId: 'name', message: msg('dns.internal', 'nameserver address', 'dns.internal:53'), line: 5, column: 17, endLine: 5, endColumn: 32 },
        { messageId: 'name', message: msg('mail.internal', 'mailer address', 'mail.internal:25'), line: 7, column: 13, endLine: 7, endColumn: 29 },
        { messageId: 'name', message: msg('logs.internal', 'ring server address', 'logs.internal:514'), line: 9, column: 12, endLine: 9, endColumn: 29 },
        { messageId: 'name', message: msg('udp.internal', "'dgram-bind' address", 'udp.internal:514'), line: 11, column: 14, endLine: 11, endColumn: 30 },
        { messageId: 'name', message: msg('tcp.internal', 'bind address', 'tcp.internal:514'), line: 12, column: 8, endLine: 12, endColumn: 24 },
        { messageId: 'name', message: msg('collector.internal', 'log target', 'collector.internal:514'), line: 13, column: 7, endLine: 13, endColumn: 29 },
      ],
    },
    {
      name: 'source, dispatch, check and server option addresses',
      code: cfg('backend b', '  source out.internal usesrc client.internal', '  dispatch app.internal:80', '  option tcp-check', '  tcp-check connect addr check.internal port 80', '  server s app.internal:80 addr check.internal source out.internal usesrc clientip socks4 socks.internal:1080', '  server t 10.0.0.2:80 source 10.0.0.9 usesrc spoof.internal'),
      errors: [
        { messageId: 'name', message: msg('out.internal', "'source' address", 'out.internal'), line: 2, column: 10, endLine: 2, endColumn: 22 },
        { messageId: 'name', message: msg('client.internal', "'usesrc' address", 'client.internal'), line: 2, column: 30, endLine: 2, endColumn: 45 },
        { messageId: 'name', message: msg('app.internal', "'dispatch' address", 'app.internal:80'), line: 3, column: 12, endLine: 3, endColumn: 27 },
        { messageId: 'name', message: msg('check.internal', 'tcp-check connect address', 'check.internal'), line: 5, column: 26, endLine: 5, endColumn: 40 },
        { messageId: 'name', message: msg('check.internal', "server option 'addr'", 'check.internal'), line: 6, column: 33, endLine: 6, endColumn: 47 },
        { messageId: 'name', message: msg('out.internal', "server option 'source'", 'out.internal'), line: 6, column: 55, endLine: 6, endColumn: 67 },
        { messageId: 'name', message: msg('socks.internal', "server option 'socks4'", 'socks.internal:1080'), line: 6, column: 91, endLine: 6, endColumn: 110 },
        { messageId: 'name', message: msg('spoof.internal', "server option 'usesrc'", 'spoof.internal'), line: 7, column: 47, endLine: 7, endColumn: 61 },
      ],
    },
    {
      name: 'a name from a variable default',
      code: cfg('frontend f', '  bind "${H-edge.internal}:80"'),
      errors: [{ messageId: 'name', message: msg('edge.internal', 'bind address', 'edge.internal:80'), line: 2, column: 9, endLine: 2, endColumn: 31 }],
    },
    {
      // haproxy 2.6: "'gw.internal/24' is not a valid IPv4 or IPv6 address" where the name does not resolve
      name: 'host names in ACL ip patterns (without -n, which acl-invalid-pattern covers)',
      code: cfg('frontend f', '    acl a src 10.0.0.0/8 gw.internal/24 localhost', '    acl b hdr_ip(x-real-ip) -n gw.internal'),
      errors: [{ messageId: 'name', message: msg('gw.internal', 'ACL ip pattern', 'gw.internal/24'), line: 2, column: 26, endLine: 2, endColumn: 40 }],
    },
    {
      name: 'agent-addr is resolved while loading, -dr or not',
      code: cfg('backend b', '    server s1 10.0.0.1:80 agent-check agent-port 9999 agent-addr agent.internal'),
      errors: [{ messageId: 'name', message: msg('agent.internal', "server option 'agent-addr'", 'agent.internal'), line: 2, column: 66, endLine: 2, endColumn: 80 }],
    },
  ],
});
