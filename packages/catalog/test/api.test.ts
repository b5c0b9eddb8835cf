import { describe, expect, it } from 'vitest';
import {
  aclCriterion,
  aclFlag,
  action,
  actionNames,
  allKeywordNames,
  allowedIn,
  applyMechanicalFix,
  atVersion,
  balanceAlgorithm,
  bindOption,
  buildFlag,
  condOperatorsIn,
  condPredicate,
  converter,
  crtStoreLoadParam,
  deprecatedIn,
  docUrl,
  fetch,
  knownIn,
  matchKeyword,
  matchMethod,
  matchRemovedKeyword,
  predefinedAcl,
  PROXY_KEYWORDS,
  proxyKeyword,
  removedKeyword,
  section,
  sectionKeyword,
  SECTIONS,
  serverOption,
  sizeUnit,
  subKeywords,
  timeUnit,
  VERSIONS,
} from '../src/index.js';

describe('sections', () => {
  it('knows when sections appeared', () => {
    expect(section('ring')?.since).toBe('2.4');
    expect(section('crt-store')?.since).toBe('3.0');
    expect(section('crt-store', '2.9')).toBeUndefined();
    expect(section('program')?.removedIn).toBe('3.3');
    expect(section('healthcheck', '3.4')?.kind).toBe('other');
  });
  it('hand-written SECTIONS agree with the generated data', () => {
    for (const s of SECTIONS) {
      const g = section(s.name);
      expect(g, s.name).toBeDefined();
      expect(g?.since, s.name).toBe(s.since);
      expect(g?.removedIn, s.name).toBe(s.removedIn);
      expect(g?.kind, s.name).toBe(s.kind);
      expect(g?.deprecatedSince, s.name).toBe(s.deprecatedSince);
    }
  });
  it('keeps per-version chapters', () => {
    expect(atVersion(section('ring')!, '2.6').chapter).toBe('3.9');
    expect(atVersion(section('ring')!, '3.4').chapter).toBe('12.5');
  });
});

describe('section keywords', () => {
  it('matches the longest multi-word keyword', () => {
    expect(matchKeyword('backend', ['option', 'httpchk', 'GET', '/'])).toMatchObject({ entry: { name: 'option httpchk' }, consumed: 2 });
    expect(matchKeyword('defaults', ['timeout', 'client', '5s'])?.entry.name).toBe('timeout client');
    expect(matchKeyword('global', ['stats', 'socket', '/run/s'])?.entry.name).toBe('stats socket');
    expect(matchKeyword('backend', ['http-check', 'expect', 'status', '200'])?.entry.name).toBe('http-check expect');
    expect(matchKeyword('frontend', ['tcp-request', 'content', 'accept'])?.entry.name).toBe('tcp-request content');
    expect(matchKeyword('frontend', ['capture', 'request', 'header', 'Host', 'len', '20'])).toMatchObject({
      entry: { name: 'capture request header' },
      consumed: 3,
    });
    expect(matchKeyword('frontend', ['bind', ':80'])).toMatchObject({ entry: { name: 'bind' }, consumed: 1 });
    expect(matchKeyword('mailers', ['timeout', 'mail', '10s'])?.entry.name).toBe('timeout mail');
    expect(matchKeyword('frontend', ['nosuch'])).toBeUndefined();
  });
  it('takes no/default prefixes in proxies', () => {
    expect(matchKeyword('defaults', ['no', 'option', 'httplog'])).toMatchObject({ entry: { name: 'option httplog' }, consumed: 3, prefix: 'no' });
    expect(matchKeyword('defaults', ['default', 'option', 'redispatch'])?.prefix).toBe('default');
  });
  it('checks sections from the matrix', () => {
    const httpchk = sectionKeyword('backend', 'option httpchk')!;
    expect(allowedIn(httpchk, 'backend')).toBe(true);
    expect(allowedIn(httpchk, 'frontend')).toBe(false);
    const bind = proxyKeyword('bind')!;
    expect(allowedIn(bind, 'backend')).toBe(false);
    expect(allowedIn(bind, 'listen')).toBe(true);
  });
  it('gives every proxy keyword a section list at every version, from the nearest version where the matrix is silent', () => {
    for (const e of PROXY_KEYWORDS) for (const v of VERSIONS) expect(Array.isArray(atVersion(e, v).sections), `${e.name} @${v}`).toBe(true);
    // Not in 2.6's matrix, yet HAProxy 2.6 ignores it in a backend ("no frontend capability").
    const msc = proxyKeyword('max-session-srv-conns')!;
    expect(allowedIn(msc, 'backend', '2.6')).toBe(false);
    expect(allowedIn(msc, 'frontend', '2.6')).toBe(true);
    // Out of the matrix from 3.1 (renamed), still placed as before.
    const inv = sectionKeyword('frontend', 'option accept-invalid-http-response')!;
    expect(allowedIn(inv, 'frontend', '3.4')).toBe(false);
    expect(allowedIn(inv, 'backend', '3.4')).toBe(true);
  });
  it('keeps per-version section differences', () => {
    // `acl` became usable in (named) defaults sections after 2.4.
    const acl = proxyKeyword('acl')!;
    expect(allowedIn(acl, 'defaults', '2.4')).toBe(false);
    expect(allowedIn(acl, 'defaults', '3.0', true)).toBe(true);
    expect(allowedIn(acl, 'defaults', '3.0', false)).toBe(false);
  });
  it('filters by version', () => {
    expect(sectionKeyword('global', 'nbproc', '2.4')).toBeDefined();
    expect(sectionKeyword('global', 'nbproc', '2.6')).toBeUndefined();
    expect(sectionKeyword('defaults', 'option http_proxy', '2.5')).toBeUndefined();
    expect(proxyKeyword('bind-process', '2.6')).toBeDefined();
    expect(proxyKeyword('bind-process', '2.7')).toBeUndefined();
    expect(sectionKeyword('peers', 'table', '2.4')?.kind).toBe('section');
    expect(allKeywordNames('frontend')).toContain('use_backend');
    expect(allKeywordNames('global', '2.4')).not.toContain('tune.quic.frontend.max-idle-timeout');
    expect(crtStoreLoadParam('crt', '3.0')).toBeDefined();
  });
  it('lists families', () => {
    expect(subKeywords('timeout')).toEqual(expect.arrayContaining(['client', 'server', 'connect', 'http-request']));
    expect(subKeywords('option', '2.4')).toContain('httplog');
  });
});

