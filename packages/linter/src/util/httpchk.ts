import type { HaproxyVersion } from '@hacfg/catalog';
import type { Statement, Word } from '@hacfg/syntax';

/** The release whose tcpcheck.c refuses headers after the version of `option httpchk` (2.4-2.6 warn). */
export const HTTPCHK_HEADERS_REMOVED: HaproxyVersion = '2.7';

/** The version word of `option httpchk METH URI VSN` when it hides headers or a body (`HTTP/1.1\r\nHost: x`). */
export function httpchkHeaders(st: Statement): Word | undefined {
  if (st.type !== 'option' || st.name?.value !== 'httpchk') return undefined;
  const vsn = st.optionArgs[2];
  return vsn?.value.includes('\r\n') ? vsn : undefined;
}
