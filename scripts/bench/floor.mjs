// A lower bound, not hacfg: the cheapest object model of a file a JS linter could hold — one
// object per word ({start, end, value}) and one array per line, split on blanks, comments cut,
// nothing else (no quotes, no typed statements, no model, no rules). `npm run bench` runs it as a
// whole process beside haproxy to show what the object-per-word design costs before any checking.
// Usage: node floor.mjs FILE   (prints JSON: words, lines)
import { readFileSync } from 'node:fs';

class Word {
  constructor(start, end, value) {
    this.start = start;
    this.end = end;
    this.value = value;
  }
}

const text = readFileSync(process.argv[2], 'utf8');
const lines = [];
let words = 0;
for (let i = 0; i < text.length; ) {
  let eol = text.indexOf('\n', i);
  if (eol < 0) eol = text.length;
  const line = [];
  for (let k = i; k < eol; ) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9) {
      k++;
      continue;
    }
    if (c === 35) break;
    let e = k + 1;
    while (e < eol && text.charCodeAt(e) !== 32 && text.charCodeAt(e) !== 9) e++;
    line.push(new Word(k, e, text.slice(k, e)));
    k = e;
  }
  words += line.length;
  lines.push(line);
  i = eol + 1;
}
process.stdout.write(JSON.stringify({ words, lines: lines.length }) + '\n');