describe('actions', () => {
  it('knows rulesets and versions', () => {
    expect(action('http-request', 'return', '2.4')).toBeDefined();
    expect(action('http-request', 'set-header')?.rulesets['http-request']?.since).toBe('2.4');
    expect(action('tcp-request connection', 'set-header')).toBeUndefined();
    expect(action('quic-initial', 'reject', '3.0')).toBeUndefined();
    expect(action('quic-initial', 'reject', '3.1')).toBeDefined();
    expect(action('http-after-response', 'del-acl', '2.8')).toBeDefined();
    // The 2.9+ documentation matrix drops it; http_act.c still registers it (source facts decide).
    expect(action('http-after-response', 'del-acl', '2.9')).toBeDefined();
    expect(action('http-after-response', 'del-acl', '2.7')).toBeUndefined();
    expect(action('http-request', 'del-acl', '2.9')).toBeDefined();
    expect(actionNames('tcp-request content', '3.4')).toContain('accept');
    expect(deprecatedIn(action('http-request', 'set-tos')!, '3.0')).toBe(true);
  });
});

describe('samples and ACLs', () => {
  it('knows fetches and converters', () => {
    expect(fetch('req.ssl_sni')?.type).toBe('string');
    expect(fetch('nbsrv')).toBeDefined();
    expect(fetch('src')?.layer).toBe('l4');
    expect(fetch('nbproc', '2.5')).toBeUndefined();
    expect(converter('lower')?.outputType).toBe('string');
    expect(converter('map_beg_int')?.outputType).toBe('integer');
  });
  it('resolves ACL-only derivatives as fetches', () => {
    expect(aclCriterion('hdr_beg')).toMatchObject({ kind: 'derivative', match: 'beg', fetch: { name: 'req.hdr' } });
    expect(aclCriterion('path_beg', '3.4')?.fetch?.name).toBe('path');
    expect(aclCriterion('src')?.kind).toBe('fetch');
    expect(aclCriterion('nosuch_beg')).toBeUndefined();
  });
  it('knows flags, methods, predefined ACLs', () => {
    expect(aclFlag('-m')?.takesArgument).toBe(true);
    expect(aclFlag('-i')?.takesArgument).toBeUndefined();
    expect(matchMethod('dom')).toBeDefined();
    expect(predefinedAcl('HTTP_3.0', '2.8')).toBeUndefined();
    expect(predefinedAcl('HTTP_3.0', '2.9')).toBeDefined();
    expect(predefinedAcl('TRUE')?.equivalent).toBe('always_true');
  });
});

