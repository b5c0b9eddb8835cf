/** fast-check generators of valid spec inputs for each setup kind. */
import fc from 'fast-check';
import type { FailoverSpecInput, HealthCheckSpecInput, PassthroughSpecInput } from '@hacfg/setups';

const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const ip = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 })).map((p) => p.join('.'));
const port = fc.integer({ min: 1, max: 65534 });
const duration = fc.oneof(fc.integer({ min: 1, max: 60_000 }), fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('ms', 's', 'm', '')).map(([n, u]) => `${n}${u}`));
const weight = fc.option(fc.integer({ min: 0, max: 256 }), { nil: undefined });
// Check timing the schema accepts: DOWN in under a minute (inter × fall < 60s), no flapping.
const timing = fc
  .record({ interMs: fc.integer({ min: 50, max: 20_000 }), fall: fc.integer({ min: 1, max: 10 }), rise: fc.integer({ min: 1, max: 10 }), form: fc.nat(2), omit: fc.nat(7) })
  .filter((t) => t.interMs * t.fall < 60_000 && !(t.fall === 1 && t.rise === 1 && t.interMs < 10_000))
  .map((t) => {
    const inter = t.form === 0 ? t.interMs : t.form === 1 || t.interMs % 1000 ? `${t.interMs}ms` : `${t.interMs / 1000}s`;
    // Sometimes leave a field to its default (2s, 3, 2), which is always valid with the others.
    return t.omit === 0 ? {} : { inter, fall: t.fall, rise: t.rise };
  });
