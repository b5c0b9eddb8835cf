// Module hook for startup.test.ts: appends every module URL Node loads to $HACFG_LOAD_LOG.
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  appendFileSync(process.env.HACFG_LOAD_LOG, `${url}\n`);
  return next(url, context);
}
