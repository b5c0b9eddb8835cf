// Own-words one-liners for the non-TLS layer-5 sample fetches of chapter 7.3.4 (stream-level
// mux state, device detection, timers); the TLS ones are in summaries-fetch-ssl.ts.
export const FETCH_L5_SUMMARIES: Readonly<Record<string, string>> = {
  '51d.all': '51Degrees device properties detected from all request headers, joined by the separator.',
  'bs.aborted': 'Whether the server aborted the current stream.',
  'bs.debug_str': 'Developer-oriented dump of the internal states of the server-side stream and connection.',
  'bs.id': 'Stream ID the multiplexer uses on the server side.',
  'bs.rst_code': 'Reset code sent by the server for the stream (H2 RST_STREAM or QUIC STOP_SENDING).',
  'fs.aborted': 'Whether the client aborted the current stream.',
  'fs.debug_str': 'Developer-oriented dump of the internal states of the client-side stream and connection.',
  'fs.id': 'Stream ID the multiplexer uses on the client side (0 for plain TCP).',
  'fs.rst_code': 'Reset code sent by the client for the stream (H2 RST_STREAM or QUIC STOP_SENDING).',
  'txn.timer.user': 'Milliseconds the stream was active as the client perceives it, idle time excluded.',
};
