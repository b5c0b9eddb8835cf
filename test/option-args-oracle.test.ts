/**
 * The catalog's word counts for `option …` (argFacts('proxy', 'option …')) are facts about HAProxy:
 * with the words it allows, each option is accepted by the real one; one word more (and one word
 * short, where words are required) it is refused. Every option HAProxy 2.6 knows that has facts.
 */
import { allKeywordNames, argFacts, enumValues, compareVersions, type ArgType, type HaproxyVersion } from '@hacfg/catalog';
import { describe, expect, it } from 'vitest';
import { ORACLE_VERSION, checkConfig, haproxyBin } from './support/haproxy.js';
import { pool } from './support/pool.js';
import { disagreements, verdicts } from './support/verdicts.js';

const VERSION: HaproxyVersion = ORACLE_VERSION;

/** A value HAProxy accepts for a word of that type. */
function validWord(t: ArgType | undefined): string {
  if (t?.type === 'enum') return enumValues(t, VERSION, compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number)[0]!;
  if (t?.type === 'time' || t?.type === 'int' || t?.type === 'size') return '1';
  return 'x';
}

const proxy = (line: string): string =>
  ['defaults', '    timeout connect 1s', '    timeout client 1s', '    timeout server 1s', 'listen l', '    mode http', '    bind 127.0.0.1:8080', `    ${line}`, '    server s 127.0.0.1:80', ''].join('\n');

describe.skipIf(!haproxyBin)('option word counts', () => {
  it('are accepted up to the catalog maximum and refused past it', { timeout: 180_000 }, async () => {
    const options = allKeywordNames('listen', VERSION).filter((n) => n.startsWith('option ') && argFacts('proxy', n, VERSION)?.max !== undefined);
    const results = await pool(options, 2, async (name) => {
      const facts = argFacts('proxy', name, VERSION)!;
      const words = Array.from({ length: facts.max! }, (_, i) => validWord(facts.args?.[i]));
      const full = `${name} ${words.join(' ')}`.trim();
      const short = facts.min ? `${name} ${words.slice(0, facts.min - 1).join(' ')}`.trim() : undefined;
      return {
        name,
        full: await checkConfig(proxy(full)),
        extra: await checkConfig(proxy(`${full} extra`)),
        short: short === undefined ? undefined : await checkConfig(proxy(short)),
      };
    });
    for (const { name, full, extra, short } of results) {
      // Only alerts about the option's own line: some options need more of the configuration (external-check).
      expect(full.alerts.filter((a) => a.includes('FILE:8]')), name).toEqual([]);
      expect(extra.exitCode, name).not.toBe(0);
      expect(extra.alerts.join('\n'), name).toMatch(/unexpected argument|only supports|expects/);
      if (short) expect(short.exitCode, name).not.toBe(0);
    }
    expect(options.length).toBeGreaterThan(40);
  });
});

