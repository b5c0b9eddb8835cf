/**
 * Plausible configurations for differential testing against HAProxy: sections built from lines
 * people write (right and wrong: timeouts, options, binds, ACLs, rules with conditions, servers
 * with parameters, references between sections), so that most are close to valid and each one
 * HAProxy rejects is rejected for a reason a linter can know. Nothing depends on this machine:
 * no files to load, no users or DNS names to look up.
 */
import fc from 'fast-check';

const name = fc.constantFrom('b1', 'b2', 'b3', 'f1', 'web', 'api');
const port = fc.integer({ min: 20000, max: 20050 });
const time = fc.constantFrom('1s', '500ms', '5s', '30s', '2m', '10', '1h');
const cond = fc.tuple(fc.constantFrom('if', 'unless'), fc.constantFrom('a1', '!a1', 'a1 a2', 'a1 || a2', '{ path_beg /x }', '{ hdr(host) -i x.com }', '{ src 10.0.0.0/8 }', '{ nbsrv(b1) lt 1 }', '{ ssl_fc }', 'TRUE', '{ req.len gt 0 }', '{ path -m reg ^/a }', 'METH_GET')).map(([k, c]) => `${k} ${c}`);
const globalLine = fc.constantFrom('maxconn 1000', 'nbthread 2', 'log stdout format raw local0', 'stats socket /tmp/hacfg-x.sock mode 600 level admin', 'tune.bufsize 16384', 'ssl-default-bind-options ssl-min-ver TLSv1.2', 'ssl-default-bind-ciphers ECDHE+AESGCM', 'spread-checks 5', 'hard-stop-after 30s', 'daemon', 'master-worker', 'insecure-fork-wanted', 'external-check', 'tune.ssl.default-dh-param 2048', 'cpu-map auto:1/1-2 0-1', 'ulimit-n 10000', 'uid 65534', 'expose-experimental-directives', 'busy-polling', 'max-spread-checks 1s', 'h1-case-adjust content-type Content-Type', 'nbproc 2', 'stats timeout 30s', 'log 127.0.0.1:514 local0', 'setenv X y', 'description x', 'tune.ssl.cachesize 1000', 'ssl-server-verify none', 'tune.maxrewrite 1024', 'maxconnrate 100', 'node n1', 'ssl-default-server-options no-sslv3', 'tune.h2.max-concurrent-streams 10', 'localpeer n1', 'chroot', 'log-send-hostname', 'grace 10s');
const proxyCommon = fc.oneof(
  fc.tuple(fc.constantFrom('timeout client', 'timeout server', 'timeout connect', 'timeout http-request', 'timeout queue', 'timeout tunnel', 'timeout check', 'timeout http-keep-alive', 'timeout client-fin'), time).map(([k, t]) => `${k} ${t}`),
  fc.constantFrom('mode http', 'mode tcp', 'option httplog', 'option tcplog', 'option dontlognull', 'option forwardfor', 'option redispatch', 'option http-server-close', 'option httpclose', 'option http-keep-alive', 'option abortonclose', 'option splice-auto', 'option log-health-checks', 'no option redispatch', 'option http-buffer-request', 'option socket-stats', 'log global', 'retries 3', 'maxconn 100', 'fullconn 100', 'compression algo gzip', 'compression type text/html', 'http-reuse safe', 'option httpchk GET /health', 'option ssl-hello-chk', 'option tcp-check', 'option mysql-check user x', 'option external-check', 'external-check command /bin/true', 'balance roundrobin', 'balance leastconn', 'balance source', 'balance uri', 'balance url_param userid', 'balance hdr(host)', 'hash-type consistent', 'cookie SRV insert indirect nocache', 'stick-table type ip size 1m expire 10m', 'stick on src', 'default-server inter 2s fall 3 rise 2', 'default-server check', 'monitor-uri /ping', 'unique-id-format %{+X}o%ci', 'capture request header Host len 32', 'declare capture request len 10', 'http-check expect status 200', 'http-check send meth GET uri /', 'tcp-check connect', 'tcp-check expect string OK', 'rate-limit sessions 10', 'option originalto', 'option http-pretend-keepalive', 'email-alert to x@y', 'email-alert mailers m1', 'filter compression', 'http-error status 503 content-type text/plain string x', 'stats enable', 'stats uri /s', 'stats auth a:b', 'stats realm x', 'stats admin if TRUE', 'option http-use-htx', 'option forwardfor except 127.0.0.1', 'use-server s1 if a1', 'force-persist if a1', 'persist rdp-cookie', 'option persist', 'dispatch 10.0.0.1:80', 'source 0.0.0.0', 'id 5', 'bind-process 1', 'option tcpka', 'option nolinger', 'timeout tarpit 5s', 'errorloc 503 http://x', 'http-check disable-on-404', 'option log-separate-errors', 'max-keep-alive-queue 10', 'hash-balance-factor 150', 'balance random(2)', 'balance first', 'balance rdp-cookie', 'balance hash req.hdr(x)', 'option allbackups', 'option checkcache', 'option prefer-last-server', 'option independent-streams', 'option spop-check', 'option ldap-check', 'option redis-check', 'option smtpchk', 'option pgsql-check user x', 'http-check connect port 80', 'tcp-check connect port 80', 'tcp-check send PING\\r\\n', 'http-check expect string ok', 'http-check send-state', 'appsession x len 5 timeout 1h', 'reqadd X-A:\\ 1', 'contimeout 5s', 'http-request cache-use c1', 'http-response cache-store c1', 'filter cache c1', 'stick-table type ip size 1m peers p1', 'log ring@r1 local0', 'acl a1 path_beg /x', 'acl a2 src 10.0.0.1', 'server-template t 3 10.0.0.1:80 check', 'log-format %ci:%cp', 'option httpslog', 'unique-id-header X-ID', 'monitor fail if a1'),
);
const feLine = fc.oneof(
  port.map((p) => `bind :${p}`),
  fc.tuple(port, fc.constantFrom('accept-proxy', 'v4v6', 'tfo', 'name x', 'process 1', 'alpn h2', 'transparent', 'defer-accept', 'maxconn 10', 'backlog 10', 'interface lo', 'mss 1400')).map(([p, o]) => `bind 127.0.0.1:${p} ${o}`),
  fc.tuple(fc.constantFrom('a1', 'a2'), fc.constantFrom('path_beg /a', 'hdr(host) -i x', 'src 10.0.0.1', 'nbsrv(b1) lt 1', 'req.ssl_sni -i x', 'ssl_fc', 'method GET', 'path_end .jpg', 'url_param(x) -m found', 'be_conn(b1) gt 10', 'sc0_http_req_rate gt 10', 'always_true', 'var(txn.x) -m str y', 'req.hdr_cnt(host) eq 1')).map(([a, c]) => `acl ${a} ${c}`),
  fc.tuple(fc.constantFrom('http-request deny', 'http-request set-header X-A 1', 'http-request redirect scheme https', 'http-request add-header X-B %[src]', 'http-request set-var(txn.x) str(y)', 'http-request track-sc0 src', 'http-request capture req.hdr(host) len 10', 'http-request return status 200', 'http-request tarpit', 'http-request auth realm x', 'http-response set-header X-C 1', 'tcp-request connection accept', 'tcp-request content accept', 'tcp-request content reject', 'tcp-request inspect-delay 5s', 'http-request set-path /x', 'http-request replace-header Host (.*) x', 'http-request del-header X-A', 'http-request use-service prometheus-exporter', 'redirect prefix /x', 'http-request silent-drop'), fc.option(cond, { nil: undefined })).map(([r, c]) => (c ? `${r} ${c}` : r)),
  fc.tuple(name, fc.option(cond, { nil: undefined })).map(([b, c]) => (c ? `use_backend ${b} ${c}` : `use_backend ${b}`)),
  name.map((b) => `default_backend ${b}`),
);
const beLine = fc.oneof(
  fc.tuple(fc.constantFrom('s1', 's2', 's3'), fc.constantFrom('10.0.0.1:80', '127.0.0.1:8080', 'localhost:80', '10.0.0.2', '[::1]:80', '127.0.0.1:20001'), fc.array(fc.constantFrom('check', 'backup', 'weight 10', 'inter 1s', 'fall 2', 'rise 1', 'maxconn 10', 'ssl verify none', 'ssl', 'send-proxy', 'cookie s1', 'check-ssl', 'port 81', 'agent-check', 'agent-port 81', 'disabled', 'resolvers r1', 'init-addr none', 'slowstart 10s', 'track b1/s1', 'observe layer7', 'on-error mark-down', 'verify required', 'sni str(x)', 'alpn h2', 'proto h2', 'check-sni x', 'id 5'), { maxLength: 4 })).map(([n, a, o]) => `server ${n} ${a} ${o.join(' ')}`),
  fc.tuple(fc.constantFrom('http-request set-header X 1', 'http-response del-header Server', 'tcp-response content accept', 'http-request deny'), fc.option(cond, { nil: undefined })).map(([r, c]) => (c ? `${r} ${c}` : r)),
);
interface Sec {
  readonly head: string;
  readonly lines: readonly string[];
}
const section: fc.Arbitrary<Sec> = fc.oneof(
  fc.array(globalLine, { maxLength: 4 }).map((lines) => ({ head: 'global', lines })),
  fc.array(proxyCommon, { maxLength: 5 }).map((lines) => ({ head: 'defaults', lines })),
  fc.tuple(name, fc.array(fc.oneof(proxyCommon, feLine), { maxLength: 7 })).map(([n, lines]) => ({ head: `frontend ${n}`, lines })),
  fc.tuple(name, fc.array(fc.oneof(proxyCommon, beLine, beLine), { maxLength: 7 })).map(([n, lines]) => ({ head: `backend ${n}`, lines })),
  fc.tuple(name, fc.array(fc.oneof(proxyCommon, feLine, beLine), { maxLength: 7 })).map(([n, lines]) => ({ head: `listen ${n}`, lines })),
  fc.constant({ head: 'resolvers r1', lines: ['nameserver dns1 127.0.0.1:53'] }),
  fc.constant({ head: 'mailers m1', lines: ['mailer smtp1 127.0.0.1:25'] }),
  fc.constant({ head: 'userlist u1', lines: ['user admin insecure-password x'] }),
  fc.constant({ head: 'peers p1', lines: ['peer n1 127.0.0.1:10000'] }),
  fc.constant({ head: 'cache c1', lines: ['total-max-size 4', 'max-age 60'] }),
  fc.constant({ head: 'ring r1', lines: ['size 32764', 'format rfc5424'] }),
  fc.array(proxyCommon, { maxLength: 4 }).map((lines) => ({ head: 'defaults d1', lines })),
  fc.tuple(name, fc.array(fc.oneof(proxyCommon, beLine, beLine), { maxLength: 5 })).map(([n, lines]) => ({ head: `backend ${n} from d1`, lines })),
);
/** A configuration of one to six sections. */
export const plausibleConfig: fc.Arbitrary<string> = fc.array(section, { minLength: 1, maxLength: 6 }).map((ss) => ss.map((s) => [s.head, ...s.lines.map((l) => `    ${l}`)].join('\n')).join('\n\n') + '\n');

