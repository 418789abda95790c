import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldQuotes, parseBrat, plainDoc, quotedStrings, scoreArticle, speakerCorrect, summarize, type Predicted } from '../../src/bench/polnear.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';
import { attributeQuotes } from '../../src/pipeline/attribute.ts';

const fixture = new URL('../fixtures/quotes/polnear/', import.meta.url);
const text = readFileSync(new URL('text/bridge.txt', fixture), 'utf8');
const ann = readFileSync(new URL('attributions/bridge_aaaa.ann', fixture), 'utf8');

describe('PolNeAR scorer', () => {
  it('parses BRAT spans, discontinuous pieces and events', () => {
    const { spans, events } = parseBrat('T1\tContent 0 5;10 12\thello there\nE1\tAttribution:T3 Content:T1 Content2:T4 Source:T2\n');
    expect(spans.get('T1')?.pieces).toEqual([[0, 5], [10, 12]]);
    expect(events[0]?.args.map((a) => a.role)).toEqual(['Attribution', 'Content', 'Content', 'Source']);
  });

  it('finds quoted strings with straight, curly and doubled single marks', () => {
    expect(quotedStrings('“one two three” and "four five six" and \'\'seven eight nine\'\'').map((s) => s.text)).toEqual(['one two three', 'four five six', 'seven eight nine']);
  });

  it('keeps as gold only quotes of 3+ words inside an attribution', () => {
    const gold = goldQuotes(text, ann);
    expect(gold.map((g) => [g.text, g.sources.map((s) => s.text)])).toEqual([
      ['We will build the bridge before winter,', ['Mayor Jane Holt']],
      ['It is a waste of money and of time,', ['Tom Reed, a local builder']],
    ]);
  });

  it('scores the pipeline on the fixture', () => {
    const doc = plainDoc(text, 'bridge');
    const { speakers, quotes } = attributeQuotes(doc, extractQuotes(doc));
    const predicted: Predicted[] = quotes.filter((q) => q.kind !== 'term').map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker === null ? null : (speakers[q.speaker]?.name ?? null), source: q.source }));
    const s = summarize(scoreArticle(goldQuotes(text, ann), predicted));
    expect(s).toMatchObject({ precision: 1, recall: 1, speakerAccuracy: 1 });
  });

  it('counts an unmatched attributed prediction as a false positive and a wrong name as wrong', () => {
    const gold = goldQuotes(text, ann);
    const g = gold[0];
    if (!g) throw new Error('no gold');
    const wrong: Predicted = { ...g, speaker: 'Tom Reed', source: null };
    const stray: Predicted = { text: 'one two three', start: 0, end: 5, speaker: 'Jane Holt', source: null };
    const s = scoreArticle(gold, [wrong, stray]);
    expect([s.matched, s.falsePositives, s.speakerCorrect]).toEqual([1, 1, 0]);
    // like the gold, a prediction of fewer than 3 words is not scored
    const short: Predicted = { text: 'It’s fine,', start: 0, end: 5, speaker: 'Jane Holt', source: null };
    expect(scoreArticle(gold, [short]).falsePositives).toBe(0);
    expect(speakerCorrect({ ...g, speaker: 'Jane Holt', source: null }, g)).toBe(true);
    // a prediction covering less than 80 % of the gold quote does not match
    expect(scoreArticle(gold, [{ ...g, end: g.start + 5, speaker: 'Jane Holt', source: null }]).matched).toBe(0);
  });
});
