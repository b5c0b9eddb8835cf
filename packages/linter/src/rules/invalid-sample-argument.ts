import { isIPv4 } from 'node:net';
import { compareVersions, sampleArgChecks, sampleArgFacts, sampleCheckValues, type HaproxyVersion, type SampleArgCheck, type SampleArgFacts, type SampleArgFormat, type SampleArgType } from '@hacfg/catalog';
import { readsEmptyArg, samplesOf } from '@hacfg/model';
import type { SampleCall, TextRange } from '@hacfg/syntax';
import { defineRule } from '../define-rule.js';
import { isIPv6Address, isMask4, isMask6 } from '../util/ip.js';
import { isHexBytes } from '../util/words.js';

/** Types HAProxy cannot read from an empty argument (make_arg_list(): "got nothing"). */
const EMPTY_FAILS: ReadonlySet<SampleArgType> = new Set(['int', 'time', 'size', 'ipv4', 'ipv6', 'mask4', 'mask6', 'pbuf']);
const TYPE_NAMES: Readonly<Partial<Record<SampleArgType, string>>> = {
  int: 'an integer',
  time: 'a delay',
  size: 'a size',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  mask4: 'an IPv4 mask (dotted or a prefix length up to 32)',
  mask6: 'an IPv6 mask (an address or a prefix length up to 128)',
  pbuf: "a protocol buffers field number (such as '1' or '1.2.3')",
};

/** Whether a written value has the syntax of its address or field-number type (arg.c make_arg_list()); integers are judged apart. */
function typeAccepts(t: SampleArgType, v: string): boolean {
  switch (t) {
    case 'ipv4':
      return isIPv4(v);
    case 'ipv6':
      return isIPv6Address(v);
    case 'mask4':
      return isMask4(v);
    case 'mask6':
      return isMask6(v);
    case 'pbuf':
      // parse_dotted_uints(): numbers separated by dots, an empty one reading 0, no dot last.
      return /^[\d.]+$/.test(v) && !v.endsWith('.');
    default:
      return true;
  }
}

const FORMATS: Readonly<Record<SampleArgFormat, { readonly test: (v: string) => boolean; readonly what: string }>> = {
  'hex-bytes': { test: (v) => v !== '' && isHexBytes(v), what: 'an even number of hex digits' },
  digits: { test: (v) => /^\d+$/.test(v), what: 'a number' },
  positive: { test: (v) => /^\d+$/.test(v) && Number(v) > 0, what: 'a positive number' },
  'four-chars': { test: (v) => v.length === 4, what: 'exactly four characters' },
  'non-empty': { test: (v) => v !== '', what: 'a non-empty string' },
};

/** What a check accepts, in words. */
function describe(c: SampleArgCheck, values: readonly string[] | undefined): string {
  const parts = [...(values ?? []).map((v) => `'${v}'`), ...(c.format ? [FORMATS[c.format].what] : []), ...(c.range ? [Number.isFinite(c.range[1]) ? `a number from ${c.range[0]} to ${c.range[1]}` : `a number from ${c.range[0]}`] : [])];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : parts[0]!;
}

/**
 * Whether HAProxy's check refuses the value (`''` when left out or empty), following the check's
 * rule for absent values.
 */
function refuses(c: SampleArgCheck, call: SampleCall, f: SampleArgFacts, values: readonly string[] | undefined): boolean {
  const args = call.args ?? [];
  // An integer left out reads 0, a string left out reads empty.
  const isSet = (j: number): boolean => {
    const v = args[j]?.value ?? '';
    return f.types[j] === 'int' ? v !== '' && Number(v) !== 0 : v !== '';
  };
  if (c.onlyWith && !c.onlyWith.some(isSet)) return false;
  const text = args[c.index]?.value ?? '';
  if (text === '') return c.absent === 'fails' || (c.absent === 'emptyFails' && readsEmptyArg(call, c.index, f.min));
  if (f.types[c.index] === 'int' && !/^[-+]?\d+$/.test(text)) return false;
  if (c.range) return Number(text) < c.range[0] || Number(text) > c.range[1];
  const same = c.ignoreCase ? (v: string): boolean => v.toLowerCase() === text.toLowerCase() : (v: string): boolean => v === text;
  return !(values?.some(same) || (c.format !== undefined && FORMATS[c.format].test(text)));
}

