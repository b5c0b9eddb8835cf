/** A backend: balance, health-check settings, `default-server` timing and one line per server. */
import type { PassthroughCheck, ServiceCheck, TcpCheckStep } from '../schema/check.js';
import type { HostPort } from '../schema/common.js';
import type { Section } from './config.js';
import { quoteWord } from './words.js';

export interface BackendServer {
  readonly name: string;
  readonly address: HostPort;
  readonly weight?: number | undefined;
  readonly backup?: boolean;
  readonly cookie?: string;
}

export interface BackendOptions {
  readonly name: string;
  readonly balance: string;
  readonly check: ServiceCheck | PassthroughCheck;
  readonly servers: readonly BackendServer[];
  /** The check goes over TLS (`check-ssl`): HTTP checks of a passthrough backend. */
  readonly checkOverTls?: boolean;
  readonly proxyProtocol?: 'v1' | 'v2' | undefined;
  readonly allBackups?: boolean;
  readonly cookie?: { readonly name: string; readonly mode: string; readonly indirect: boolean; readonly nocache: boolean } | undefined;
  readonly comments?: readonly string[];
}

function tcpCheckStep(step: TcpCheckStep): string {
  if (step.connect) {
    const c = step.connect;
    return ['tcp-check connect', ...(c.port ? [`port ${c.port}`] : []), ...(c.ssl ? ['ssl'] : []), ...(c.sni ? [`sni ${quoteWord(c.sni)}`] : [])].join(' ');
  }
  if (step.send !== undefined) return `tcp-check send ${quoteWord(step.send)}`;
  if (step.sendBinary !== undefined) return `tcp-check send-binary ${step.sendBinary}`;
  const e = step.expect!;
  if (e.string !== undefined) return `tcp-check expect string ${quoteWord(e.string)}`;
  if (e.rstring !== undefined) return `tcp-check expect rstring ${quoteWord(e.rstring)}`;
  return `tcp-check expect binary ${e.binary}`;
}

/** The backend statements that choose and configure the health check. */
function checkStatements(check: ServiceCheck | PassthroughCheck): string[] {
  switch (check.type) {
    case 'tcp':
      return [];
    case 'ssl-hello':
      // Sends an SSLv3 ClientHello and accepts a handshake or alert record: TLS is answered, not ended.
      return ['option ssl-hello-chk'];
    case 'http': {
      const version = check.host ? ` ver HTTP/1.1 hdr Host ${quoteWord(check.host)}` : '';
      return ['option httpchk', `http-check send meth ${check.method} uri ${quoteWord(check.path)}${version}`, `http-check expect status ${check.expectStatus}`];
    }
    case 'tcp-check':
      return ['option tcp-check', ...check.steps.map(tcpCheckStep)];
  }
}

function defaultServer(o: BackendOptions): string {
  const c = o.check;
  const words = [`inter ${c.inter}`, `fall ${c.fall}`, `rise ${c.rise}`];
  if (c.port) words.push(`port ${c.port}`);
  if (o.checkOverTls) {
    // The servers' certificates are for the public names, not the addresses checked: no verification.
    words.push('check-ssl', 'verify none');
    if (c.type === 'http' && 'sni' in c && c.sni) words.push(`check-sni ${quoteWord(c.sni)}`);
  } else if (c.type === 'tcp-check' && c.steps.some((s) => s.connect?.ssl)) {
    words.push('verify none');
  }
  if (o.proxyProtocol) words.push(o.proxyProtocol === 'v2' ? 'send-proxy-v2' : 'send-proxy');
  return `default-server ${words.join(' ')}`;
}

function serverLine(s: BackendServer, o: BackendOptions): string {
  const address = `${s.address.host}${s.address.port !== undefined ? `:${s.address.port}` : ''}`;
  const words = ['server', s.name, address, 'check'];
  if (s.weight !== undefined) words.push('weight', String(s.weight));
  if (s.backup) words.push('backup');
  if (o.cookie) words.push('cookie', s.cookie ?? s.name);
  return words.join(' ');
}

export function backendSection(o: BackendOptions): Section {
  const c = o.cookie;
  return {
    header: `backend ${o.name}`,
    ...(o.comments ? { comments: o.comments } : {}),
    lines: [
      `balance ${o.balance}`,
      ...(c ? [`cookie ${c.name} ${c.mode}${c.indirect ? ' indirect' : ''}${c.nocache ? ' nocache' : ''}`] : []),
      ...(o.allBackups ? ['# Share the load over every backup server, not only the first one.', 'option allbackups'] : []),
      ...checkStatements(o.check),
      defaultServer(o),
      ...o.servers.map((s) => serverLine(s, o)),
    ],
  };
}