/** Proxy keywords with word counts, names or values in the catalog: a valid line and lines HAProxy refuses. */
const PROXY_PROBES = [
  'rate-limit sessions -5', 'rate-limit sessions x', 'disabled', 'disabled x', 'transparent x', 'monitor-uri /a', 'monitor-uri /a /b', 'backlog 10', 'backlog', 'backlog 1 2',
  'error-log-format %ci', 'error-log-format', 'log-tag x', 'log-tag', 'dynamic-cookie-key k', 'dynamic-cookie-key', 'http-send-name-header', 'http-send-name-header X-S', 'use-server',
  'max-keep-alive-queue -1', 'max-keep-alive-queue x', 'clitcpka-cnt -1', 'clitcpka-cnt x', 'clitcpka-idle 10', 'clitcpka-idle 10ms', 'clitcpka-idle 1k', 'srvtcpka-intvl -1',
  'stats refresh 5', 'stats refresh 5x', 'stats auth', 'stats auth a:b', 'stats scope', 'declare capture request len 10', 'declare capture bogus len 1', 'email-alert level info',
  'email-alert level bogus', 'load-server-state-from-file local', 'load-server-state-from-file bogus', 'http-check disable-on-404', 'http-check disable-on-404 x', 'http-check send-state x',
  'http-check comment', 'tcp-check comment', 'force-persist', 'force-persist if TRUE', 'ignore-persist', 'stats admin', 'stats admin if TRUE', 'log 127.0.0.1', 'log 127.0.0.1 local0',
  // Rule actions and the words they read before their condition.
  'http-request set-header X 1 2', 'http-request set-header X "1 2" if TRUE', 'http-request allow x', 'http-request allow if TRUE', 'http-request set-nice 5 x',
  'http-request replace-header X a b c', 'http-request replace-header X a b', 'http-request deny deny_status 403', 'http-request del-header x -m str', 'http-response add-header X a b',
  'hash-balance-factor 0', 'hash-balance-factor 50', 'hash-balance-factor 101', 'hash-balance-factor x',
  // Delays read in seconds are bounded in seconds, not milliseconds.
  'stats refresh 30d', 'clitcpka-idle 30d', 'stats refresh 30000d',
  // Captures: `len` is only checked for headers; lengths are read with atol().
  'capture cookie c len 10', 'capture cookie c len 10 x', 'capture cookie c 10', 'capture cookie c', 'capture cookie c length x',
  'capture request header Host len 10', 'capture request header Host len x', 'capture request header Host len 10 x', 'capture request header Host size 10', 'capture response header Host',
  // Actions whose arguments go in parentheses.
  'http-request set-var txn.x int(1)', 'http-request set-var(txn.x) int(1)', 'http-request unset-var', 'http-request sc-inc-gpc', 'http-request sc-inc-gpc0', 'http-request sc-set-gpt 1',
  'http-request set-var(txn.x int(1)', 'http-request set-var(txn.x)x int(1)', 'http-request sc-inc-gpc0(0', 'http-check set-var(check.x)', 'http-check set-var(check.x) int(1)', 'tcp-check unset-var',
  'tcp-check send-binary 5049', 'tcp-check send-binary 504', 'tcp-check send-binary 50x9', 'tcp-check send-binary-lf 504',
  // Redirects: the keyword and the actions share one grammar.
  'redirect location /a code 301 drop-query append-slash ignore-empty set-cookie A=1 if TRUE', 'redirect location /a code 304', 'redirect location /a code x', 'redirect location /a code 301x',
  'redirect location /a code', 'redirect location /a keep-query', 'redirect location', 'redirect', 'redirect bogus /a', 'redirect location /a clear-cookie', 'redirect code 301',
  'http-request redirect scheme https code 308 if !{ ssl_fc }', 'http-request redirect location /a code 304', 'http-request redirect location /a bogus', 'http-request redirect location',
  'http-request redirect', 'http-response redirect location /a code 301', 'http-response redirect prefix /a',
  'retry-on conn-failure empty-response junk-response response-timeout 0rtt-rejected 401 403 404 408 425 500 501 502 503 504', 'retry-on all-retryable-errors', 'retry-on none',
  'retry-on 429', 'retry-on all-errors', 'retry-on', 'retry-on none 503', 'retry-on 503 none',
  'log', 'stats http-request', 'stats http-request bogus', 'stats http-request allow if TRUE', 'stats http-request set-header X y', 'stats http-request auth realm r',
  // Rule actions read from 2.6: exact word counts, value types (set-mark integers, set-timeout names), keyword options (wait-for-body, auth).
  'http-request early-hint Link </a.css>', 'http-request early-hint Link', 'http-request replace-path (.*) /x\\1', 'http-request replace-path (.*)', 'http-request replace-path (.*) /x x', 'http-request replace-uri (.*) /x\\1',
  'http-request replace-pathq (.*) /x\\1 y', 'http-request set-map(/nonexistent/m.map) k v', 'http-request set-map(/nonexistent/m.map) k', 'http-request set-map(/nonexistent/m.map) k v w', 'http-request add-acl(/nonexistent/a.acl) k', 'http-request add-acl(/nonexistent/a.acl)',
  'http-request del-map(/nonexistent/m.map)', 'http-request set-log-level silent', 'http-request set-log-level info', 'http-request set-log-level x', 'http-request set-log-level info x', 'http-request set-log-level',
  'http-request set-mark 0x10', 'http-request set-mark 010', 'http-request set-mark 16', 'http-request set-mark -1', 'http-request set-mark x', 'http-request set-mark 1 2',
  'http-request set-tos 0x10', 'http-request set-tos 99999999999', 'http-request set-pathq /x', 'http-request set-pathq', 'http-request set-pathq /x y', 'http-request set-path /x y',
  'http-request set-priority-class int(1)', 'http-request set-priority-class', 'http-request set-src-port', 'http-request set-timeout server 5s', 'http-request set-timeout tunnel 5s', 'http-request set-timeout client 5s',
  'http-request set-timeout server', 'http-request set-timeout server 5x', 'http-request set-timeout server 5s x', 'http-request strict-mode on', 'http-request strict-mode x', 'http-request strict-mode on x',
  'http-request strict-mode', 'http-request wait-for-body time 1s', 'http-request wait-for-body time 1s at-least 1k', 'http-request wait-for-body time x', 'http-request wait-for-body time', 'http-request wait-for-body',
  'http-request wait-for-body time 1s at-least', 'http-request wait-for-body time 1s at-least x', 'http-request wait-for-body at-least 1k time 1s', 'http-request wait-for-body time 1s bogus 1', 'http-request auth realm r', 'http-request auth x',
  'http-request auth realm', 'http-request auth realm r x', 'http-request silent-drop', 'http-request silent-drop x', 'tcp-request content accept x', 'tcp-request connection expect-proxy layer4',
  'tcp-request connection expect-proxy', 'tcp-request connection expect-proxy x', 'tcp-request connection expect-proxy layer4 x', 'tcp-request connection expect-netscaler-cip layer4', 'tcp-request connection expect-netscaler-cip x', 'tcp-request content switch-mode http',
  'tcp-request content switch-mode http proto h2', 'tcp-request content switch-mode x', 'tcp-request content switch-mode', 'tcp-request content switch-mode http x', 'tcp-request content switch-mode http proto h2 x',
  'tcp-request content switch-mode http proto', 'tcp-request content switch-mode http proto h9', 'tcp-request content switch-mode http proto fcgi', 'http-response set-status 503 reason', 'http-request del-header X-A -m',
  'http-response set-status 503', 'http-response set-status 503 reason Busy', 'http-response set-status x', 'http-response set-status 99', 'http-response set-status 1000',
  'http-request del-header X-A -m beg', 'http-request del-header X-A y', 'http-request del-header X-A -m bogus', 'http-request do-resolve txn.x,r src',
  // Sample expressions go on over words that start with a converter name; the next other word must start the condition.
  'http-request set-var(txn.x) str(a) lower', 'http-request set-var(txn.x) str(a),lower upper,base64', 'http-request set-var(txn.x) str(a) lower foo', 'http-request set-var(txn.x) str(a) ,lower',
  'http-request set-var(txn.x) str(a) Lower', 'http-request set-var(txn.x) str(a) lower,', 'tcp-request content set-var(txn.x) str(a) len', 'http-check set-var(check.x) str(a) foo', 'http-request set-src hdr(x) foo',
  'http-request set-dst-port hdr(x) lower', 'http-request set-src hdr(x) lower', 'http-request set-dst-port hdr(x),lower', 'http-request set-priority-class int(1) foo',
  'http-request set-priority-offset int(1) lower', 'http-request sc-set-gpt(0,0) int(1) lower', 'http-request sc-set-gpt0(0) 1 foo', 'http-request sc-set-gpt0(0) int(1) lower foo',
  'http-request track-sc0 src table', 'http-request track-sc0 src table l foo', 'http-request capture hdr(x) len 10 foo', 'http-request capture hdr(x) lower len 10',
  'http-request capture hdr(x) len 0', 'http-request capture hdr(x) len x', 'http-request capture hdr(x) len 5x', 'http-request capture hdr(x) foo 10', 'http-response capture res.hdr(x) len 10',
  'tcp-request content capture src id 0', 'tcp-request content capture src len 0', 'tcp-request content capture src len 10 foo', 'tcp-request content capture src lower len 10',
  // A service takes its name alone, a format one word; only actions written name(…) take parentheses.
  'http-request use-service prometheus-exporter', 'http-request use-service prometheus-exporter now', 'http-request set-var-fmt(txn.x) %[src] %[dst]', 'http-request set-var-fmt(txn.x)',
  'http-request deny(', 'http-request deny( if TRUE', 'http-request set-var(txn.x) str(a)', 'http-request add-acl(/tmp/a.lst) %[src]',
  'log-format "%ci:%cp" on', 'unique-id-format %ci %cp', 'log-format-sd "[x]" y', 'acl a src 192.168.0.0/16]', 'acl a src 10.0.0.0/1x', 'acl a src 10.0.0.0/255.0', 'acl a src 10.0.0.0/+8',
  'tcp-check send PING if TRUE', 'http-check send meth GET if TRUE', 'http-check expect string ok if', 'tcp-check set-var(check.x) int(1) if TRUE',
  'stats http-request set-header X-A 1 2', 'stats http-request set-header X-A 1', 'stats http-request deny foo', 'stats http-request deny deny_status 403', 'stats http-request return status 200 string ok',
  // set-timeout reads a delay, or else a one-word sample expression.
  'http-request set-timeout server int(1)', 'http-request set-timeout tunnel req.hdr(x),lower', 'http-request set-timeout server 5sec', 'http-request set-timeout server 0',
  'http-request set-timeout server int(1) lower', 'http-request set-timeout server 30d',
  // HTTP replies of return, deny and tarpit.
  'http-request return status 200 content-type text/plain string ok', 'http-request return status 200 string ok', 'http-request return status 204 content-type text/plain string ok', 'http-request return status 204',
  'http-request return content-type text/plain lf-string %[src]', 'http-request return lf-string %[src]', 'http-request return status 200 content-type text/plain string ok hdr X-A 1', 'http-request return hdr X-A',
  'http-request return bogus', 'http-request return status', 'http-request return content-type', 'http-request return default-errorfiles',
  'http-request return errorfiles he', 'http-request return status 503 default-errorfiles', 'http-request return status 200 content-type text/plain string ok if TRUE', 'http-request deny',
  'http-request deny deny_status 429', 'http-request deny deny_status 429 content-type text/plain string slow', 'http-request deny deny_status 429 string slow', 'http-request deny status 403 content-type text/plain string no',
  'http-request deny x', 'http-request tarpit deny_status 500', 'http-request tarpit status 500 content-type text/plain string x', 'http-response deny status 502 content-type text/plain string x',
  'http-response return status 200 content-type text/plain string x', 'http-request deny deny_status 304 content-type text/plain string x', 'http-request return content-type text/plain string ok string ko',
  // `source` options and `dispatch` ports.
  'source 10.0.0.1:1-5', 'source 10.0.0.1 usesrc clientip interface eth0', 'source 10.0.0.1 usesrc', 'source 10.0.0.1 interface', 'source 10.0.0.1 usesrc 10.0.0.2 extra',
  'source 10.0.0.1 usesrc 10.0.0.2:1-5', 'source 10.0.0.1 usesrc hdr_ip(x)', 'dispatch 127.0.0.1:80', 'dispatch 127.0.0.1', 'dispatch 127.0.0.1:0', 'dispatch 127.0.0.1:+1', 'dispatch 127.0.0.1:80-81', 'dispatch 127.0.0.1:80 x',
];

describe.skipIf(!haproxyBin)('proxy keyword word counts, names and values', () => {
  it('are judged by hacfg as haproxy -c judges them', { timeout: 120_000 }, async () => {
    const results = await verdicts(PROXY_PROBES.map((line) => ({ label: line, text: proxy(line), line: 8 })));
    expect(disagreements(results)).toEqual([]);
    expect(results.filter((r) => r.refused).length).toBeGreaterThan(20);
  });
});