/** Ports that usually speak TLS, where an HTTP check in clear is refused. */
const TLS_PORTS = new Set([443, 465, 636, 993, 995, 6443, 8443, 9443]);
const plainPort = port.filter((p) => !TLS_PORTS.has(p));
const httpDetails = fc.record(
  {
    method: fc.constantFrom('GET', 'HEAD', 'OPTIONS'),
    path: fc.stringMatching(/^\/[a-z0-9/_.?=&#$%-]{0,12}$/),
    host: fc.domain(),
    expectStatus: fc.oneof(fc.integer({ min: 200, max: 399 }), fc.constantFrom('200', '200-399', '200,204,301-302')),
  },
  { requiredKeys: [] },
);
const common = fc.record(
  {
    global: fc.record(
      {
        log: fc.record({ target: fc.constantFrom('/dev/log', '127.0.0.1:514', 'stdout'), facility: fc.constantFrom('local0', 'local7', 'daemon'), level: fc.constantFrom('info', 'notice', 'err') }, { requiredKeys: [] }),
        statsSocket: fc.record({ path: fc.constantFrom('/run/haproxy/admin.sock', '/var/run/hap.sock'), level: fc.constantFrom('admin', 'operator', 'user') }, { requiredKeys: [] }),
        maxconn: fc.integer({ min: 1, max: 100_000 }),
      },
      { requiredKeys: [] },
    ),
    timeouts: fc.record({ connect: duration, client: duration, server: duration, httpRequest: duration, check: duration }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const balance = fc.option(fc.constantFrom('roundrobin', 'static-rr', 'leastconn', 'first', 'source'), { nil: undefined });
const printable = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), fc.constantFrom('\r', '\n', '\t')), minLength: 1, maxLength: 12 });
const hex = fc.uint8Array({ minLength: 1, maxLength: 6 }).map((b) => Buffer.from(b).toString('hex'));

const tcpCheckSteps = fc
  .tuple(
    fc.option(fc.record({ port: fc.option(port, { nil: undefined }), ssl: fc.boolean() }), { nil: undefined }),
    fc.array(fc.oneof(fc.record({ send: printable }), fc.record({ sendBinary: hex }), fc.record({ expect: fc.oneof(fc.record({ string: printable }), fc.record({ rstring: fc.constantFrom('^\\+OK', 'PONG$', '^HTTP/1\\.[01] 200') }), fc.record({ binary: hex })) })), { minLength: 1, maxLength: 4 }),
  )
  // Something is sent before the first expect (banner protocols aside, the schema insists).
  .map(([connect, rest]) => [...(connect ? [{ connect: Object.fromEntries(Object.entries(connect).filter(([, v]) => v !== undefined)) }] : []), { send: 'HELLO\r\n' }, ...rest]);

const passthroughCheck = fc.oneof(
  timing.map((t) => ({ type: 'tcp' as const, ...t })),
  timing.map((t) => ({ type: 'ssl-hello' as const, ...t })),
  fc.tuple(timing, httpDetails, fc.option(fc.domain(), { nil: undefined })).map(([t, h, sni]) => ({ type: 'http' as const, ...t, ...h, ...(sni ? { sni } : {}) })),
  fc.tuple(timing, tcpCheckSteps).map(([t, steps]) => ({ type: 'tcp-check' as const, ...t, steps })),
);
const serviceCheck = fc.option(fc.oneof(timing.map((t) => ({ type: 'tcp' as const, ...t })), fc.tuple(timing, httpDetails).map(([t, h]) => ({ type: 'http' as const, ...t, ...h }))), { nil: undefined });

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const passthroughSpecs: fc.Arbitrary<PassthroughSpecInput> = fc
  .record({
    name: name,
    listenPorts: fc.uniqueArray(port, { minLength: 1, maxLength: 3 }),
    clear: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    platforms: fc.uniqueArray(fc.record({ name, ip, port: fc.option(port, { nil: undefined }), weight, standby: fc.boolean() }), { minLength: 2, maxLength: 4, selector: (p) => p.name }),
    routes: fc.uniqueArray(fc.record({ name, hosts: fc.uniqueArray(fc.domain().map((d, ) => d), { minLength: 1, maxLength: 2 }), wildcard: fc.boolean(), pick: fc.nat() }), { maxLength: 2, selector: (r) => r.name }),
    check: passthroughCheck,
    checkPort: port,
    proxyProtocol: fc.option(fc.constantFrom('v1' as const, 'v2' as const), { nil: undefined }),
    balance,
    common,
  })
  .map((r) => {
    const platforms = r.platforms.map((p, i) => defined({ name: p.name, address: p.port ? `${p.ip}:${p.port}` : p.ip, weight: p.weight, standby: i === 0 ? false : p.standby }));
    const seen = new Set<string>();
    const routes = r.routes.map((route, i) => {
      const hosts = route.hosts.map((h) => (route.wildcard ? `*.${h}` : h)).map((h) => (seen.has(h) ? `r${i}.${h.replace(/^\*\./, '')}` : h));
      hosts.forEach((h) => seen.add(h));
      return { name: route.name, hosts, platforms: [platforms[0]!.name, ...(route.pick % 2 ? [platforms[1]!.name] : [])] };
    });
    const listen = r.listenPorts.map((p, i) => (i > 0 && r.clear[i] ? { address: p, tls: false } : p));
    const needsPort = platforms.some((p) => !p.address.includes(':'));
    return defined({ name: r.name, listen, platforms, routes, check: needsPort ? { ...r.check, port: r.checkPort } : r.check, proxyProtocol: r.proxyProtocol, balance: r.balance, ...r.common }) as PassthroughSpecInput;
  });

export const healthCheckSpecs: fc.Arbitrary<HealthCheckSpecInput> = fc
  .record({
    name,
    mode: fc.option(fc.constantFrom('http' as const, 'tcp' as const), { nil: undefined }),
    listen: fc.tuple(fc.constantFrom('', '127.0.0.1:', '*:'), port),
    servers: fc.uniqueArray(fc.record({ name, ip, port: plainPort, weight, backup: fc.boolean() }), { minLength: 2, maxLength: 5, selector: (s) => s.name }),
    check: serviceCheck,
    monitor: fc.record({ uri: fc.stringMatching(/^\/[a-z0-9_-]{0,10}$/) }, { requiredKeys: [] }),
    balance,
    common,
  })
  .map((r) =>
    defined({
      name: r.name,
      mode: r.mode,
      listen: r.listen[0] === '' ? r.listen[1] : `${r.listen[0]}${r.listen[1]}`,
      servers: r.servers.map((s, i) => defined({ name: s.name, address: `${s.ip}:${s.port}`, weight: s.weight, backup: i === 0 ? false : s.backup })),
      check: r.check,
      monitor: r.monitor,
      balance: r.balance,
      ...r.common,
    }) as HealthCheckSpecInput,
  );

export const failoverSpecs: fc.Arbitrary<FailoverSpecInput> = fc
  .record({
    name,
    mode: fc.constantFrom('http' as const, 'tcp' as const),
    listen: fc.uniqueArray(port, { minLength: 1, maxLength: 2 }),
    servers: fc.uniqueArray(fc.record({ name, ip, port: plainPort, weight }), { minLength: 3, maxLength: 6, selector: (s) => s.name }),
    split: fc.nat(),
    strategy: fc.constantFrom('backup-servers' as const, 'backup-backend' as const),
    allBackups: fc.boolean(),
    cookie: fc.option(fc.record({ name: fc.stringMatching(/^[A-Z]{1,8}$/), mode: fc.constantFrom('insert' as const, 'rewrite' as const, 'prefix' as const), indirect: fc.boolean(), nocache: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
    customCookies: fc.boolean(),
    check: serviceCheck,
    balance,
    common,
  })
  .map((r) => {
    const servers = r.servers.map((s, i) => defined({ name: s.name, address: `${s.ip}:${s.port}`, weight: s.weight, cookie: r.customCookies ? `c${i}` : undefined }));
    // A backup backend gets two servers or more (the schema refuses one).
    const cut = 1 + (r.split % (servers.length - (r.strategy === 'backup-backend' ? 2 : 1)));
    return defined({
      name: r.name,
      mode: r.mode,
      listen: r.listen,
      primary: servers.slice(0, cut),
      backup: servers.slice(cut),
      strategy: r.strategy,
      allBackups: r.strategy === 'backup-servers' ? r.allBackups : undefined,
      // HAProxy refuses `indirect` with rewrite (the schema says so too).
      cookie: r.mode === 'http' && r.cookie ? (r.cookie.mode === 'rewrite' ? { ...r.cookie, indirect: undefined } : r.cookie) : undefined,
      check: r.check,
      balance: r.balance,
      ...r.common,
    }) as FailoverSpecInput;
  });
