import { describe, expect, it } from 'vitest';
import { jsonLd, metaText } from '../../src/lib/jsonld.ts';
import { labelAfterQuoteMark, splitEvidence } from '../../src/lib/markup.ts';
import { boundPairs, compareRows } from '../../src/lib/compare.ts';
import { accessDates, citations } from '../../src/lib/cite.ts';
import { quoteVersions, groupByUtterance } from '../../src/lib/versions.ts';
import { readArticleFraming, readPair, readStoryFraming, type PairAlignment } from '../../src/lib/framing.ts';
import { columnLabels, explainRule } from '../../src/lib/site.ts';
import { layoutVoiceChart } from '../../src/lib/voicechart.ts';
import type { ArticleRecord, QuoteRecord } from '../../src/schemas/dataset.ts';

describe('jsonLd', () => {
  it('cannot close the script element or open a comment, and stays valid JSON', () => {
    const hostile = { text: '</script><script>alert(1)</script><!-- & \u2028' };
    const out = jsonLd(hostile);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(hostile);
  });
});

describe('metaText', () => {
  it('keeps markup-like seed text out of meta attributes', () => {
    expect(metaText('began <script>alert("x")</script>\n now')).toBe('began ‹script›alert("x")‹/script› now');
  });
});

describe('splitEvidence', () => {
  it('takes popovers out of the running text', () => {
    const { text, evidence } = splitEvidence('a “<span>b</span>”<!--ev--><span popover>why 1</span><!--/ev--> c<!--ev--><span popover>why 2</span><!--/ev-->.');
    expect(text).toBe('a “<span>b</span>” c.');
    expect(evidence).toBe('<span popover>why 1</span><span popover>why 2</span>');
  });
});

describe('labelAfterQuoteMark', () => {
  const quote = (mark: string) => `said, “<span class="quote" id="q-1"><span class="qt">We will win,</span><span class="qa"><a class="speaker-label" href="/speakers/a/">A</a></span><!--/qa--></span>${mark} she added.`;
  it('moves the speaker label past a curly closing mark', () => {
    expect(labelAfterQuoteMark(quote('”'))).toBe('said, “<span class="quote" id="q-1"><span class="qt">We will win,</span>”<span class="qa"><a class="speaker-label" href="/speakers/a/">A</a></span><!--/qa--></span> she added.');
  });
  it('handles escaped straight marks and leaves a quote without a closing mark alone', () => {
    expect(labelAfterQuoteMark(quote('&quot;'))).toContain('</span>&quot;<span class="qa">');
    expect(labelAfterQuoteMark(quote(''))).toBe(quote(''));
  });
});

const s = (index: number, text = `s${index}`) => ({ index, text, anchor: `p-${index + 1}` });
const pair = (over: Partial<PairAlignment>): PairAlignment => ({ a: 'a', b: 'b', url: '/compare/a--b/', pairs: [], onlyA: [], onlyB: [], shared: 0, unmatched: { a: 0, b: 0 }, ...over });

describe('compareRows', () => {
  it('keeps both columns in reading order, placing B-only sentences after their predecessor', () => {
    const rows = compareRows(pair({
      pairs: [
        { kind: 'one-to-one', a: [s(0)], b: [s(0)], score: 1, reordered: false, identical: true, diff: [] },
        { kind: 'one-to-one', a: [s(2)], b: [s(2)], score: 1, reordered: false, identical: true, diff: [] },
      ],
      onlyA: [s(1)],
      onlyB: [s(1), s(3)],
    }));
    expect(rows.map((r) => `${r.kind}:${r.a.map((x) => x.index).join()}/${r.b.map((x) => x.index).join()}`))
      .toEqual(['aligned:0/0', 'only-b:/1', 'only-a:1/', 'aligned:2/2', 'only-b:/3']);
  });
});

