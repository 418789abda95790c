import { describe, expect, it } from 'vitest';
import { articleIdFromFile } from '../../src/pipeline/read.ts';
import { outletFromCopyright, outletFromDomain } from '../../src/pipeline/outlet.ts';
import { readFixture, readText } from './fixture.ts';

const ARTICLE = [
  'The regional council approved a new flood barrier on Tuesday after three years of debate, officials said.',
  '',
  '“We cannot wait for the next storm,” council leader Amir Haddad said.',
].join('\n');

describe('article ids', () => {
  it('derives a permanent id from the seed file name', () => {
    expect(articleIdFromFile('000_aa17f673e635cf28.txt')).toBe('000_aa17f673e635cf28');
    expect(articleIdFromFile('Café Crème (Draft).TXT')).toBe('cafe-creme-draft');
    expect(articleIdFromFile('sub/dir/Story.txt')).toBe('story');
  });
});

describe('headline and title', () => {
  it('never invents a headline: an untitled article gets a title from its first words', () => {
    const r = readText(ARTICLE);
    expect(r.doc.meta.headline).toBeNull();
    expect(r.doc.meta.title).toBe('Untitled article — The regional council approved a new flood barrier…');
  });

  it('finds a headline pasted with a full stop when prose follows', () => {
    const r = readText(`Council approves flood barrier after long debate.\n\n${ARTICLE}`);
    expect(r.doc.meta.headline).toBe('Council approves flood barrier after long debate.');
  });

  it('does not take a short first paragraph that reads like a lede for a headline', () => {
    const r = readText(`The council met on Tuesday.\n\n${ARTICLE}`);
    expect(r.doc.meta.headline).toBeNull();
  });

  it('takes the outlet from a browser-title suffix and keeps the headline clean', () => {
    const r = readText(`Flood Barrier Approved After Three-Year Fight | The Valley Times\n\n${ARTICLE}`);
    expect(r.doc.meta.headline).toBe('Flood Barrier Approved After Three-Year Fight');
    expect(r.doc.meta.outlet).toBe('The Valley Times');
    expect(r.doc.meta.outletRule).toBe('headline-suffix');
  });
});

describe('outlet', () => {
  it('reads outlet names from copyright lines', () => {
    expect(outletFromCopyright('© 2024 Latin Times. All rights reserved. Do not reproduce without permission.')).toBe('Latin Times');
    expect(outletFromCopyright('Copyright © 2019-2025 Riverside Gazette Media Group. All Rights Reserved')).toBe('Riverside Gazette');
    expect(outletFromCopyright('© All rights reserved')).toBeNull();
  });

  it('splits a domain into words only when all of them are known', () => {
    expect(outletFromDomain('theindianstatesman.com')).toBe('The Indian Statesman');
    expect(outletFromDomain('www.bbc.co.uk')).toBe('BBC');
    expect(outletFromDomain('qwzxv.com')).toBeNull();
  });

  it('is null when the page names no outlet', () => {
    expect(readText(ARTICLE).doc.meta.outlet).toBeNull();
  });

  it('takes a page address line as url and outlet', () => {
    const r = readFixture('url-line.txt');
    expect(r.doc.meta.url).toBe('https://www.dailyharbourpost.com/news/ferry-fares-to-rise');
    expect(r.doc.meta.outlet).toBe('dailyharbourpost.com');
    expect(r.doc.removed[0]?.reason).toBe('web address of the page');
  });
});

describe('date cues', () => {
  it('finds explicit dates, weekdays and relative expressions as spans, never a publication date', () => {
    const r = readText(
      'On January 31, the minister said on Thursday that the war had lasted 10 months and that talks could start next week, three years after the first round on 2022-03-01.',
    );
    const cues = r.doc.meta.dateCues.map((c) => [c.kind, c.text]);
    expect(cues).toEqual([
      ['explicit', 'January 31'],
      ['weekday', 'on Thursday'],
      ['relative', '10 months'],
      ['relative', 'next week'],
      ['relative', 'three years after'],
      ['explicit', '2022-03-01'],
    ]);
    for (const c of r.doc.meta.dateCues) expect(r.doc.text.slice(c.start, c.end)).toBe(c.text);
    expect(r.doc.meta.published).toBeNull();
  });
});

describe('sidecar', () => {
  it('overrides detection with editor-supplied values', () => {
    const r = readFixture('site-name-and-copyright.txt', {
      outlet: 'Coastal Herald (Bramport)',
      url: 'https://thecoastalherald.com/fleet-returns',
      published: '2025-02-09',
      headline: 'Fleet back in harbour',
      language: 'en-gb',
    });
    expect(r.doc.meta).toMatchObject({
      outlet: 'Coastal Herald (Bramport)',
      outletRule: 'sidecar',
      url: 'https://thecoastalherald.com/fleet-returns',
      published: '2025-02-09',
      headline: 'Fleet back in harbour',
      title: 'Fleet back in harbour',
      language: 'en-GB',
    });
    expect(r.problems).toEqual([]);
  });

  it('reports a bad field with the file and the field, and still uses the rest', () => {
    const r = readFixture('site-name-and-copyright.txt', { outlet: 'Harbour Weekly', published: 'last Tuesday', url: 42, colour: 'blue' });
    expect(r.doc.meta.outlet).toBe('Harbour Weekly');
    expect(r.doc.meta.published).toBeNull();
    const messages = r.problems.map((p) => `${p.file} ${p.code} ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^site-name-and-copyright\.meta\.json sidecar-invalid sidecar field "published"/));
    expect(messages).toContainEqual(expect.stringMatching(/field "url" must be a text value/));
    expect(messages).toContainEqual(expect.stringMatching(/field "colour" unknown field/));
  });

  it('reports a sidecar that is not an object', () => {
    const r = readFixture('site-name-and-copyright.txt', ['not', 'an', 'object']);
    expect(r.problems).toEqual([expect.objectContaining({ file: 'site-name-and-copyright.meta.json', code: 'sidecar-invalid' })]);
    expect(r.doc.meta.outlet).toBe('The Coastal Herald');
  });
});
