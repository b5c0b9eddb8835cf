// Own-words one-liners for the stick-table counter fetches (chapter 7.3.3): sc0_*, sc1_*, sc2_*
// (a fixed tracking slot), sc_* (slot given as argument) and src_* (the client address looked up
// in a table). The families share their metrics, so the sentences are built from one table; the
// test checks that every generated name is a known fetch and that every known one is covered.

type Phrase = (who: string) => string;

/** Metric suffix → sentence, given who the counters belong to. */
const METRICS: Readonly<Record<string, Phrase>> = {
  bytes_in_rate: (w) => `Rate of client-to-server bytes for ${w}.`,
  bytes_out_rate: (w) => `Rate of server-to-client bytes for ${w}.`,
  clr_gpc: (w) => `Resets the indexed general-purpose counter for ${w}, returning its old value.`,
  clr_gpc0: (w) => `Resets counter gpc0 of ${w}, returning its old value.`,
  clr_gpc1: (w) => `Resets counter gpc1 of ${w}, returning its old value.`,
  conn_cnt: (w) => `Total connections counted for ${w}.`,
  conn_cur: (w) => `Concurrent connections counted for ${w}.`,
  conn_rate: (w) => `Connection rate of ${w}.`,
  get_gpc: (w) => `Value of the indexed general-purpose counter for ${w}.`,
  get_gpc0: (w) => `Value of counter gpc0 of ${w}.`,
  get_gpc1: (w) => `Value of counter gpc1 of ${w}.`,
  get_gpt: (w) => `Value of the indexed general-purpose tag for ${w}.`,
  get_gpt0: (w) => `Value of tag gpt0 of ${w}.`,
  glitch_cnt: (w) => `Protocol glitches counted for ${w}.`,
  glitch_rate: (w) => `Rate of protocol glitches for ${w}.`,
  gpc_rate: (w) => `Increment rate of the indexed general-purpose counter for ${w}.`,
  gpc0_rate: (w) => `Increment rate of counter gpc0 of ${w}.`,
  gpc1_rate: (w) => `Increment rate of counter gpc1 of ${w}.`,
  http_err_cnt: (w) => `Client-side HTTP errors (bad requests, 4xx) counted for ${w}.`,
  http_err_rate: (w) => `Rate of client-side HTTP errors (bad requests, 4xx) for ${w}.`,
  http_fail_cnt: (w) => `Server-side HTTP failures (mostly 5xx) counted for ${w}.`,
  http_fail_rate: (w) => `Rate of server-side HTTP failures (mostly 5xx) for ${w}.`,
  http_req_cnt: (w) => `HTTP requests counted for ${w}.`,
  http_req_rate: (w) => `HTTP request rate of ${w}.`,
  inc_gpc: (w) => `Increments the indexed general-purpose counter for ${w}, returning the new value.`,
  inc_gpc0: (w) => `Increments counter gpc0 of ${w}, returning the new value.`,
  inc_gpc1: (w) => `Increments counter gpc1 of ${w}, returning the new value.`,
  kbytes_in: (w) => `Kilobytes sent from clients to servers, counted for ${w}.`,
  kbytes_out: (w) => `Kilobytes sent from servers to clients, counted for ${w}.`,
  sess_cnt: (w) => `Total sessions counted for ${w}.`,
  sess_rate: (w) => `Session rate of ${w}.`,
};

/** Metrics that only exist for the tracking slots (not for src_*). */
const SLOT_ONLY: Readonly<Record<string, Phrase>> = {
  key: (w) => `Key of ${w}, in the table's key type.`,
  trackers: (w) => `Number of streams tracking ${w.replace('the entry tracked in', 'the same entry as')}.`,
  tracked: (w) => `Whether ${w.replace('the entry tracked in ', '')} currently tracks an entry.`,
};

/** Metrics with a fixed-slot form (sc0_…) but an index argument only in sc_… and src_…. */
const INDEXED = new Set(['clr_gpc', 'get_gpc', 'get_gpt', 'gpc_rate', 'inc_gpc']);

function family(prefix: string, who: string, withSlotOnly: boolean, withIndexed: boolean): [string, string][] {
  const table = withSlotOnly ? { ...METRICS, ...SLOT_ONLY } : METRICS;
  return Object.entries(table)
    .filter(([metric]) => withIndexed || !INDEXED.has(metric))
    .map(([metric, phrase]) => [`${prefix}${metric}`, phrase(who)]);
}

export const FETCH_COUNTER_SUMMARIES: Readonly<Record<string, string>> = Object.fromEntries([
  ...family('sc0_', 'the entry tracked in slot 0', true, false),
  ...family('sc1_', 'the entry tracked in slot 1', true, false),
  ...family('sc2_', 'the entry tracked in slot 2', true, false),
  ...family('sc_', 'the entry tracked in the given slot', true, true),
  ...family('src_', "the client address's stick-table entry", false, true),
  ['src_updt_conn_cnt', "Counts one more connection for the client address's stick-table entry and returns the total."],
]);
