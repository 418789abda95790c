/**
 * Quote benchmark: scores quote detection and speaker attribution on a PolNeAR split.
 *   npm run bench:quotes -- --polnear <dir> [--misses <file>] [--dump <file>] [--limit <n>]
 * --dump writes every predicted quote with its speaker and rule, one per line, so two versions can be diffed.
 * <dir> holds text/ and attributions/ (default: ../shared/benchmarks/polnear/dev from the repository).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addScores, goldQuotes, plainDoc, scoreArticle, summarize, type Predicted, type Score } from '../src/bench/polnear.ts';
import { extractQuotes } from '../src/pipeline/quotes.ts';
import { attributeQuotes } from '../src/pipeline/attribute.ts';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(opt('polnear') ?? join(repo, '../shared/benchmarks/polnear/dev'));
const limit = Number(opt('limit') ?? Infinity);
const missesFile = opt('misses') ?? join(tmpdir(), `polnear-${basename(dir)}-misses.txt`);
const dumpFile = opt('dump');
const dump: string[] = [];

const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const docs = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);

let total: Score = { gold: 0, predicted: 0, matched: 0, falsePositives: 0, speakerScored: 0, speakerCorrect: 0, speakerNull: 0, misses: [] };
const lines: string[] = [];
const started = Date.now();
for (const file of docs) {
  const id = file.replace(/\.txt$/, '');
  const ann = annFiles.find((f) => f.startsWith(`${id}_`));
  if (!ann) continue;
  const text = readFileSync(join(dir, 'text', file), 'utf8');
  const gold = goldQuotes(text, readFileSync(join(dir, 'attributions', ann), 'utf8'));
  const doc = plainDoc(text, id);
  const { speakers, quotes } = attributeQuotes(doc, extractQuotes(doc));
  const spoken = quotes.filter((q) => q.kind !== 'term' && q.kind !== 'indirect');
  if (dumpFile) {
    for (const q of spoken) {
      const who = q.speaker === null ? '-' : (speakers[q.speaker]?.name ?? '?');
      const rule = q.rule;
      dump.push([id, q.start, who, rule, q.source?.text ?? '', q.text.slice(0, 80).replace(/\s+/g, ' ')].join('\t'));
    }
  }
  const predicted: Predicted[] = spoken
    .map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker === null ? null : (speakers[q.speaker]?.name ?? null), source: q.source }));
  const s = scoreArticle(gold, predicted);
  for (const m of s.misses) lines.push(`${id}\t${m.kind}\t${m.start}\t${m.text.slice(0, 100).replace(/\s+/g, ' ')}\t${m.detail}`);
  total = addScores(total, s);
}
const r = summarize(total);
const pct = (x: number): string => (100 * x).toFixed(1);
console.log(`PolNeAR ${basename(dir)}: ${docs.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`gold quotes ${total.gold}, predicted with a speaker ${total.predicted}, matched ${total.matched}, false positives ${total.falsePositives}`);
console.log(`detection  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`);
console.log(`speaker accuracy on matched quotes the system attributed: ${pct(r.speakerAccuracy)} (${total.speakerCorrect}/${total.speakerScored - total.speakerNull})`);
console.log(`speaker accuracy on all matched quotes (unclear counts as wrong): ${pct(r.speakerAccuracyAll)} (${total.speakerCorrect}/${total.speakerScored}); left unclear: ${total.speakerNull}`);
if (dumpFile) {
  writeFileSync(dumpFile, `${dump.join('\n')}\n`);
  console.log(`${dump.length} predicted quotes written to ${dumpFile}`);
}
if (lines.length > 20) {
  writeFileSync(missesFile, `${lines.join('\n')}\n`);
  console.log(`${lines.length} misses listed in ${missesFile}`);
} else for (const l of lines) console.log(l);
