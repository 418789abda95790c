import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';
import { attributeQuotes } from '../../src/pipeline/attribute.ts';
import { buildRegistry } from '../../src/pipeline/speakers.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);

/** Every quote of the seed articles: the start of its text, its kind, its speaker (null = unclear). */
const EXPECTED: Record<string, [string, string, string | null][]> = {
  '000': [
    ['absolutely zero indication', 'partial', null], // "the US called his remarks reflected …": no speech cue
    ['Our goal is not to spin the flywheel', 'direct', 'Vladimir Putin'],
    ['We will strive for an end to this', 'direct', 'Vladimir Putin'],
    ['Everything he (Putin) is doing', 'direct', 'John Kirby'],
    ['escalate the war', 'partial', 'John Kirby'],
    ['showed a seriousness about negotiations', 'partial', 'John Kirby'],
    ['I have said many times', 'direct', 'Vladimir Putin'],
    ['any parties in a state of conflict', 'partial', 'Vladimir Putin'],
    ['The sooner this realization comes', 'direct', 'Vladimir Putin'],
    ['alive and kicking', 'partial', 'Volodymyr Zelenskiy'],
  ],
  '001': [
    ['We will strive for an end to this', 'direct', 'Vladimir Putin'],
    ['no other choice', 'partial', 'Vladimir Putin'],
    ['Russia doesn’t want negotiations', 'direct', 'adviser to the Head of the Office of President Zelenskyy'],
  ],
  '002': [
    ['Our goal is … to end this conflict', 'direct', 'Vladimir Putin'],
    ['We will strive to ensure', 'direct', 'Vladimir Putin'],
    ['All conflicts one way or another', 'direct', 'Vladimir Putin'],
    ['alive and well', 'partial', 'Volodymyr Zelensky'],
    ['Those who oppose us', 'direct', 'Vladimir Putin'],
    ['People who do this do it in vain', 'direct', 'Vladimir Putin'],
    ['Russia’s concerns.', 'partial', 'the Kremlin'],
    ['Not a single word was heard', 'direct', 'Dmitry Peskov'],
    ['This suggests that the United States', 'direct', 'Dmitry Peskov'],
  ],
  '003': [
    ['productive conversation', 'term', null],
    ['There is incentive for Russia', 'direct', 'Karoline Leavitt'],
    ['But we need to see a ceasefire first', 'direct', 'Karoline Leavitt'],
    ['Ukrainian settlement,', 'term', null],
    ['rigged', 'term', null],
    ['The war between Russia and Ukraine', 'direct', 'Donald Trump'],
    ['President Putin and everyone else', 'direct', 'Donald Trump'],
    ['There were so many ways', 'direct', 'Donald Trump'],
    ['I think it was terrible', 'direct', 'Donald Trump'],
  ],
  '004': [
    ['We will talk, and I think', 'direct', 'Donald Trump'],
    ['We want to end that war.', 'direct', 'Donald Trump'],
    ['very serious discussions about the war', 'partial', 'Donald Trump'],
    // no cue of its own, right after "According to Trump, …": the continuation rule, with low confidence
    ['It’s a senseless situation', 'direct', 'Donald Trump'],
    ['already talking.', 'partial', 'Donald Trump'],
    ['Based on what I’ve heard', 'direct', 'Donald Trump'],
    ['Every day we don’t meet', 'direct', 'Donald Trump'],
    ['wise and pragmatic man', 'partial', 'Vladimir Putin'],
    ['We have always had a business-like', 'direct', 'Vladimir Putin'],
  ],
};

function analyse(file: string) {
  const { doc } = readArticle(file, readFileSync(new URL(file, seedsDir)));
  return { doc, ...attributeQuotes(doc, extractQuotes(doc)) };
}

describe('quotes of the seed articles', () => {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    it(`finds and attributes every quote of ${file}`, () => {
      const { speakers, quotes } = analyse(file);
      const got = quotes.map((q) => [q.text, q.kind, q.speaker === null ? null : speakers[q.speaker]?.name ?? null]);
      const want = EXPECTED[file.slice(0, 3)] ?? [];
      expect(got.length).toBe(want.length);
      want.forEach(([start, kind, speaker], i) => {
        expect(String(got[i]?.[0]).startsWith(start), `${file} quote ${i}: ${got[i]?.[0]}`).toBe(true);
        expect(got[i]?.[1], `${file} quote ${i} kind`).toBe(kind);
        expect(got[i]?.[2], `${file} quote ${i} speaker`).toBe(speaker);
      });
    });
  }

  it('gives the Kremlin and the unnamed adviser non-person types', () => {
    const a = analyse('001_55dd73c77a4fa553.txt');
    expect(a.speakers.find((s) => s.name.startsWith('adviser'))?.type).toBe('role');
    const b = analyse('002_e419aea86dcde8f5.txt');
    expect(b.speakers.find((s) => s.name === 'the Kremlin')?.type).toBe('organisation');
  });

  it('records the evidence: cue, source mention and rule', () => {
    const { quotes } = analyse('000_aa17f673e635cf28.txt');
    const kirby = quotes.find((q) => q.text.startsWith('Everything he'));
    expect(kirby?.cue?.text).toBe('said');
    expect(kirby?.source?.text).toBe('John Kirby');
    expect(kirby?.insertions.map((i) => i.text)).toEqual(['(Putin)']);
    const spokesman = quotes.find((q) => q.text.startsWith('showed'));
    expect(spokesman?.source?.text).toBe('The spokesman');
    expect(spokesman?.rule).toContain('descriptor');
  });

  it('merges the seeds into one registry entry per person', () => {
    const articles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.slice(0, 3), speakers: analyse(f).speakers }));
    const reg = buildRegistry(articles);
    const ids = reg.speakers.map((s) => s.id).sort();
    expect(ids.filter((i) => i.startsWith('volodymyr-zelensk'))).toHaveLength(1);
    expect(ids).toContain('vladimir-putin');
    expect(ids).toContain('john-kirby');
    expect(ids).toContain('the-kremlin');
    expect(ids).toContain('dmitry-peskov');
    expect(ids).toContain('karoline-leavitt');
    expect(ids).toContain('donald-trump');
    expect(reg.speakers.find((s) => s.id === 'vladimir-putin')?.descriptors).toContain('Russian President');
  });
});
