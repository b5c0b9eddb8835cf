/**
 * Passthrough: `mode tcp` so TLS reaches the platforms untouched; platforms are servers (standby ones
 * `backup`); SNI routes read the name from the ClientHello without decrypting anything.
 */
import { validate } from '../validate.js';
import { passthroughSpec, type PassthroughSpec, type PassthroughSpecInput } from '../schema/passthrough.js';
import { backendSection, type BackendServer } from './backend.js';
import { bindLine, defaultsSection, globalSection, render, type Section } from './config.js';

type Platform = PassthroughSpec['platforms'][number];

function servers(platforms: readonly Platform[]): BackendServer[] {
  return platforms.map((p) => ({ name: p.name, address: p.address, weight: p.weight, backup: p.standby }));
}

function backend(spec: PassthroughSpec, name: string, platforms: readonly Platform[], comments?: string[]): Section {
  return backendSection({
    name,
    balance: spec.balance,
    check: spec.check,
    servers: servers(platforms),
    checkOverTls: spec.check.type === 'http',
    proxyProtocol: spec.proxyProtocol,
    ...(comments ? { comments } : {}),
  });
}

function routeAcls(spec: PassthroughSpec): string[] {
  const lines: string[] = [];
  for (const r of spec.routes) {
    const exact = r.hosts.filter((h) => !h.startsWith('*.'));
    const wild = r.hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(1));
    if (exact.length) lines.push(`acl sni_${r.name} req.ssl_sni -i ${exact.join(' ')}`);
    if (wild.length) lines.push(`acl sni_${r.name} req.ssl_sni -m end -i ${wild.join(' ')}`);
  }
  return lines;
}

export function passthroughSections(spec: PassthroughSpec): Section[] {
  const main = `be_${spec.name}`;
  const tls = spec.listen.filter((l) => l.tls);
  const clear = spec.listen.filter((l) => !l.tls);
  const routed = spec.routes.length > 0;
  // With SNI routing, clear-text listeners get their own frontend: they would otherwise wait the
  // whole inspect-delay for a ClientHello that never comes.
  const frontBinds = routed ? tls : spec.listen;
  const sections: Section[] = [globalSection(spec.global), defaultsSection('tcp', spec.timeouts, { httpRequestTimeout: false })];
  sections.push({
    header: `frontend fe_${spec.name}`,
    lines: [
      ...frontBinds.map((l) => bindLine(l.bind)),
      ...(routed
        ? [
            '# Wait for the TLS ClientHello so that req.ssl_sni can be read; TLS is not ended here.',
            `tcp-request inspect-delay ${spec.inspectDelay}`,
            'tcp-request content accept if { req.ssl_hello_type 1 }',
            ...routeAcls(spec),
            ...spec.routes.map((r) => `use_backend be_${spec.name}_${r.name} if sni_${r.name}`),
          ]
        : []),
      `default_backend ${main}`,
    ],
  });
  if (routed && clear.length) sections.push({ header: `frontend fe_${spec.name}_clear`, lines: [...clear.map((l) => bindLine(l.bind)), `default_backend ${main}`] });
  const split = spec.platforms.some((p) => p.standby) ? ['Standby platforms (backup) get traffic only when no active platform is up.'] : [];
  sections.push(backend(spec, main, spec.platforms, split.length ? split : undefined));
  for (const r of spec.routes) {
    const names = new Set(r.platforms);
    // The other platforms stand by (backup): a route whose platforms are all down falls back to
    // them instead of answering every connection with a reset.
    const platforms = [...spec.platforms.filter((p) => names.has(p.name)), ...spec.platforms.filter((p) => !names.has(p.name)).map((p) => ({ ...p, standby: true }))];
    sections.push(backend(spec, `be_${spec.name}_${r.name}`, platforms, [`SNI route ${r.name}: ${r.hosts.join(', ')}; the other platforms stand by.`]));
  }
  return sections;
}

/** A complete haproxy.cfg for a passthrough spec; throws `SpecError` naming the bad field. */
export function emitPassthrough(input: PassthroughSpecInput): string {
  const spec = validate('passthrough', passthroughSpec, input);
  return render('TCP/TLS passthrough: TLS is ended by the platforms, not here.', passthroughSections(spec));
}