describe('options and misc', () => {
  it('bind and server options', () => {
    expect(bindOption('ssl')).toBeDefined();
    expect(bindOption('ssl')?.takesArgument).toBeFalsy(); // false flags are omitted from the data
    expect(bindOption('crt')?.takesArgument).toBe(true);
    expect(bindOption('process', '2.7')).toBeUndefined();
    expect(serverOption('check')).toBeDefined();
    expect(serverOption('id')?.noDefaultServer).toBe(true);
  });
  it('balance, predicates, units', () => {
    expect(balanceAlgorithm('roundrobin')).toBeDefined();
    expect(balanceAlgorithm('hash', '2.5')).toBeUndefined();
    expect(balanceAlgorithm('hash', '2.6')).toBeDefined();
    expect(condPredicate('version_atleast')).toBeDefined();
    expect(condPredicate('strstr', '2.6')).toBeUndefined();
    expect(condOperatorsIn('2.4')).toEqual([]);
    expect(condOperatorsIn('2.6')).toContain('&&');
    expect(timeUnit('ms')?.default).toBe(true);
    expect(sizeUnit('k', '2.6')).toBeUndefined();
    expect(sizeUnit('k', '2.8')).toBeDefined();
  });
  it('knownIn uses [since, removedIn)', () => {
    const e = proxyKeyword('option http_proxy')!;
    expect(knownIn(e, '2.4')).toBe(true);
    expect(knownIn(e, '2.5')).toBe(false);
    for (const v of VERSIONS) expect(knownIn(proxyKeyword('balance')!, v)).toBe(true);
  });
});

describe('removed legacy keywords', () => {
  it('have replacements and fixes', () => {
    expect(removedKeyword('contimeout')).toMatchObject({ removedIn: '2.1', replacement: 'timeout connect' });
    expect(removedKeyword('appsession')?.removedIn).toBe('1.6');
    expect(removedKeyword('nbproc')?.removedIn).toBe('2.5');
    expect(removedKeyword('quiet')).toBeUndefined();
    const m = matchRemovedKeyword(['contimeout', '5s'])!;
    expect(applyMechanicalFix(m.entry.mechanicalFix!, ['contimeout', '5s'])).toEqual(['timeout', 'connect', '5s']);
    expect(matchRemovedKeyword(['option', 'http-use-htx'])?.entry.mechanicalFix).toEqual({ kind: 'removeLine' });
    expect(applyMechanicalFix(removedKeyword('block')!.mechanicalFix!, ['block', 'if', 'bad'])).toEqual(['http-request', 'deny', 'if', 'bad']);
  });
  it('are not current keywords of the scope they are removed from', () => {
    for (const r of ['contimeout', 'reqrep', 'block', 'appsession', 'monitor-net', 'redispatch', 'option http-use-htx']) {
      expect(proxyKeyword(r), r).toBeUndefined();
    }
  });
  it('flags build-dependent keywords', () => {
    expect(buildFlag('global', 'tune.quic.retry-threshold')).toBe('USE_QUIC');
    expect(buildFlag('global', 'ssl-engine')).toBe('USE_ENGINE');
    expect(buildFlag('converter', 'da-csv-conv')).toBe('USE_DEVICEATLAS');
    expect(buildFlag('global', 'maxconn')).toBeUndefined();
  });
});

describe('docUrl', () => {
  it('builds anchors from the data', () => {
    expect(docUrl({ category: 'proxy', name: 'balance' }, '2.6')).toBe('https://docs.haproxy.org/2.6/configuration.html#4.2-balance');
    expect(docUrl({ category: 'server', name: 'check' }, '3.0')).toBe('https://docs.haproxy.org/3.0/configuration.html#5.2-check');
    expect(docUrl({ category: 'fetch', name: 'src' }, '3.5-dev')).toBe('https://docs.haproxy.org/dev/configuration.html#7.3.3-src');
    expect(docUrl({ category: 'global', name: 'daemon' }, '2.4')).toBe('https://docs.haproxy.org/2.4/configuration.html#3.1-daemon');
    expect(docUrl({ category: 'global', name: 'tune.bufsize' }, '2.4')).toContain('#3.2-tune.bufsize');
    expect(docUrl({ category: 'proxy', name: 'option httpchk' }, '3.4')).toContain('#4.2-option%20httpchk');
    expect(docUrl({ category: 'action', name: 'set-header' }, '3.0')).toContain('#4.4-set-header');
    expect(docUrl({ category: 'section', name: 'ring' }, '2.6')).toContain('#3.9');
    expect(docUrl({ category: 'section-keyword', section: 'peers', name: 'peer' }, '3.4')).toContain('#11.2-peer');
  });
});
