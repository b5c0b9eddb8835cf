import { describe, expect, it } from 'vitest';
import { builtinEnv } from '../src/index.js';

describe('builtinEnv', () => {
  it('defines per release what HAProxy sets before it parses the files', () => {
    expect(Object.keys(builtinEnv('2.4'))).toEqual(['HAPROXY_LOCALPEER']);
    expect(Object.keys(builtinEnv('2.6'))).toEqual(['HAPROXY_LOCALPEER', 'HAPROXY_STARTUP_VERSION']);
    expect(Object.keys(builtinEnv('3.0')).sort()).toEqual(['HAPROXY_BRANCH', 'HAPROXY_HTTPS_LOG_FMT', 'HAPROXY_HTTP_LOG_FMT', 'HAPROXY_LOCALPEER', 'HAPROXY_STARTUP_VERSION', 'HAPROXY_TCP_LOG_FMT']);
    expect(Object.keys(builtinEnv('3.2'))).toContain('HAPROXY_CFGFILES');
    expect(Object.keys(builtinEnv('3.1'))).not.toContain('HAPROXY_CFGFILES');
    expect(Object.keys(builtinEnv('3.4'))).toContain('HAPROXY_KEYLOG_FC_LOG_FMT');
  });

  it('gives the values HAProxy gives', () => {
    const env = builtinEnv('3.2', ['a.cfg', 'conf.d/b.cfg']);
    expect(env['HAPROXY_BRANCH']).toBe('3.2');
    expect(env['HAPROXY_CFGFILES']).toBe('a.cfg;conf.d/b.cfg');
    // As `.notice "${HAPROXY_TCP_LOG_FMT}"` prints it with 3.0.0 and 3.2.0.
    expect(env['HAPROXY_TCP_LOG_FMT']).toBe('%ci:%cp [%t] %ft %b/%s %Tw/%Tc/%Tt %B %ts %ac/%fc/%bc/%sc/%rc %sq/%bq');
    expect(env['HAPROXY_HTTPS_LOG_FMT']!.startsWith(env['HAPROXY_HTTP_LOG_FMT']!)).toBe(true);
    expect(builtinEnv('3.4')['HAPROXY_KEYLOG_BC_LOG_FMT']!.split('\n')).toHaveLength(8);
  });
});
