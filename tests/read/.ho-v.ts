import { readFileSync } from 'node:fs';
import { readArticle } from '../../src/pipeline/read.ts';
const r = readArticle('x.txt', readFileSync(process.argv[2] as string));
console.log(r.problems);
