import { describe, expect, it } from 'vitest';
import { headings, paragraphs, readFixture, readText, roleOf } from './fixture.ts';

describe('line roles', () => {
  it('removes image captions and photo credits, keeping the paragraphs around them', () => {
    const r = readFixture('captions-and-credits.txt');
    expect(roleOf(r, 'Ferry passengers queue')).toEqual({ role: 'caption', rule: 'caption:with-credit' });
    expect(roleOf(r, '[Photo : Harbour Authority]')?.role).toBe('photo-credit');
    expect(roleOf(r, 'Image: Port Ellis')?.role).toBe('photo-credit');
    expect(roleOf(r, 'Authority chair Dana Whitlock speaks')?.role).toBe('caption');
    expect(roleOf(r, 'Dana Whitlock')).toEqual({ role: 'caption', rule: 'caption:label-next-to-picture' });
    expect(paragraphs(r)).toHaveLength(4);
    expect(paragraphs(r).join('\n')).not.toMatch(/Getty|REUTERS\/|\[Photo|Image:/);
    expect(r.doc.removed.find((l) => l.role === 'caption')?.reason).toBe('image caption');
    expect(r.doc.removed.find((l) => l.role === 'photo-credit')?.reason).toBe('photo credit');
  });

  it('removes site chrome: navigation, language switcher, ads, read-more, share, previous/next, comments', () => {
    const r = readFixture('site-chrome.txt');
    const expected: [string, string][] = [
      ['Home | News', 'chrome:navigation'],
      ['English | Español', 'chrome:language-switcher'],
      ['Advertisement:', 'chrome:advertisement'],
      ['Read more: Tram fares', 'chrome:read-more'],
      ['Facebook Twitter', 'chrome:share-buttons'],
      ['Previous articleMayor', 'chrome:previous-next'],
      ['Next articleFloods', 'chrome:previous-next'],
      ['Leave a Reply', 'chrome:comments'],
      ['Exit mobile version', 'chrome:page'],
    ];
    for (const [prefix, rule] of expected) expect(roleOf(r, prefix), prefix).toEqual({ role: 'chrome', rule });
    expect(r.doc.meta.headline).toBe('City Council Delays Vote on Tram Extension');
    expect(paragraphs(r)).toHaveLength(3);
    expect(paragraphs(r)[2]).toBe('Transport officials had hoped to start construction next year. They now expect the vote in March.');
  });

  it('removes a list of related headlines after the article', () => {
    const r = readFixture('related-headlines.txt');
    expect(roleOf(r, 'Related News')?.role).toBe('chrome');
    for (const h of ['Water restrictions', 'Grain prices', 'Heat wave']) expect(roleOf(r, h), h).toEqual({ role: 'chrome', rule: 'chrome:headline-list' });
    expect(paragraphs(r)).toHaveLength(3);
    expect(headings(r)).toEqual([]);
  });

  it('recognises a byline and an author biography, and takes the outlet from the biography', () => {
    const r = readFixture('byline-and-bio.txt');
    expect(roleOf(r, 'By Helen Marsh')?.role).toBe('byline');
    expect(roleOf(r, 'Helen Marsh is a senior')).toEqual({ role: 'author-bio', rule: 'author-bio:sentence' });
    expect(r.doc.meta.byline).toBe('Helen Marsh and Omar Fayed');
    expect(r.doc.meta.headline).toBe('Regional Airline Cancels Winter Routes');
    expect(r.doc.meta.outlet).toBe('Northern Ledger');
    expect(r.doc.meta.outletRule).toBe('author-bio');
    expect(r.doc.removed.find((l) => l.role === 'author-bio')?.reason).toBe('author biography');
  });

  it('keeps a source line’s name as the site name and the copyright notice as a copyright line', () => {
    const r = readFixture('site-name-and-copyright.txt');
    expect(roleOf(r, 'thecoastalherald.com')?.role).toBe('site-name');
    expect(roleOf(r, 'Copyright © 2025')?.role).toBe('copyright');
    expect(r.doc.removed.find((l) => l.role === 'copyright')?.reason).toBe('copyright notice');
    expect(r.doc.meta.outlet).toBe('The Coastal Herald');
    expect(paragraphs(r)).toHaveLength(2);
  });

  it('keeps a sourcing credit as metadata and a dateline as metadata without cutting the paragraph', () => {
    const r = readFixture('credit-and-dateline.txt');
    expect(roleOf(r, '(With inputs from Reuters)')?.role).toBe('credit');
    expect(r.doc.meta.credits).toEqual(['(With inputs from Reuters)']);
    expect(paragraphs(r)[0]).toMatch(/^GENEVA, March 3\. \/TASS\/\. Talks on a new grain corridor/);
    const meta = r.doc.meta as typeof r.doc.meta & { dateline: { text: string; agency: string | null } | null };
    expect(meta.dateline?.text).toBe('GENEVA, March 3. /TASS/.');
    expect(meta.dateline?.agency).toBe('TASS');
    expect(r.doc.meta.outlet).toBe('TASS');
    expect(r.doc.meta.title).toBe('Untitled article — Talks on a new grain corridor will resume…');
  });

  it('reads short capitalised lines above the headline as topic tags', () => {
    const r = readFixture('topic-tags.txt');
    expect(roleOf(r, 'Climate Policy')?.role).toBe('topic-tag');
    expect(roleOf(r, 'Energy')?.role).toBe('topic-tag');
    expect(r.doc.meta.headline).toBe('Government Unveils Plan to Close Last Coal Plant by 2030');
    expect(r.doc.removed.find((l) => l.role === 'topic-tag')?.reason).toBe('topic tag');
  });

  it('makes short lines between paragraphs section headings with their own anchors', () => {
    const r = readFixture('subheadings.txt');
    expect(headings(r)).toEqual(['Unions blame staffing cuts', 'What happens next']);
    expect(r.doc.blocks.map((b) => b.anchor)).toEqual(['p-1', 'p-2', 'h-1', 'p-3', 'p-4', 'h-2', 'p-5']);
    expect(r.doc.meta.headline).toBeNull();
  });

  it('reads a paste without blank lines as one paragraph per line', () => {
    const r = readFixture('no-blank-lines.txt');
    expect(paragraphs(r)).toHaveLength(5);
    expect(r.doc.meta.headline).toBeNull();
    expect(r.doc.removed).toEqual([]);
  });

  it('joins hard-wrapped lines into paragraphs, offsets unchanged', () => {
    const r = readFixture('hard-wrapped.txt');
    expect(paragraphs(r)).toHaveLength(3);
    expect(paragraphs(r)[1]).toBe(
      '"Students told us they had nowhere quiet to work in the evenings," said council member Lydia Brandt. "This is a small change that will make a real difference to a lot of people."',
    );
    for (const b of r.doc.blocks) expect(r.doc.text.slice(b.start, b.end)).toBe(b.text);
    expect(r.doc.sentences.map((s) => s.text)).toContain('"This is a small change that will make a real difference to a lot of people."');
  });

  it('lists every non-blank line that is not body text in removed, with a reason and the rule', () => {
    const r = readFixture('site-chrome.txt');
    const body = new Set(r.doc.lines.filter((l) => l.role === 'paragraph' || l.role === 'subheading').map((l) => l.start));
    const nonBlank = r.doc.lines.filter((l) => l.role !== 'blank');
    expect(r.doc.removed.length + body.size).toBe(nonBlank.length);
    for (const line of r.doc.removed) {
      expect(line.reason).not.toBe('');
      expect(line.rule).toMatch(/^[a-z-]+:[a-z-]+$/);
    }
  });

  it('never keeps a page-furniture line in a paragraph of an untitled paste', () => {
    const r = readText(
      [
        'Skip to content',
        'Search',
        'The state parliament passed a law on Tuesday that bans the sale of disposable vapes from January, following a campaign by school principals.',
        '',
        'Advertisement',
        '',
        '“We heard from teachers every single week,” said education minister Rosa Lind.',
        '',
        'Tags: Health, Schools, Parliament',
        'Share on Facebook',
        '0 Comments',
      ].join('\n'),
    );
    expect(paragraphs(r)).toEqual([
      'The state parliament passed a law on Tuesday that bans the sale of disposable vapes from January, following a campaign by school principals.',
      '“We heard from teachers every single week,” said education minister Rosa Lind.',
    ]);
    expect(roleOf(r, 'Tags:')?.role).toBe('topic-tag');
  });

  it('reads a broadcaster page pasted without blank lines', () => {
    const r = readFixture('broadcaster-page.txt');
    expect(r.doc.meta.headline).toBe("Harbour strike: Dock workers say talks 'possible' after pay offer");
    expect(roleOf(r, '3 hours ago')?.role).toBe('byline');
    expect(roleOf(r, 'Jane Okoro')).toEqual({ role: 'byline', rule: 'byline:name' });
    expect(roleOf(r, 'Image source, Getty Images')?.role).toBe('photo-credit');
    expect(roleOf(r, 'Image caption, Dock workers')?.role).toBe('caption');
    expect(roleOf(r, 'Who runs the port?')).toEqual({ role: 'chrome', rule: 'chrome:headline-list' });
    expect(r.doc.meta.outlet).toBe('Northland Broadcasting');
    expect(paragraphs(r)).toHaveLength(3);
    expect(paragraphs(r)[0]).toMatch(/^Dock workers in Port Ellis/);
  });

  it('reads a wire story: byline, picture caption, dateline agency and reporting credit', () => {
    const r = readFixture('wire-story.txt');
    expect(r.doc.meta.headline).toBe('Minister says grain corridor could reopen within weeks');
    expect(r.doc.meta.byline).toBe('Petra Lindqvist and Omar Haddad');
    expect(roleOf(r, 'Ships wait to enter')?.role).toBe('caption');
    expect(roleOf(r, 'Reporting by Petra')?.role).toBe('credit');
    expect(r.doc.meta.credits).toEqual(['Reporting by Petra Lindqvist; Editing by Mark Evans']);
    expect(r.doc.meta.outlet).toBe('Meridian');
    expect(r.doc.meta.outletRule).toBe('dateline');
    expect(paragraphs(r)).toHaveLength(2);
  });

  it('sets aside a comment section after the article, readers’ prose included', () => {
    const r = readText(
      [
        'The library on Carter Street will close for six months from May while the roof is replaced, the council said on Tuesday.',
        '',
        'A temporary branch will open in the community centre on Mill Lane, with shorter hours.',
        '',
        '2 Comments',
        '',
        'Tom Barker says:',
        'April 2, 2025 at 9:14 pm',
        'Six months without a library is far too long for the children in this area.',
        'Reply',
      ].join('\n'),
    );
    expect(paragraphs(r)).toHaveLength(2);
    expect(roleOf(r, 'Six months without')).toEqual({ role: 'chrome', rule: 'chrome:comments' });
  });

  it('removes a pull quote that repeats the text, but keeps a quoted heading', () => {
    const r = readText(
      [
        'Residents packed the hall on Monday to hear the water company explain the six-week outage.',
        '',
        '"We were never told the supply was at risk," said Marion Teague, who has lived in the town for 40 years.',
        '',
        '“We were never told the supply was at risk.”',
        '',
        '‘Nobody answered the phone’',
        '',
        'Several residents said they had called the company’s helpline dozens of times without reply.',
        '',
        '"Nobody answered the phone," said Dev Patel, who runs the corner shop.',
      ].join('\n'),
    );
    expect(roleOf(r, '“We were never told')).toEqual({ role: 'chrome', rule: 'chrome:pull-quote' });
    expect(headings(r)).toEqual(['‘Nobody answered the phone’']);
    expect(paragraphs(r)).toHaveLength(4);
  });

  it('reads names with their jobs, and a headline broken over two lines, as one', () => {
    const r = readText(
      [
        'Water bills to rise 9% as utility',
        'seeks to replace ageing pipes',
        'Harriet Lowe Transport correspondent',
        'The county water authority will raise household bills by 9% from July to pay for replacing old pipes.',
        'The board approved the increase on Thursday after a long meeting with residents.',
      ].join('\n'),
    );
    expect(r.doc.meta.headline).toBe('Water bills to rise 9% as utility seeks to replace ageing pipes');
    expect(roleOf(r, 'Harriet Lowe')).toEqual({ role: 'byline', rule: 'byline:name-and-job' });
    expect(r.doc.meta.byline).toBe('Harriet Lowe');
  });

  it('reads a live blog’s times as date lines and the line after a time as the entry’s title', () => {
    const r = readText(
      [
        'Storm live: ferries cancelled as winds reach 90mph',
        '',
        'Earlier coverage of the storm is on our main page, and the latest warnings are below.',
        '',
        '3:12 p.m. ET',
        'Power company says 41,000 customers affected',
        '',
        'Eastshore Power said about 41,000 homes and businesses had lost electricity, most of them in the county.',
        '',
        '2:50 p.m. ET',
        'Governor declares state of emergency',
        '',
        'The governor has declared a state of emergency for six coastal counties, freeing up money for repairs.',
      ].join('\n'),
    );
    expect(roleOf(r, '3:12 p.m. ET')?.role).toBe('byline');
    expect(headings(r)).toEqual(['Power company says 41,000 customers affected', 'Governor declares state of emergency']);
  });
});
