// Invalid specs are refused with a SpecError whose issues name the bad field by its path.
import { SpecError, generate, generateFromText, type SetupKind } from '@hacfg/setups';
import { describe, expect, it } from 'vitest';

const two = [
  { name: 'a', address: '10.0.0.1:443' },
  { name: 'b', address: '10.0.0.2:443' },
];
const okPassthrough = { platforms: two };
const okHealth = { listen: 8080, servers: [{ name: 'a', address: '10.0.0.1:80' }, { name: 'b', address: '10.0.0.2:80' }] };
const okFailover = { listen: 80, primary: [{ name: 'a', address: '10.0.0.1:80' }], backup: [{ name: 'b', address: '10.0.0.2:80' }] };

function issues(kind: SetupKind, spec: unknown): { path: string; message: string }[] {
  try {
    generate(kind, spec);
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return [...(e as SpecError).issues];
  }
  throw new Error('spec was accepted');
}

function paths(kind: SetupKind, spec: unknown): string[] {
  return issues(kind, spec).map((i) => i.path);
}

describe('spec validation names the field', () => {
  it.each<[string, SetupKind, unknown, string[]]>([
    ['a missing required field', 'passthrough', {}, ['platforms']],
    ['too few platforms', 'passthrough', { platforms: [two[0]] }, ['platforms']],
    ['a bad address', 'passthrough', { platforms: [two[0], { name: 'b', address: '10.0.0.300:443' }] }, ['platforms[1].address']],
    ['a port out of range', 'passthrough', { platforms: [two[0], { name: 'b', address: '10.0.0.2:70000' }] }, ['platforms[1].address']],
    ['a misspelt field', 'passthrough', { platforms: [{ ...two[0], wieght: 3 }, two[1]] }, ['platforms[0].wieght']],
    ['a bad listener', 'passthrough', { ...okPassthrough, listen: [443, 'x:y'] }, ['listen[1]']],
    ['a bad listener object', 'passthrough', { ...okPassthrough, listen: [{ address: 80, tls: 'no' }] }, ['listen[0].tls']],
    ['a weight out of range', 'passthrough', { platforms: [{ ...two[0], weight: 300 }, two[1]] }, ['platforms[0].weight']],
    ['duplicate platform names', 'passthrough', { platforms: [two[0], { ...two[1], name: 'a' }] }, ['platforms[1].name']],
    ['only standby platforms', 'passthrough', { platforms: two.map((p) => ({ ...p, standby: true })) }, ['platforms']],
    ['an unknown check type', 'passthrough', { ...okPassthrough, check: { type: 'icmp' } }, ['check.type']],
    ['a bad check interval', 'passthrough', { ...okPassthrough, check: { type: 'tcp', inter: '2 seconds' } }, ['check.inter']],
    ['a route to an unknown platform', 'passthrough', { ...okPassthrough, routes: [{ name: 'r', hosts: ['x.example.com'], platforms: ['c'] }] }, ['routes[0].platforms[0]']],
    ['a bad SNI host', 'passthrough', { ...okPassthrough, routes: [{ name: 'r', hosts: ['bad host'], platforms: ['a'] }] }, ['routes[0].hosts[0]']],
    ['a host in two routes', 'passthrough', { ...okPassthrough, routes: [{ name: 'r', hosts: ['x.io'], platforms: ['a'] }, { name: 's', hosts: ['X.io'], platforms: ['b'] }] }, ['routes[1].hosts[0]']],
    ['routes without a TLS listener', 'passthrough', { ...okPassthrough, listen: [{ address: 80, tls: false }], routes: [{ name: 'r', hosts: ['x.io'], platforms: ['a'] }] }, ['listen']],
    ['a port-less platform without a check port', 'passthrough', { platforms: [{ name: 'a', address: '10.0.0.1' }, two[1]] }, ['check.port']],
    ['a tcp-check step with two actions', 'passthrough', { ...okPassthrough, check: { type: 'tcp-check', steps: [{ send: 'x', expect: { string: 'y' } }] } }, ['check.steps[0]']],
    ['a connect that is not first', 'passthrough', { ...okPassthrough, check: { type: 'tcp-check', steps: [{ send: 'x' }, { connect: {} }] } }, ['check.steps[0]']],
    ['bad hex', 'passthrough', { ...okPassthrough, check: { type: 'tcp-check', steps: [{ sendBinary: 'abc' }] } }, ['check.steps[0].sendBinary']],
    ['a bad proxy protocol version', 'passthrough', { ...okPassthrough, proxyProtocol: 'v3' }, ['proxyProtocol']],
    ['a bad log target', 'passthrough', { ...okPassthrough, global: { log: { target: 'syslog server' } } }, ['global.log.target']],
    ['a bad timeout', 'passthrough', { ...okPassthrough, timeouts: { client: -1 } }, ['timeouts.client']],
    ['a missing listen port', 'health-check', { servers: okHealth.servers }, ['listen']],
    ['a monitor port past 65535', 'health-check', { ...okHealth, listen: 65535 }, ['monitor.port']],
    ['a monitor on the listen port', 'health-check', { ...okHealth, monitor: { port: 8080 } }, ['monitor.port']],
    ['a bad expected status', 'health-check', { ...okHealth, check: { type: 'http', expectStatus: 700 } }, ['check.expectStatus']],
    ['a bad check path', 'health-check', { ...okHealth, check: { type: 'http', path: 'health' } }, ['check.path']],
    ['fall of zero', 'health-check', { ...okHealth, check: { type: 'tcp', fall: 0 } }, ['check.fall']],
    ['only backup servers', 'health-check', { ...okHealth, servers: [{ name: 'a', address: '10.0.0.1:80', backup: true }] }, ['servers']],
    ['a server without a port', 'health-check', { ...okHealth, servers: [{ name: 'a', address: '10.0.0.1' }, okHealth.servers[1]] }, ['servers[0].address']],
    ['a single server (seed 000: one address for a whole platform)', 'health-check', { ...okHealth, servers: [okHealth.servers[0]] }, ['servers']],
    ['an HTTP check in clear on a TLS port', 'health-check', { ...okHealth, servers: [{ name: 'a', address: '10.0.0.1:443' }, okHealth.servers[1]] }, ['servers[0].address']],
    ['an HTTP check port that speaks TLS', 'failover', { ...okFailover, check: { type: 'http', port: 8443 } }, ['check.port']],
    ['checks that flap', 'health-check', { ...okHealth, check: { type: 'tcp', inter: '1s', fall: 1, rise: 1 } }, ['check.rise']],
    ['checks that react after minutes', 'health-check', { ...okHealth, check: { type: 'tcp', inter: '30s', fall: 3 } }, ['check.inter']],
    ['a tcp-check that expects before sending', 'passthrough', { ...okPassthrough, check: { type: 'tcp-check', steps: [{ expect: { string: '+OK' } }] } }, ['check.steps[0].expect']],
    ['a bad mode', 'failover', { ...okFailover, mode: 'udp' }, ['mode']],
    ['no backup', 'failover', { ...okFailover, backup: [] }, ['backup']],
    ['a server name used twice', 'failover', { ...okFailover, backup: [{ name: 'a', address: '10.0.0.2:80' }] }, ['backup[0].name']],
    ['allBackups with a backup backend', 'failover', { ...okFailover, strategy: 'backup-backend', backup: [{ name: 'b', address: '10.0.0.2:80' }, { name: 'c', address: '10.0.0.3:80' }], allBackups: true }, ['allBackups']],
    ['cookies in tcp mode', 'failover', { ...okFailover, mode: 'tcp', cookie: {} }, ['cookie']],
    ['indirect with rewrite', 'failover', { ...okFailover, cookie: { mode: 'rewrite', indirect: true } }, ['cookie.indirect']],
    ['duplicate cookie values (seed 002)', 'failover', { ...okFailover, primary: [{ name: 'a', address: '10.0.0.1:80', cookie: 'primary' }, { name: 'c', address: '10.0.0.3:80', cookie: 'primary' }], cookie: {} }, ['primary[1].cookie']],
  ])('%s', (_what, kind, spec, expected) => {
    expect(paths(kind, spec)).toEqual(expected);
  });

  it('puts each field and its problem on a line of the message', () => {
    const spec = { platforms: [{ name: 'a', address: 'nowhere:99999' }, { name: 'b', address: '10.0.0.2:443', weight: 'heavy' }] };
    expect(() => generate('passthrough', spec)).toThrow(
      'invalid passthrough spec:\n  platforms[0].address: port "99999" must be a number from 1 to 65535\n  platforms[1].weight: must be a number (got string)',
    );
  });

  it('accepts a banner check that expects first on a banner port (SMTP)', () => {
    const smtp = { platforms: [{ name: 'a', address: '10.0.0.1:25' }, { name: 'b', address: '10.0.0.2:25' }], check: { type: 'tcp-check', steps: [{ expect: { string: '220' } }, { send: 'QUIT\r\n' }] } };
    expect(generate('passthrough', smtp)).toContain('tcp-check expect string 220');
  });

  it('accepts the minimal spec of each kind', () => {
    expect(generate('passthrough', okPassthrough)).toContain('backend be_passthrough');
    expect(generate('health-check', okHealth)).toContain('monitor fail if { nbsrv(be_app) lt 1 }');
    expect(generate('failover', okFailover)).toContain('server b 10.0.0.2:80 check backup');
  });
});

describe('spec text', () => {
  it('reads YAML and JSON alike', () => {
    const yaml = 'platforms:\n  - { name: a, address: "10.0.0.1:443" }\n  - { name: b, address: "10.0.0.2:443" }\n';
    expect(generateFromText('passthrough', yaml, 'x.yaml')).toBe(generateFromText('passthrough', JSON.stringify(okPassthrough), 'x.json'));
  });

  it('reports unreadable text with its position', () => {
    expect(() => generateFromText('failover', 'listen: [80\n', 'f.yaml')).toThrow(/f\.yaml is not valid YAML at line \d+, column \d+/);
    expect(() => generateFromText('failover', '{"listen": ', 'f.json')).toThrow(/f\.json is not valid JSON/);
  });
});
