import { pageNames, scorePage, table } from './held-out-score.ts';
const scores = pageNames().map((n) => scorePage(n));
console.log(table(scores));
if (process.argv[2]) for (const s of scores) if (s.misses.length && (process.argv[2] === 'all' || s.name === process.argv[2])) console.log(`\n## ${s.name}\n  ` + s.misses.join('\n  '));