describe('boundPairs', () => {
  it('keeps every pair under the limit and every article above it', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const all: PairAlignment[] = [];
    for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) all.push(pair({ a: ids[i]!, b: ids[j]!, url: `/compare/${ids[i]}--${ids[j]}/`, shared: (i * j) % 7 }));
    expect(boundPairs(all, 1000)).toHaveLength(all.length);
    const kept = boundPairs(all, 60);
    expect(kept.length).toBeLessThan(all.length);
    for (const id of ids) expect(kept.some((p) => p.a === id || p.b === id)).toBe(true);
  });
});

describe('citations', () => {
  it('writes the three styles with the access date in each style', () => {
    const date = new Date(Date.UTC(2025, 8, 4));
    expect(accessDates(date)).toMatchObject({ apa: 'September 4, 2025', mla: '4 Sept. 2025', iso: '2025-09-04' });
    const c = citations({ title: 'Kirby rejects talks', outlet: 'Latin Times', author: 'Ana Ruiz', url: 'https://x.test/articles/1/', accessed: date });
    expect(c.apa).toBe('Ana Ruiz. (n.d.). Kirby rejects talks [Latin Times]. Parallax. Retrieved {date}, from https://x.test/articles/1/');
    expect(c.mla).toContain('“Kirby rejects talks.” Latin Times, via Parallax');
    expect(c.chicago).toContain('Accessed {date}.');
  });
});

const q = (id: string, article: string, text: string, group: string | null): QuoteRecord => ({
  id, article, text, start: 0, end: text.length, kind: 'direct', speaker: 'p', source: null, cue: 'said', variantGroup: group,
  url: `/articles/${article}/#${id}`, rule: 'x', confidence: 0.9, speakerName: 'P', block: 'p-1', insertions: [], ellipsis: false,
});

describe('quote versions', () => {
  it('diffs every version against the fullest one', () => {
    const versions = quoteVersions([
      q('q-1', 'b', 'alive and well', 'g'),
      q('q-2', 'a', 'our country is alive and kicking', 'g'),
    ]);
    expect(versions[0]?.quote.id).toBe('q-2');
    expect(versions[1]?.diff).toEqual([
      { op: 'removed', text: 'our country is ' },
      { op: 'same', text: 'alive and ' },
      { op: 'removed', text: 'kicking' },
      { op: 'added', text: 'well' },
    ]);
  });
  it('groups by utterance, a quote without a group alone', () => {
    expect(groupByUtterance([q('1', 'a', 'x', 'g'), q('2', 'a', 'y', null), q('3', 'b', 'x', 'g')]).map((g) => g.map((x) => x.id))).toEqual([['1', '3'], ['2']]);
  });
});

describe('defensive readers', () => {
  it('read missing or malformed framing as empty', () => {
    expect(readArticleFraming(undefined, 'a').voices).toEqual([]);
    expect(readStoryFraming({ omissions: { quotes: [{ id: 'v', present: { a: ['q-1', 3] }, absent: 'x' }] } }).quoteRows)
      .toEqual([{ id: 'v', label: 'v', present: { a: ['q-1'] }, absent: [] }]);
    expect(readPair({ a: 'x' })).toBeUndefined();
  });
});

describe('labels', () => {
  it('names columns by outlet, numbered when an outlet repeats or is unknown', () => {
    const a = (id: string, outlet: string | null) => ({ id, outlet }) as ArticleRecord;
    expect([...columnLabels([a('001_x', 'AP'), a('002_y', 'AP'), a('003_z', null), a('004_w', 'BBC')]).values()])
      .toEqual(['AP (001)', 'AP (002)', 'Article 003 (outlet unknown)', 'BBC']);
  });
  it('explains attribution rules in words', () => {
    expect(explainRule('cue-after:quote-name-verb+pronoun')).toMatch(/follow the quote.*pronoun/);
    expect(explainRule('none')).toMatch(/no rule/);
  });
  it('draws voice bars on one scale', () => {
    const chart = layoutVoiceChart([{ heading: 'A', bars: [{ label: 'x', words: 10, quotes: 1, unclear: false }] }, { heading: 'B', bars: [{ label: 'y', words: 5, quotes: 1, unclear: false }] }]);
    const bars = chart.rows.filter((r) => r.kind === 'bar');
    expect(bars[0]!.width).toBe(2 * bars[1]!.width);
  });
});
