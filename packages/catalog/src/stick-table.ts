/**
 * What a stick-table definition (`stick-table` in proxies, `table` in peers sections) accepts, read
 * from parse_stick_table() and stktable_data_types[] in stick_table.c at each release. The stored
 * data types here follow the source: the documentation's list (MISC.stickTableDataTypes) dates some
 * later (gpt0, glitch_*) and omits server_key.
 */
import type { HaproxyVersion } from './versions.js';

/** Key types (`type <t>`); the same from 2.4 to 3.4. */
export const STICK_TABLE_TYPES: ReadonlySet<string> = new Set(['ip', 'ipv6', 'integer', 'string', 'binary']);

/** Keywords of a table definition: whether each reads a value, and the release it appeared in. */
export const STICK_TABLE_KEYWORDS: Readonly<Record<string, { readonly value: boolean; readonly since: HaproxyVersion }>> = {
  size: { value: true, since: '2.4' }, peers: { value: true, since: '2.4' }, expire: { value: true, since: '2.4' }, nopurge: { value: false, since: '2.4' },
  type: { value: true, since: '2.4' }, store: { value: true, since: '2.4' }, srvkey: { value: true, since: '2.4' }, 'write-to': { value: true, since: '2.9' },
  'brates-factor': { value: true, since: '3.1' }, 'recv-only': { value: false, since: '3.2' },
};

/** Stored data types: `rate` ones take a period, `array` ones a count (gpc_rate both). */
export const STICK_TABLE_DATA: Readonly<Record<string, { readonly since: HaproxyVersion; readonly rate?: true; readonly array?: true }>> = {
  server_id: { since: '2.4' }, gpt0: { since: '2.4' }, gpc0: { since: '2.4' }, gpc0_rate: { since: '2.4', rate: true }, conn_cnt: { since: '2.4' },
  conn_rate: { since: '2.4', rate: true }, conn_cur: { since: '2.4' }, sess_cnt: { since: '2.4' }, sess_rate: { since: '2.4', rate: true },
  http_req_cnt: { since: '2.4' }, http_req_rate: { since: '2.4', rate: true }, http_err_cnt: { since: '2.4' }, http_err_rate: { since: '2.4', rate: true },
  bytes_in_cnt: { since: '2.4' }, bytes_in_rate: { since: '2.4', rate: true }, bytes_out_cnt: { since: '2.4' }, bytes_out_rate: { since: '2.4', rate: true },
  gpc1: { since: '2.4' }, gpc1_rate: { since: '2.4', rate: true }, server_key: { since: '2.4' }, http_fail_cnt: { since: '2.4' },
  http_fail_rate: { since: '2.4', rate: true }, gpt: { since: '2.5', array: true }, gpc: { since: '2.5', array: true }, gpc_rate: { since: '2.5', rate: true, array: true },
  glitch_cnt: { since: '3.0' }, glitch_rate: { since: '3.0', rate: true },
};

/** Array data types that replace their numbered forms: the two cannot be stored in one table. */
export const STICK_TABLE_OVERRIDES: readonly (readonly [string, readonly string[]])[] = [
  ['gpt', ['gpt0']],
  ['gpc', ['gpc0', 'gpc1']],
  ['gpc_rate', ['gpc0_rate', 'gpc1_rate']],
];
