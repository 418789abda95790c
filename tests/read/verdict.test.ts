import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read.ts';
import { readFixture, readText } from './fixture.ts';

describe('verdict', () => {
  it('marks an empty or blank file as empty, with an error', () => {
    for (const bytes of [new Uint8Array(), new TextEncoder().encode(' \n\t\r\n\u00a0\u200b\n')]) {
      const r = readArticle('blank.txt', bytes);
      expect(r.doc.verdict).toBe('empty');
      expect(r.problems).toContainEqual(expect.objectContaining({ file: 'blank.txt', severity: 'error', code: 'empty-file' }));
      expect(r.doc.blocks).toEqual([]);
    }
  });

  it('sets aside lists of links, logs and program code as not articles', () => {
    for (const name of ['list-of-links.txt', 'log-file.txt', 'program-code.txt']) {
      const r = readFixture(name);
      expect(r.doc.verdict, name).toBe('not-article');
      expect(r.problems, name).toContainEqual(expect.objectContaining({ severity: 'error', code: 'not-article' }));
    }
  });

  it('sets aside binary data', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    const r = readArticle('image.txt', bytes);
    expect(r.doc.verdict).toBe('not-article');
  });

  it('detects an article that is not in English', () => {
    const r = readFixture('non-english.txt');
    expect(r.doc.verdict).toBe('non-english');
    expect(r.doc.meta.language).toBe('es');
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'non-english' }));
  });

  it('detects non-Latin scripts', () => {
    const r = readText('Президент заявил в четверг, что переговоры продолжатся на следующей неделе в Женеве.\n\nОппозиция раскритиковала это решение.');
    expect(r.doc.verdict).toBe('non-english');
    expect(r.doc.meta.language).toBe('ru');
  });

  it('lets an editor’s sidecar language decide', () => {
    expect(readFixture('non-english.txt', { language: 'en' }).doc.verdict).toBe('article');
  });

  it('publishes a short English brief as an article', () => {
    const r = readText('Ferry services to the islands were cancelled on Monday because of high winds, the operator said.');
    expect(r.doc.verdict).toBe('article');
    expect(r.problems).toEqual([]);
  });

  it('sets aside a table of comma-separated data, and gives it no headline', () => {
    const r = readText(['station,month,rain_mm,days', 'Harbour Point,Jan,112,18', 'Harbour Point,Feb,96,15', 'Ridge Top,Jan,140,20', 'Ridge Top,Feb,121,17'].join('\n'));
    expect(r.doc.verdict).toBe('not-article');
    expect(r.problems.map((p) => p.message).join(' ')).toMatch(/table of data/);
    expect(r.doc.meta.headline).toBeNull();
  });

  it('keeps an article pasted with some of its page’s style sheet', () => {
    const prose = [
      'The harbour board approved a new ferry timetable on Monday after months of complaints from island residents.',
      'Under the plan, the first sailing will leave at 6 a.m., an hour earlier than now, and the last at 11 p.m.',
      '"People who work on the mainland have been asking for this for years," board chair Nadia Ford said.',
      'The operator said it would hire four more crew members to run the extra sailings from April.',
    ];
    const css = ['.bio-box {', 'width:100%;', 'padding-top:20px;', '}', '.bio-text {', 'text-align:left;', 'font-size:15px;', '}'];
    const r = readText([...prose, ...css].join('\n\n'));
    expect(r.doc.verdict).toBe('article');
    expect(r.doc.blocks).toHaveLength(4);
  });
});
