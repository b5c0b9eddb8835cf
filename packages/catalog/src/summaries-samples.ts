// Own-words one-liners for every sample fetch and converter, gathered from the per-family tables.
// Fetches: internal state, layer 4 (plus the stick-table counter families), layer 5 and TLS,
// layer 6 buffers, layer 7 HTTP. Converters: value reshaping, lookups, protocol decoders.
// ACL-only derivatives (hdr_beg, path_end, …) have none: they resolve to their base fetch.
import { CONVERTER_LOOKUP_SUMMARIES } from './summaries-converters-lookup.js';
import { CONVERTER_PROTO_SUMMARIES } from './summaries-converters-proto.js';
import { CONVERTER_TEXT_SUMMARIES } from './summaries-converters-text.js';
import { FETCH_COUNTER_SUMMARIES } from './summaries-fetch-counters.js';
import { FETCH_INTERNAL_SUMMARIES } from './summaries-fetch-internal.js';
import { FETCH_L4_SUMMARIES } from './summaries-fetch-l4.js';
import { FETCH_L5_SUMMARIES } from './summaries-fetch-l5.js';
import { FETCH_L6_SUMMARIES } from './summaries-fetch-l6.js';
import { FETCH_L7_SUMMARIES } from './summaries-fetch-l7.js';
import { FETCH_SSL_SUMMARIES } from './summaries-fetch-ssl.js';

/** Per-family tables; test/summaries-samples.test.ts checks that no name is in two of them. */
export const FETCH_SUMMARY_FAMILIES = {
  internal: FETCH_INTERNAL_SUMMARIES,
  l4: FETCH_L4_SUMMARIES,
  counters: FETCH_COUNTER_SUMMARIES,
  l5: FETCH_L5_SUMMARIES,
  ssl: FETCH_SSL_SUMMARIES,
  l6: FETCH_L6_SUMMARIES,
  l7: FETCH_L7_SUMMARIES,
} as const;

export const CONVERTER_SUMMARY_FAMILIES = {
  text: CONVERTER_TEXT_SUMMARIES,
  lookup: CONVERTER_LOOKUP_SUMMARIES,
  proto: CONVERTER_PROTO_SUMMARIES,
} as const;

const merge = (tables: Readonly<Record<string, Readonly<Record<string, string>>>>): Readonly<Record<string, string>> =>
  Object.freeze(Object.assign({}, ...Object.values(tables)) as Record<string, string>);

export const FETCH_SUMMARIES: Readonly<Record<string, string>> = merge(FETCH_SUMMARY_FAMILIES);
export const CONVERTER_SUMMARIES: Readonly<Record<string, string>> = merge(CONVERTER_SUMMARY_FAMILIES);
