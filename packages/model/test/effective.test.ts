import { parse } from '@hacfg/syntax';
import { describe, expect, it } from 'vitest';
import { buildConfig, effectiveProxy, effectiveServers, parseDuration, timeToDown, timeToUp } from '../src/index.js';

const cfg = (...l: string[]): string => l.join('\n') + '\n';
const model = (text: string) => buildConfig(parse(text), { version: '2.6' });

describe('parseDuration', () => {
  it('reads HAProxy time units, milliseconds by default', () => {
    expect([parseDuration('500'), parseDuration('2s'), parseDuration('1m'), parseDuration('100us'), parseDuration('5x'), parseDuration('${T}')]).toEqual([500, 2000, 60000, 0.1, undefined, undefined]);
  });
});

describe('effectiveServers', () => {
  it('applies default-server lines of the defaults chain, then those above the server, then its own params', () => {
    const c = model(
      cfg(
        'defaults',
        '  default-server inter 5s fall 2 check',
        'backend b',
        '  server a 10.0.0.1:80',
        '  default-server rise 4 no-check',
        '  server c 10.0.0.2:443 check ssl backup cookie c1 weight 50',
        '  server d 10.0.0.3:443 port 8443 ssl disabled track b/c agent-check agent-port 9999 send-proxy-v2',
      ),
    );
    const [a, c2, d] = effectiveServers(c.backend('b')!);
    expect([a!.check, a!.inter, a!.fall, a!.rise, a!.port, a!.params.get('check')?.inherited]).toEqual([true, 5000, 2, 2, 80, true]);
    expect([c2!.check, c2!.rise, c2!.backup, c2!.cookie, c2!.weight, c2!.checkSsl, c2!.ssl]).toEqual([true, 4, true, 'c1', 50, true, true]);
    // A separate check port makes `ssl` no longer apply to checks.
    expect([d!.check, d!.checkPort, d!.checkSsl, d!.disabled, d!.track, d!.agentCheck, d!.agentPort, d!.sendProxy]).toEqual([false, 8443, false, true, 'b/c', true, 9999, 2]);
  });

  it('reads the same parameter text the same way only under the same inherited parameters', () => {
    // Settings are shared between servers with identical parameters: these cases must not mix.
    const c = model(
      cfg(
        'defaults fast',
        '  default-server inter 1s',
        'defaults slow',
        '  default-server inter 9s fall 5',
        'backend a from fast',
        '  server s1 10.0.0.1:80 check',
        '  server s2 10.0.0.2:81 check',
        '  default-server inter 3s',
        '  server s3 10.0.0.3:82 check',
        'backend b from slow',
        '  server s4 10.0.0.4:80 check',
        '  server s5 10.0.0.5:80 check port 8080',
        'backend c from fast',
        '  server s6 10.0.0.6:80 check',
      ),
    );
    const all = ['a', 'b', 'c'].flatMap((n) => effectiveServers(c.backend(n)!));
    expect(all.map((s) => [s.name, s.inter, s.fall, s.port, s.checkPort])).toEqual([
      ['s1', 1000, 3, 80, 80],
      ['s2', 1000, 3, 81, 81],
      ['s3', 3000, 3, 82, 82],
      ['s4', 9000, 5, 80, 80],
      ['s5', 9000, 5, 80, 8080],
      ['s6', 1000, 3, 80, 80],
    ]);
    // The `default-server` line of backend a changed nothing for backend c, which uses the same defaults.
    expect(all[5]!.params.get('inter')?.statement.line.index).toBe(1);
    expect(all[2]!.params.get('inter')?.inherited).toBe(true);
    expect(all[2]!.params.get('check')?.statement).toBe(all[2]!.statement);
  });

  it('computes reaction times from inter, fastinter, downinter, fall and rise', () => {
    const c = model(cfg('backend b', '  server a 10.0.0.1:80 check', '  server f 10.0.0.1:81 check inter 10s fastinter 1s downinter 30s fall 3 rise 2'));
    const [a, f] = effectiveServers(c.backend('b')!);
    expect([timeToDown(a!), timeToUp(a!)]).toEqual([6000, 4000]);
    expect([timeToDown(f!), timeToUp(f!)]).toEqual([12000, 31000]);
  });
});

describe('effectiveProxy', () => {
  it('inherits options, check type, check rules and cookie from defaults; own lines win', () => {
    const c = model(
      cfg(
        'defaults',
        '  mode http',
        '  option httpchk GET /health',
        '  option forwardfor',
        '  http-check expect status 200',
        '  cookie SRV insert',
        'backend a',
        '  no option forwardfor',
        'backend t',
        '  mode tcp',
        '  option ssl-hello-chk',
        '  tcp-check connect',
        '  stick-table type ip size 1m',
        '  stick on src',
      ),
    );
    const a = effectiveProxy(c.backend('a')!);
    expect([a.mode, a.checkOption?.statement.name?.value, a.options.get('forwardfor')?.enabled, a.httpCheckRules.length, a.cookie?.value]).toEqual(['http', 'httpchk', false, 1, 'SRV insert']);
    const t = effectiveProxy(c.backend('t')!);
    expect([t.mode, t.checkOption?.statement.name?.value, t.tcpCheckRules.length, t.stickTable?.keyword, t.stickRules.length]).toEqual(['tcp', 'ssl-hello-chk', 1, 'stick-table', 1]);
  });

  it('drops the check type when its option is switched off', () => {
    const c = model(cfg('defaults', '  option httpchk', 'backend a', '  no option httpchk'));
    expect(effectiveProxy(c.backend('a')!).checkOption).toBeUndefined();
  });
});
