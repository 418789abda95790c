import { readPage } from './held-out-score.ts';
const r = readPage(process.argv[2] as string);
for (const l of r.doc.lines) if (l.text) console.log(l.role.padEnd(12), l.rule.padEnd(36), l.text.slice(0, 70));
console.log(r.doc.meta);
