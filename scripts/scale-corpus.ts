/**
 * Grows a folder of real articles into a bigger corpus for measuring (see src/bench/scale.ts).
 *
 *   node scripts/scale-corpus.ts --sources <dir of *.txt> --out <dir> --size 10000 [--seed 1]
 */
import { parseArgs } from 'node:util';
import { writeScaledCorpus } from '../src/bench/scale.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    out: { type: 'string' },
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
  },
});
if (values.sources === undefined || values.out === undefined) {
  console.error('Usage: node scripts/scale-corpus.ts --sources <dir> --out <dir> [--size 1000] [--seed 1]');
  process.exit(64);
}
const { articles, events } = await writeScaledCorpus({ sources: values.sources, out: values.out, size: Number(values.size), seed: Number(values.seed) });
console.log(`scale-corpus: ${articles} articles about ${events} events → ${values.out}`);
