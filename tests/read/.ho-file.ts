import { readFileSync } from 'node:fs';
import { readArticle } from '../../src/pipeline/read.ts';
const f = process.argv[2] as string;
const r = readArticle(f.split('/').pop() as string, readFileSync(f));
for (const l of r.doc.lines) if (l.text) console.log(l.role.padEnd(12), l.rule.padEnd(36), l.text.slice(0, 70));
console.log(r.doc.verdict, r.doc.meta.headline, r.doc.meta.outlet, r.doc.meta.outletRule, r.doc.meta.byline);
