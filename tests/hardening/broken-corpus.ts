/**
 * Writes a folder of broken seed files at test time (binary and large files are never committed):
 * every way a pasted file can go wrong, next to ordinary articles that must still be published.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** What a file of the corpus must produce: a problem code, or null for "published without problems". */
export interface Expectation {
  file: string;
  /** Problem code reported for the file, or null. */
  code: string | null;
  /** Whether the file must appear as a published article. */
  published: boolean;
}

const fixture = (name: string): string => readFileSync(path.join('tests/fixtures/broken', name), 'utf8');

/** A small but valid PNG image: what a "photo saved as .txt" really holds. */
export function pngBytes(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(32, 0);
  ihdr.writeUInt32BE(32, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(32 * (1 + 32 * 3));
  for (let i = 0; i < rows.length; i++) rows[i] = (i * 37) % 251;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Windows-1252 bytes of text made of Latin-1 letters and the usual typographic marks. */
export function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };
  return Buffer.from(Array.from(text, (c) => extra[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

/** Thousands of short quotes in one article. */
function manyQuotes(count: number): string {
  const lines = ['Residents Give Their Verdict on the New Tram Line', ''];
  for (let i = 0; i < count; i++) {
    lines.push(`“Stop ${i + 1} is ${i % 3 === 0 ? 'too far from the market' : 'fine for me'},” said resident Ana Ruiz, who rides the line every day.`, '');
  }
  return lines.join('\n');
}

/** Adds a closing paragraph so a variant of an article is not a duplicate of the original. */
const withCoda = (text: string, coda: string): string => `${text.trimEnd()}\n\n${coda}\n`;

/**
 * Writes the corpus into `dir` and returns what each entry must produce. `full` adds the files too
 * big to generate on every `npm test` (a 5 MB line, a 20 MB file, a 600 KB one-line article).
 */
export function writeBrokenCorpus(dir: string, options: { full: boolean }): Expectation[] {
  mkdirSync(dir, { recursive: true });
  const expected: Expectation[] = [];
  const put = (file: string, content: string | Buffer, code: string | null, published: boolean): void => {
    writeFileSync(path.join(dir, file), content);
    expected.push({ file, code, published });
  };
  const bridge = fixture('bridge-closure.txt');
  const school = fixture('school-meals.txt');

  put('empty.txt', '', 'empty-file', false);
  put('whitespace-only.txt', '   \n\t\n \r\n\u00a0\n', 'empty-file', false);
  put('photo-renamed.txt', pngBytes(), 'not-text', false);
  put('harbour-strike-1252.txt', windows1252(fixture('harbour-strike.txt')), 'not-utf8', true);
  put('library-funding-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture('library-funding.txt'), 'utf16le')]), 'encoding', true);
  put('bridge-closure-crlf.txt', bridge.replace(/\n/g, '\r\n'), null, true);
  put('school-meals-cr.txt', school.replace(/\n/g, '\r'), null, true);
  const flood = Buffer.from(fixture('flood-warning.txt'), 'utf8');
  put('flood-warning-bad-byte.txt', Buffer.concat([flood.subarray(0, 200), Buffer.from([0xff, 0xc3]), flood.subarray(200)]), 'not-utf8', true);
  put('unbalanced-quotes.txt', fixture('unbalanced-quotes.txt'), null, true);
  put('many-quotes.txt', manyQuotes(3000), null, true);
  put('non-english.txt', fixture('non-english.txt'), 'non-english', false);
  // Two seeds with the same text: the first is published, the second reported.
  const copy = withCoda(school, 'The board will publish the list of schools on its website next week.');
  put('copy-a.txt', copy, null, true);
  put('copy-b.txt', copy, 'duplicate-seed', false);
  // Names with spaces, capitals and letters outside ASCII; two names that fold to the same id.
  put('Mayor Answers Critics.txt', withCoda(bridge, 'The transport department will publish the detour map on Saturday.'), null, true);
  put('Ünïcode Straße Report.txt', withCoda(bridge, 'A public meeting about the closure is planned for next Wednesday.'), null, true);
  put('cafe-report.txt', withCoda(school, 'Catering staff will be trained over the summer holidays.'), null, true);
  put('Café Report.txt', withCoda(school, 'The first menus will be sent to parents in August.'), 'id-collision', true);
  // Things in the seeds folder that are not seeds.
  put('notes.md', '# Notes\n\nRemember to add the harbour story.\n', 'not-a-seed', false);
  put('cover.png', pngBytes(), 'not-a-seed', false);
  put('orphan.meta.json', '{ "outlet": "Kelsby Herald" }\n', 'orphan-sidecar', false);
  put('bridge-closure-crlf.meta.json', '{ "outlet": "Valley Times", }\n', 'bad-json', false);
  mkdirSync(path.join(dir, 'drafts'));
  writeFileSync(path.join(dir, 'drafts', 'draft.txt'), bridge);
  expected.push({ file: 'drafts', code: 'not-a-file', published: false });

  if (options.full) {
    const sentence = 'The committee met again on Thursday and agreed to meet again next week. ';
    put('one-long-line.txt', sentence.repeat(Math.ceil(5_000_000 / sentence.length)), 'too-large', false);
    const paragraph = `${fixture('flood-warning.txt')}\n`;
    put('huge.txt', paragraph.repeat(Math.ceil(20_000_000 / paragraph.length)), 'too-large', false);
    // Under the size limit but one 600 KB line: read, analysed and published in bounded time.
    put('long-line-600kb.txt', `Council Debates Longest Agenda on Record\n\n${'“We will read every item,” the clerk said, and the council agreed to continue. '.repeat(7600)}`, null, true);
  }
  return expected;
}
