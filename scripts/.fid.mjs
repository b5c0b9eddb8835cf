import { parse } from '@hacfg/syntax';
import { lint } from '@hacfg/linter';
import fs from 'node:fs';
const man = fs.readFileSync('/work/shared/corpus/manifest.jsonl','utf8').trim().split('\n').map(JSON.parse);
let tp=0,fn=0,fp=0,tn=0; const fps=[], fns=[]; const fpRules=new Map();
for (const m of man) {
  if (m.path.startsWith('templates')) continue;
  let v = m.haproxy26, alerts = m.haproxy26_alerts;
  if (m.haproxy26_sandboxed) { v = m.haproxy26_sandboxed.verdict; alerts = m.haproxy26_sandboxed.alerts; }
  const real = alerts.filter(a=>a.class!=='summary');
  if (v==='invalid' && real.length && real.every(a=>a.class==='missing-file')) continue;
  const text = fs.readFileSync('/work/shared/corpus/'+m.path,'latin1');
  const res = lint(parse(text,{fileName:m.path}), { haproxyVersion: '2.6' })[0];
  const errs = res.messages.filter(x=>x.severity==='error');
  if (v==='invalid') { if (errs.length) tp++; else { fn++; fns.push(m.path+' :: '+(real[0]?.msg??'').slice(0,160)); } }
  else { if (errs.length) { fp++; fps.push(m.path+' :: '+errs.slice(0,2).map(e=>`${e.line}:${e.ruleId}: ${e.message}`).join(' | ')); for (const e of errs) fpRules.set(e.ruleId,(fpRules.get(e.ruleId)??0)+1);} else tn++; }
}
console.log({tp,fn,fp,tn, recall: tp/(tp+fn)});
console.log(fpRules);
if (process.argv[2]==='fp') console.log(fps.join('\n'));
if (process.argv[2]==='fn') console.log(fns.join('\n'));
