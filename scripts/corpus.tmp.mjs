import { format, tokenSequence, UnformattableError } from '@hacfg/formatter';
import { parse } from '@hacfg/syntax';
import { readdirSync, readFileSync } from 'node:fs';
const C='/work/shared/corpus';
let ok=0, err=0, changed=0, bad=[];
const dec = new TextDecoder('utf-8',{fatal:true});
for (const d of ['public','regtests','templates']) for (const f of readdirSync(`${C}/${d}`)) {
  const b = readFileSync(`${C}/${d}/${f}`); let t; try { t = dec.decode(b);} catch { t = b.toString('latin1'); }
  let o; try { o = format(t);} catch(e){ if (e instanceof UnformattableError){err++; continue;} throw e; }
  ok++; if (o!==t) changed++;
  const o2 = format(o);
  if (o2!==o) bad.push(['idem',d+'/'+f]);
  if (JSON.stringify(tokenSequence(parse(o)))!==JSON.stringify(tokenSequence(parse(t)))) bad.push(['tok',d+'/'+f]);
}
console.log({ok,err,changed,bad});