export default defineRule({
  id: 'invalid-sample-argument',
  meta: {
    description: 'Disallow sample fetch and converter arguments HAProxy cannot parse: too many, missing, not an integer, or a server without its backend',
    severity: 'error',
    category: 'syntax',
    fixable: false,
    messages: {
      tooMany: "'{{name}}' takes at most {{max}} argument(s) in HAProxy {{version}}",
      missing: "'{{name}}' needs at least {{min}} argument(s) in HAProxy {{version}} (got {{got}})",
      nothing: "argument {{index}} of '{{name}}' must be {{type}}, and there is none",
      notInt: "argument {{index}} of '{{name}}' must be an integer in HAProxy {{version}} (got '{{value}}')",
      noBackend: "'{{name}}' needs 'backend/server' here: {{kind}} '{{proxy}}' has no backend of its own",
      selfNotBackend: "'{{name}}' without a backend name reads the current proxy, and {{kind}} '{{proxy}}' is no backend: name one",
      noUserlist: "'{{name}}' needs the name of a userlist",
      noServer: "'{{name}}' needs a server name ('backend/server' outside backends)",
      value: "argument {{index}} of '{{name}}' must be {{allowed}} in HAProxy {{version}} (got '{{value}}')",
      required: "argument {{index}} of '{{name}}' must be {{allowed}}, and there is none",
      notType: "argument {{index}} of '{{name}}' must be {{type}} (got '{{value}}')",
    },
  },
  create(ctx) {
    const cmp = compareVersions as (a: HaproxyVersion, b: HaproxyVersion) => number;
    return {
      statement(st, where) {
        for (const expr of samplesOf(st, where.doc.text, ctx.version)) {
          if (expr.error !== undefined) continue;
          const calls: [SampleCall, 'fetch' | 'converter'][] = [[expr.fetch, 'fetch'], ...expr.converters.map((c): [SampleCall, 'converter'] => [c, 'converter'])];
          for (const [call, kind] of calls) {
            const f = sampleArgFacts(kind, call.name, ctx.version, cmp);
            if (!f) continue;
            const args = call.args ?? [];
            const data = { name: call.name, version: ctx.version };
            if (args.some((a) => a.value.includes('$'))) continue;
            if (args.length > f.max) {
              ctx.report({ messageId: 'tooMany', data: { ...data, max: f.max }, range: args[f.max]!.range });
              continue;
            }
            // A name resolved after parsing, left out or empty, names the current proxy (or nothing).
            const t0 = f.types[0];
            if (readsEmptyArg(call, 0, f.min) && (t0 === 'be' || t0 === 'usr' || t0 === 'srv') && where.proxy) {
              const p = where.proxy;
              const range: TextRange = call.nameRange;
              if (t0 === 'usr') ctx.report({ messageId: 'noUserlist', data, range });
              else if (t0 === 'srv') ctx.report({ messageId: 'noServer', data, range });
              else if (!p.isBackend && p.kind !== 'defaults') ctx.report({ messageId: 'selfNotBackend', data: { ...data, kind: p.kind, proxy: p.name ?? '' }, range });
              continue;
            }
            // No arguments at all: HAProxy reads one empty argument when one is required.
            if (args.length === 0 && f.min > 0) {
              const t = f.types[0]!;
              const range: TextRange = call.nameRange;
              if (EMPTY_FAILS.has(t)) {
                ctx.report({ messageId: 'nothing', data: { ...data, index: 1, type: TYPE_NAMES[t]! }, range });
                continue;
              }
              if (f.min > 1) {
                ctx.report({ messageId: 'missing', data: { ...data, min: f.min, got: 1 }, range });
                continue;
              }
            }
            if (args.length > 0 && args.length < f.min) {
              ctx.report({ messageId: 'missing', data: { ...data, min: f.min, got: args.length }, range: call.range });
              continue;
            }
            // Arguments already reported for their type are not judged again by the checks below.
            const bad = new Set<number>();
            args.forEach((a, i) => {
              const t = f.types[i]!;
              const index = i + 1;
              if (a.value === '') {
                // An empty optional argument written last is no argument at all; before a comma,
                // make_arg_list() stops there and wants the closing parenthesis.
                if (EMPTY_FAILS.has(t) && (i < f.min || i < args.length - 1)) {
                  bad.add(i);
                  ctx.report({ messageId: 'nothing', data: { ...data, index, type: TYPE_NAMES[t]! }, range: a.range });
                }
                return;
              }
              if (t === 'int' && !/^[-+]?\d+$/.test(a.value)) return void ctx.report({ messageId: 'notInt', data: { ...data, index, value: a.value }, range: a.range });
              if (!typeAccepts(t, a.value)) return void ctx.report({ messageId: 'notType', data: { ...data, index, value: a.value, type: TYPE_NAMES[t]! }, range: a.range });
              const p = where.proxy;
              if (t === 'srv' && !a.value.includes('/') && p && !p.isBackend) ctx.report({ messageId: 'noBackend', data: { ...data, kind: p.kind, proxy: p.name ?? '' }, range: a.range });
            });
            for (const c of sampleArgChecks(kind, call.name)) {
              if (c.index >= f.max || bad.has(c.index)) continue;
              const values = sampleCheckValues(c, ctx.version, cmp);
              if (!refuses(c, call, f, values)) continue;
              const a = args[c.index];
              const allowed = describe(c, values);
              if (a && a.value !== '') ctx.report({ messageId: 'value', data: { ...data, index: c.index + 1, value: a.value, allowed }, range: a.range });
              else ctx.report({ messageId: 'required', data: { ...data, index: c.index + 1, allowed }, range: a?.range ?? call.range });
            }
          }
        }
      },
    };
  },
});
