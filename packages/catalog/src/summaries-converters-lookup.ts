// Own-words one-liners for converters that look their input up somewhere: maps, stick tables,
// proxies and servers, variables, captures and device-detection libraries. The map_<match>_<output>
// family is built from its two parts. Never HAProxy's documentation prose.

/** How each map_<match> family compares the input with the keys of the map file. */
const MAP_MATCH: Readonly<Record<string, string>> = {
  str: 'exact string',
  beg: 'longest prefix',
  sub: 'substring',
  dir: 'slash-delimited part',
  dom: 'dot-delimited domain part',
  end: 'suffix',
  reg: 'first matching regex',
  int: 'integer value or range',
  ip: 'longest-prefix network match',
};

/** What a map converter returns, by output suffix. */
const MAP_OUTPUT: Readonly<Record<string, string>> = {
  '': 'its value as a string',
  _int: 'its value as an integer',
  _ip: 'its value as an IP address',
  _key: 'the matched key instead of its value',
};

const mapEntries: [string, string][] = Object.entries(MAP_MATCH).flatMap(([match, how]) =>
  Object.entries(MAP_OUTPUT).map(([out, what]): [string, string] => [`map_${match}${out}`, `Looks the input up in a map by ${how} and returns ${what}.`]),
);

/** table_<metric> converters: what is read (or changed) in the entry keyed by the input. */
const read = (what: string): string => `Looks the input up in a stick table and returns ${what}.`;
const change = (what: string, result: string): string => `${what} of the input's stick-table entry, returning ${result}.`;

export const CONVERTER_LOOKUP_SUMMARIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(mapEntries),
  map: 'Looks the input up in a map by exact string and returns its value (alias of map_str).',
  map_regm: 'Looks the input up in a map of regular expressions and returns the value with \\1-style groups substituted.',
  '51d.single': 'Looks the User-Agent given as input up with 51Degrees and returns the requested properties.',
  'capture-req': 'Stores the input into a request capture slot and passes it on unchanged.',
  'capture-res': 'Stores the input into a response capture slot and passes it on unchanged.',
  'da-csv-conv': 'Looks the User-Agent given as input up with DeviceAtlas and returns the requested properties.',
  fe_exists: 'Whether a frontend named by the input string exists.',
  in_table: 'Whether the input is present as a key in a stick table.',
  language: 'Picks the preferred language of an Accept-Language value among the listed ones, or a default.',
  nbsrv: 'Number of usable servers in the backend named by the input string.',
  'set-var': 'Stores the input into a variable, optionally under conditions, and passes it on unchanged.',
  srv_is_up: 'Whether the server named by the input (server or backend/server) is up.',
  srv_queue: 'Number of streams queued on the server named by the input (server or backend/server).',
  table_bytes_in_rate: read('the rate of client-to-server bytes'),
  table_bytes_out_rate: read('the rate of server-to-client bytes'),
  table_clr_gpc: change('Resets the indexed general-purpose counter', 'its old value'),
  table_clr_gpc0: change('Resets counter gpc0', 'its old value'),
  table_clr_gpc1: change('Resets counter gpc1', 'its old value'),
  table_conn_cnt: read('its total connection count'),
  table_conn_cur: read('its concurrent connection count'),
  table_conn_rate: read('its connection rate'),
  table_expire: read('the milliseconds left before the entry expires, or a default'),
  table_glitch_cnt: read('its count of protocol glitches'),
  table_glitch_rate: read('its rate of protocol glitches'),
  table_gpc: read('the indexed general-purpose counter'),
  table_gpc0: read('counter gpc0'),
  table_gpc0_rate: read('the increment rate of counter gpc0'),
  table_gpc1: read('counter gpc1'),
  table_gpc1_rate: read('the increment rate of counter gpc1'),
  table_gpc_rate: read('the increment rate of the indexed general-purpose counter'),
  table_gpt: read('the indexed general-purpose tag'),
  table_gpt0: read('tag gpt0'),
  table_http_err_cnt: read('its count of client-side HTTP errors'),
  table_http_err_rate: read('its rate of client-side HTTP errors'),
  table_http_fail_cnt: read('its count of server-side HTTP failures'),
  table_http_fail_rate: read('its rate of server-side HTTP failures'),
  table_http_req_cnt: read('its HTTP request count'),
  table_http_req_rate: read('its HTTP request rate'),
  table_idle: read('the milliseconds since the entry was last updated, or a default'),
  table_inc_gpc: change('Increments the indexed general-purpose counter', 'the new value'),
  table_inc_gpc0: change('Increments counter gpc0', 'the new value'),
  table_inc_gpc1: change('Increments counter gpc1', 'the new value'),
  table_kbytes_in: read('the kilobytes sent from clients to servers'),
  table_kbytes_out: read('the kilobytes sent from servers to clients'),
  table_server_id: read('the ID of the server the key sticks to'),
  table_sess_cnt: read('its total session count'),
  table_sess_rate: read('its session rate'),
  table_trackers: read('the number of streams currently tracking it'),
  'unset-var': 'Removes a variable when the input is present, passing the input on.',
  when: 'Passes the input on only when a condition holds (an error occurred, stopping, an ACL matches, and so on).',
};
