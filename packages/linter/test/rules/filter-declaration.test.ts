import rule from '../../src/rules/filter-declaration.js';
import { cfg, ruleTester } from '../rule-tester.js';

const CACHE = ['cache c', '  total-max-size 4'];

ruleTester(rule, {
  valid: [
    { name: 'one compression filter', code: cfg('backend b', '  filter compression', '  compression algo gzip') },
    { name: 'cache before compression', code: cfg(...CACHE, 'backend b', '  filter cache c', '  filter compression', '  http-request cache-use c', '  http-response cache-store c') },
    { name: 'implicit cache and implicit compression (added last)', code: cfg(...CACHE, 'backend b', '  compression algo gzip', '  http-request cache-use c', '  http-response cache-store c') },
    { name: 'explicit cache replaces the implicit one', code: cfg(...CACHE, 'backend b', '  http-request cache-use c', '  filter cache c', '  filter trace') },
    { name: 'compression settings with an explicit compression filter among others', code: cfg('defaults', '  compression algo gzip', 'backend b', '  filter trace', '  filter compression') },
    { name: 'two different caches', code: cfg(...CACHE, 'cache d', '  total-max-size 4', 'backend b', '  filter cache c', '  filter cache d') },
    { name: 'use-fcgi-app beside an implicit cache', code: cfg(...CACHE, 'backend b', '  filter fcgi-app php', '  http-response cache-store c') },
  ],
  invalid: [
    {
      name: 'two compression filters',
      code: cfg('backend b', '  filter compression', '  filter compression'),
      errors: [{ messageId: 'twoCompressions', message: "backend 'b' already declares a compression filter: HAProxy supports only one per proxy", line: 3, column: 10, endLine: 3, endColumn: 21 }],
    },
    {
      name: 'a cache filter declared twice',
      code: cfg(...CACHE, 'backend b', '  filter cache c', '  filter cache c'),
      errors: [{ messageId: 'twoCaches', line: 5, column: 16, endLine: 5, endColumn: 17 }],
    },
    {
      name: 'compression before the cache',
      code: cfg(...CACHE, 'backend b', '  filter compression', '  filter cache c'),
      errors: [{ messageId: 'compressionFirst', message: "the compression filter comes before the cache 'c' in backend 'b': HAProxy refuses it, the cache must be declared first", line: 5, column: 10, endLine: 5, endColumn: 15 }],
    },
    {
      name: 'compression before an implicit cache',
      code: cfg(...CACHE, 'backend b', '  filter compression', '  http-response cache-store c'),
      errors: [{ messageId: 'compressionFirst', line: 5, column: 29, endLine: 5, endColumn: 30 }],
    },
    {
      name: 'compression settings inherited from defaults, another filter explicit',
      code: cfg('defaults', '  compression algo gzip', 'frontend f', '  bind :80', '  filter trace'),
      errors: [{ messageId: 'implicitCompression', message: "frontend 'f' has 'compression' settings and declares other filters: HAProxy then requires an explicit 'filter compression'", line: 5, column: 10, endLine: 5, endColumn: 15 }],
    },
    {
      name: 'an implicit cache beside an explicit filter',
      code: cfg(...CACHE, 'backend b', '  filter trace', '  http-request cache-use c'),
      errors: [{ messageId: 'implicitCache', line: 5, column: 26, endLine: 5, endColumn: 27 }],
    },
  ],
});
