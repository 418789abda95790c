/**
 * Line roles: splits the analysis text into physical lines, joins hard-wrapped lines into
 * logical lines ("units"), and gives every line a role with the rule that decided it.
 * Text rules (line-rules.ts) come first; then rules that look at position and neighbours.
 */
import type { Line, LineRole } from './types.ts';
import { classifyByText, findDateline, isAffiliation, isAuthorBio, isBoxLabel, isReferenceLabel, isTagLabel, type RuleHit } from './line-rules.ts';
import { endsOpen, endsSentence, isLabelLike, isProse, startsLower, startsUpper, startsWithQuote, titleCaseRatio, words } from './text-cues.ts';

/** A physical line: trimmed span plus the full extent of the line. */
export interface PhysicalLine {
  start: number;
  end: number;
  text: string;
}

/** A logical line: one or more physical lines read as one (hard-wrapped paragraphs). */
export interface Unit {
  /** Indices into the physical lines. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Text with the wrap newlines read as spaces. */
  text: string;
  blankBefore: boolean;
  blankAfter: boolean;
}

/** A unit with its verdict. */
export interface JudgedUnit extends Unit, RuleHit {}

/** Splits text into physical lines with trimmed spans (blank lines get an empty span at their start). */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const s = trimmed === '' ? start : start + lead;
    lines.push({ start: s, end: s + trimmed.length, text: trimmed });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Typical width of a hard-wrapped text, or null when lines are not hard-wrapped. */
export function wrapWidth(lines: readonly PhysicalLine[]): number | null {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0);
  if (lengths.length < 4) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < 35 || width > 130) return null;
  const full = lines.filter((l) => l.text.length >= width * 0.7);
  if (full.length < 3) return null;
  // Wrapped lines mostly stop mid-sentence; one-line paragraphs mostly end with punctuation.
  const open = full.filter((l) => !endsSentence(l.text)).length;
  return open / full.length >= 0.4 ? width : null;
}

/** True when physical line `b` continues line `a` (hard wrap or a line broken mid-sentence). */
function continues(a: PhysicalLine, b: PhysicalLine, width: number | null): boolean {
  if (a.text === '' || b.text === '') return false;
  if (/^(?:[-*•–]\s|\d{1,2}[.)]\s)/.test(b.text)) return false; // list items start their own line
  // A line that a text rule recognises on its own (a credit, a byline) is not a wrapped piece of prose.
  const joined = classifyByText(`${a.text} ${b.text}`);
  if (joined === null && (classifyByText(a.text) !== null || classifyByText(b.text) !== null)) return false;
  // A full-width line of a hard-wrapped text goes on, unless it visibly ends a sentence short of the margin.
  if (width !== null && a.text.length >= width * 0.7) return !(endsSentence(a.text) && startsUpper(b.text) && a.text.length < width * 0.85);
  return !endsSentence(a.text) && !/:\s*$/.test(a.text) && startsLower(b.text) && words(a.text).length >= 5;
}

/** Groups physical lines into units. */
export function groupUnits(lines: readonly PhysicalLine[], text: string): Unit[] {
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as PhysicalLine;
    if (line.text === '') continue;
    let last = i;
    while (last + 1 < lines.length && continues(lines[last] as PhysicalLine, lines[last + 1] as PhysicalLine, width)) last++;
    const end = (lines[last] as PhysicalLine).end;
    units.push({
      first: i,
      last,
      start: line.start,
      end,
      text: text.slice(line.start, end).replace(/\s*\n\s*/g, (m) => ' '.repeat(m.length)),
      blankBefore: i === 0 || (lines[i - 1] as PhysicalLine).text === '',
      blankAfter: last === lines.length - 1 || (lines[last + 1] as PhysicalLine).text === '',
    });
    i = last;
  }
  return units;
}

/** Gives every unit a role: text rules, then position and neighbours. */
export function judgeUnits(units: readonly Unit[]): JudgedUnit[] {
  const verdicts: (RuleHit | null)[] = units.map((u) => classifyByText(u.text));
  judgeCommentSection(units, verdicts);
  judgeAboutSection(units, verdicts);
  judgeLabelledRuns(units, verdicts);
  judgeAuthorLines(units, verdicts);
  const prose = units.map((u, i) => verdicts[i] === null && isProse(u.text));
  const firstBody = prose.indexOf(true);
  const lastBody = prose.lastIndexOf(true);
  const set = (i: number, role: LineRole, rule: string, reason: string) => {
    verdicts[i] = { role, rule, reason };
  };

  // Author biographies sit after the article text.
  units.forEach((u, i) => {
    if (verdicts[i] === null && firstBody !== -1 && i > firstBody && i >= Math.floor(units.length * 0.5) && isAuthorBio(u.text)) {
      set(i, 'author-bio', 'author-bio:sentence', 'author biography');
    }
  });
  const proseFrom = (from: number): number => {
    for (let i = from; i < units.length; i++) if (verdicts[i] === null && isProse((units[i] as Unit).text)) return i;
    return -1;
  };
  const unjudgedBefore = (end: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < end; i++) if (verdicts[i] === null) out.push(i);
    return out;
  };

  // Before the article text: topic tags, then the headline.
  let first = proseFrom(0);
  let top = unjudgedBefore(first === -1 ? Math.min(units.length, 6) : first);
  const proseAfter = (i: number): string => units[proseFrom(i + 1)]?.text ?? '';
  let headlineAt = top.find((i, k) => {
    const t = (units[i] as Unit).text;
    if (k === 0 && (units[i] as Unit).blankAfter && isSentenceHeadline(t, proseAfter(i))) return true;
    return isHeadlineLike(t) && !(isTagLike(t) && top.slice(k + 1).some((j) => isHeadlineLike((units[j] as Unit).text)));
  });
  // A site name and its slogan can stand above the headline; the headline is the title that touches the byline.
  if (headlineAt !== undefined && !touchesByline(units, verdicts, headlineAt)) {
    const byWords = /\b(?:by|reviewed|posted|updated|published)\b/i;
    const closer = top.find((i) => i > (headlineAt as number) && (units[i] as Unit).blankBefore && isHeadlineLike((units[i] as Unit).text) && !byWords.test((units[i] as Unit).text) && touchesByline(units, verdicts, i));
    // Only over short labels: a standfirst between them means the first title was the headline.
    const between = closer === undefined ? [] : units.slice((headlineAt as number) + 1, closer).map((u, k) => ({ u, v: verdicts[(headlineAt as number) + 1 + k] }));
    if (closer !== undefined && between.every(({ u, v }) => v !== null || isLabelLike(u.text, 5))) headlineAt = closer;
  }
  if (headlineAt === undefined && first !== -1 && top.every((i) => isLabelLike((units[i] as Unit).text, 5))) {
    // A headline pasted with a full stop reads like a short first sentence; it is one when prose follows.
    const u = units[first] as Unit;
    if (u.blankAfter && isSentenceHeadline(u.text, proseAfter(first))) {
      headlineAt = first;
      top = unjudgedBefore(first + 1);
    }
  }
  for (const i of top) {
    const u = units[i] as Unit;
    if (i === headlineAt) set(i, 'headline', 'headline:title-line', 'headline (shown as the page title)');
    else if ((headlineAt === undefined || i < headlineAt) && isTagLike(u.text)) set(i, 'topic-tag', 'topic-tag:short-line-at-top', 'topic tag');
    else if (isLabelLike(u.text, 5)) set(i, 'chrome', 'chrome:before-article', 'page furniture before the article');
  }
  first = proseFrom(0);
  let last = -1;
  for (let i = units.length - 1; i >= 0 && last === -1; i--) if (verdicts[i] === null && isProse((units[i] as Unit).text)) last = i;

  // A name alone between the headline and the text is the writer's.
  if (first !== -1) {
    for (let i = 0; i < first; i++) if (verdicts[i]?.rule === 'chrome:before-article' && i > (headlineAt ?? Infinity) && isSignature((units[i] as Unit).text)) set(i, 'byline', 'byline:name', 'name of the author');
  }

  // Short labels next to a caption or photo credit belong to the picture.
  units.forEach((u, i) => {
    if (verdicts[i] !== null || !isLabelLike(u.text, 8)) return;
    const next = verdicts[i + 1];
    const prev = verdicts[i - 1];
    const touchesNext = !u.blankAfter && (next?.role === 'caption' || next?.role === 'photo-credit');
    const touchesPrev = !u.blankBefore && (prev?.role === 'caption' || prev?.role === 'photo-credit');
    if (touchesNext || touchesPrev) set(i, 'caption', 'caption:label-next-to-picture', 'image caption');
  });

  // Items under a "Related" or "Read more" label, up to the next blank line, are links too.
  for (let i = 1; i < units.length; i++) {
    const prev = verdicts[i - 1];
    const u = units[i] as Unit;
    const underLabel = (prev?.rule === 'chrome:read-more' && isLabelLike((units[i - 1] as Unit).text, 5)) || prev?.rule === 'chrome:headline-list';
    if (underLabel && verdicts[i] === null && !u.blankBefore && !isProse(u.text)) set(i, 'chrome', 'chrome:headline-list', 'list of links to other articles');
  }

  judgePullQuotes(units, verdicts);

  // Between paragraphs: subheadings. After the last paragraph: lists of links and page furniture.
  for (let i = 0; i < units.length; i++) {
    if (verdicts[i] !== null) continue;
    const u = units[i] as Unit;
    // Live blogs stamp each entry with a time, then its title, then the text.
    const afterStamp = verdicts[i - 1]?.rule === 'byline:date' && !u.blankBefore && i > (headlineAt ?? Infinity);
    if (afterStamp && isHeadingLike(u.text) && isProse((units[nextUnjudgedOrBody(verdicts, i)] as Unit | undefined)?.text ?? '')) {
      set(i, 'subheading', 'subheading:entry-title', 'section heading');
      continue;
    }
    if (first !== -1 && i > first && i < last && isHeadingLike(u.text)) {
      const nextContent = nextUnjudgedOrBody(verdicts, i);
      if (nextContent !== -1 && isProse((units[nextContent] as Unit).text)) {
        const inList = isRunOfLabels(units, verdicts, i);
        if (inList) set(i, 'chrome', 'chrome:headline-list', 'list of links to other articles');
        else set(i, 'subheading', 'subheading:short-line-between-paragraphs', 'section heading');
        continue;
      }
    }
    if (last !== -1 && i > last && isSignature(u.text)) {
      set(i, 'byline', 'byline:signature', 'name of the author');
      continue;
    }
    if (last !== -1 && i > last && !(endsSentence(u.text) && words(u.text).length >= 2)) {
      set(i, 'chrome', isRunOfLabels(units, verdicts, i) ? 'chrome:headline-list' : 'chrome:after-article', isRunOfLabels(units, verdicts, i) ? 'list of links to other articles' : 'page furniture after the article');
    }
  }
  return units.map((u, i) => ({ ...u, ...(verdicts[i] ?? { role: 'paragraph', rule: 'paragraph:body', reason: 'article text' }) }));
}

/** True when unit `i` is followed at once (no blank line) by a byline or a date line. */
function touchesByline(units: readonly Unit[], verdicts: readonly (RuleHit | null)[], i: number): boolean {
  return !(units[i] as Unit).blankAfter && verdicts[i + 1]?.role === 'byline';
}

const COMMENTS_HEADER = /^(?:\d+\s+comments?|comments?\s*\(\d+\)|leave a (?:reply|comment|response)|post a comment|add (?:a|your) comment|join the (?:conversation|discussion)|discussion about this|(?:show|view|load|read) (?:all |the )?(?:\d+ )?comments)/i;

/** Everything after a comment-section header that follows the article is readers' comments. */
function judgeCommentSection(units: readonly Unit[], verdicts: (RuleHit | null)[]): void {
  let proseSeen = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (verdicts[i] === null && isProse(u.text)) proseSeen++;
    if (proseSeen < 2 || (verdicts[i] !== null && verdicts[i]?.role !== 'chrome') || !COMMENTS_HEADER.test(u.text)) continue;
    for (let j = i + 1; j < units.length; j++) {
      const role = verdicts[j]?.role;
      if (role === undefined || role === 'byline' || role === 'author-bio') verdicts[j] = { role: 'chrome', rule: 'chrome:comments', reason: 'readers’ comments' };
    }
    return;
  }
}

const ABOUT = /^(?:about (?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]{1,50}|(?:media|press) (?:contacts?|enquiries|inquiries)|for (?:media|press) (?:enquiries|inquiries)|contact):?$/u;

/** "About Brightwater Energy", "Media Contact:" after the article: the rest is the issuer's boilerplate and contacts. */
function judgeAboutSection(units: readonly Unit[], verdicts: (RuleHit | null)[]): void {
  let proseSeen = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (verdicts[i] === null && isProse(u.text)) proseSeen++;
    const label = u.text.replace(/^About\b/, 'about').replace(/^(Media|Press|For|Contact)\b/, (m) => m.toLowerCase());
    if (proseSeen < 3 || i < units.length * 0.5 || verdicts[i] !== null || words(u.text).length > 6 || !ABOUT.test(label)) continue;
    for (let j = i; j < units.length; j++) {
      const role = verdicts[j]?.role;
      if (role === undefined || role === 'byline' || role === 'chrome') verdicts[j] = { role: 'author-bio', rule: 'author-bio:about', reason: 'about the author or the organisation' };
    }
    return;
  }
}

/** Lines under a label with no blank line between: topics under "Tags", an author box under "Author". */
function judgeLabelledRuns(units: readonly Unit[], verdicts: (RuleHit | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.blankAfter) continue;
    const run: number[] = [];
    for (let j = i + 1; j < units.length && !(units[j] as Unit).blankBefore; j++) run.push(j);
    if (verdicts[i]?.rule === 'topic-tag:label' || (verdicts[i] === null && isTagLabel(u.text))) {
      verdicts[i] = { role: 'topic-tag', rule: 'topic-tag:label', reason: 'topic tags' };
      for (const j of run) {
        if (verdicts[j] !== null || !isLabelLike((units[j] as Unit).text, 5)) break;
        verdicts[j] = { role: 'topic-tag', rule: 'topic-tag:list', reason: 'topic tags' };
      }
    } else if ((verdicts[i] === null || verdicts[i]?.role === 'credit') && isReferenceLabel(u.text) && i > units.length * 0.5) {
      // The sources of an explainer or a study, listed under the text: kept as article information.
      verdicts[i] = { role: 'credit', rule: 'credit:references', reason: 'sources and references (kept in the article information)' };
      for (const j of run) if (verdicts[j] === null || verdicts[j]?.role === 'credit') verdicts[j] = { role: 'credit', rule: 'credit:references', reason: 'sources and references (kept in the article information)' };
    } else if (verdicts[i] === null && isBoxLabel(u.text)) {
      // "Author" boxes hold the name then the job; "Disclosure statement" the author's interests; "Partners" the funders.
      const kind = /^(?:about the )?authors?\b/i.test(u.text) ? 'author' : /^disclosure/i.test(u.text) ? 'disclosure' : 'partners';
      verdicts[i] = kind === 'partners' ? { role: 'chrome', rule: 'chrome:box', reason: 'page furniture' } : { role: kind === 'author' ? 'byline' : 'author-bio', rule: `${kind === 'author' ? 'byline' : 'author-bio'}:label`, reason: kind === 'author' ? 'name of the author' : 'author biography' };
      run.forEach((j, k) => {
        if (verdicts[j] !== null && verdicts[j]?.role !== 'chrome') return;
        const t = (units[j] as Unit).text;
        if (kind === 'partners') verdicts[j] = { role: 'chrome', rule: 'chrome:box', reason: 'page furniture' };
        else if (kind === 'author' && k === 0 && isSignature(t)) verdicts[j] = { role: 'byline', rule: 'byline:name', reason: 'name of the author' };
        else verdicts[j] = { role: 'author-bio', rule: 'author-bio:box', reason: 'author biography' };
      });
    }
  }
}

/** Words of a newsroom's name, which a writer's name does not hold ("THE HARBOUR WEEKLY"). */
const NEWSROOM = /\b(?:news|times|post|daily|weekly|herald|tribune|journal|gazette|chronicle|review|press|media|magazine|radio|tv|the)\b/i;

/** A name next to a date line or a job line is the writer's; a job line under a byline is the writer's job. */
function judgeAuthorLines(units: readonly Unit[], verdicts: (RuleHit | null)[]): void {
  const glued = (i: number, j: number) => j >= 0 && j < units.length && !(units[Math.max(i, j)] as Unit).blankBefore;
  units.forEach((u, i) => {
    if (verdicts[i] !== null || !isSignature(u.text) || NEWSROOM.test(u.text)) return;
    const next = units[i + 1];
    if (glued(i, i + 1) && next && (verdicts[i + 1]?.rule === 'byline:date' || (verdicts[i + 1] === null && isAffiliation(next.text)))) {
      verdicts[i] = { role: 'byline', rule: 'byline:name', reason: 'name of the author' };
    }
  });
  units.forEach((u, i) => {
    const prev = verdicts[i - 1];
    if (verdicts[i] !== null || !glued(i - 1, i) || prev?.role !== 'byline' || prev.rule === 'byline:date' || !isAffiliation(u.text)) return;
    verdicts[i] = { role: 'byline', rule: 'byline:job', reason: 'the author’s job' };
  });
  // Bare numbers among share buttons and date lines are like and comment counters ("142", "27").
  for (let pass = 0; pass < 2; pass++) {
    units.forEach((u, i) => {
      if (verdicts[i] !== null || !/^\d[\d,]*[kKmM]?$/.test(u.text)) return;
      const near = (j: number) => glued(i, j) && (verdicts[j]?.role === 'chrome' || verdicts[j]?.role === 'byline');
      if (near(i - 1) || near(i + 1)) verdicts[i] = { role: 'chrome', rule: 'chrome:counter', reason: 'like and share counters' };
    });
  }
  // A place name alone above "CNN —" is the first half of a split dateline.
  units.forEach((u, i) => {
    if (verdicts[i] === null && verdicts[i + 1]?.rule === 'dateline:agency' && glued(i, i + 1) && isTagLike(u.text) && words(u.text).length <= 3) {
      verdicts[i] = { role: 'dateline', rule: 'dateline:place', reason: 'dateline (kept in the article information)' };
    }
  });
}

/** Comparable form of a text for finding repeats: letters and digits only, lower case. */
function repeatKey(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** A pull quote repeats words of the text: removed when an earlier paragraph holds them (or a later one, for a full sentence). */
function judgePullQuotes(units: readonly Unit[], verdicts: (RuleHit | null)[]): void {
  const keys = units.map((u) => repeatKey(u.text));
  // Counted once: every unit is compared with every other.
  const counts = units.map((u) => words(u.text).length);
  const firstProse = units.findIndex((u, i) => verdicts[i] === null && isProse(u.text));
  units.forEach((u, i) => {
    const n = counts[i] as number;
    if (verdicts[i] !== null || n < 6 || n > 60) return;
    const key = keys[i] as string;
    const found = (j: number) => j !== i && verdicts[j] === null && (counts[j] as number) > n && (keys[j] as string).includes(key);
    const earlier = units.some((_, j) => j < i && found(j));
    // Before its source, only a quotation inside the article counts: a title or summary at the top may be repeated below.
    const later = i > firstProse && startsWithQuote(u.text) && endsSentence(u.text) && units.some((_, j) => j > i && found(j));
    if (earlier || later) verdicts[i] = { role: 'chrome', rule: 'chrome:pull-quote', reason: 'pull quote (repeats the article text)' };
  });
}

/** Index of the next unit without a verdict, or -1. */
function nextUnjudgedOrBody(verdicts: readonly (RuleHit | null)[], i: number): number {
  for (let j = i + 1; j < verdicts.length; j++) if (verdicts[j] === null) return j;
  return -1;
}

/** True when unit `i` sits in a run of two or more adjacent short unpunctuated lines (a list of headlines). */
function isRunOfLabels(units: readonly Unit[], verdicts: readonly (RuleHit | null)[], i: number): boolean {
  const u = units[i] as Unit;
  const label = (j: number) => {
    const v = units[j];
    return v !== undefined && (verdicts[j] === null || verdicts[j]?.rule === 'chrome:headline-list') && isLabelLike(v.text, 20) && words(v.text).length >= 3;
  };
  return (!u.blankAfter && label(i + 1)) || (!u.blankBefore && label(i - 1));
}

/** True when a line could be a headline: a title of 3–30 words without a trailing period (unless title case). */
export function isHeadlineLike(line: string): boolean {
  const text = line.replace(/;$/, ''); // some archives end headlines with a semicolon
  const n = words(text).length;
  if (n < 3 || n > 30 || text.length > 220) return false;
  if (!startsUpper(text) || endsOpen(text)) return false;
  if (endsSentence(text) && !/[?!]["”’']?$/.test(text) && titleCaseRatio(text) < 0.7) return false;
  return true;
}

const LEDE_WORDS = /\b(?:said|told|was|were|are|had|did|you|your|our|their|is (?:\w+ )?\w+ing|are (?:\w+ )?\w+ing|he|she|they|we|it|it[’']s|its|there|this|these|those)\b/;
const IRREGULAR_PAST = /\b(?:chose|made|took|gave|came|went|began|won|lost|got|saw|knew|thought|found|left|met|ran|wrote|brought|held|kept|felt|became|spoke|sent|struck|fell|rose|led|paid|sold|bought|caught|taught|drew|grew|threw|flew|wore|tore|swore|stood|understood)\b/;
const NOT_PAST = new Set(['need', 'united', 'based', 'alleged', 'proposed', 'armed', 'expected', 'limited', 'related', 'detailed', 'embattled', 'speed', 'breed', 'creed', 'indeed']);

/** True when a line has a verb in the past tense, the tense of ledes rather than headlines. */
function pastTense(text: string): boolean {
  if (IRREGULAR_PAST.test(text)) return true;
  return (text.match(/\b[a-z]{3,}ed\b/g) ?? []).some((w) => !NOT_PAST.has(w));
}

/** True when a short first sentence is really a headline pasted with a full stop (prose must follow). */
export function isSentenceHeadline(text: string, nextText: string): boolean {
  const t = text.replace(/;$/, '');
  const n = words(t).length;
  if (n < 3 || n > 30 || t.length > 220 || !startsUpper(t) || nextText === '' || endsOpen(t)) return false;
  if (/;$/.test(text)) return words(nextText).length > n; // archives close headlines with a semicolon, never a paragraph
  if (findDateline(t) !== null) return false;
  // Ledes tell (said, was, he) and date (on Thursday); headlines announce in the present tense.
  if (LEDE_WORDS.test(t) || pastTense(t) || /^(?:He|She|They|We|It|There|This|That|On|Last|Earlier|From)\b/.test(t)) return false;
  if (/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b/.test(t)) return false;
  if (titleCaseRatio(t) >= 0.7) return true;
  if (n > 16 || t.length > 130 || startsWithQuote(t)) return false;
  if (/[,;:]\s*["”’']|["”’'],\s/.test(t)) return false;
  return words(nextText).length > n;
}

/** True when a line is only a name, as writers sign letters and columns: "Jane Doe." */
export function isSignature(text: string): boolean {
  if (/\s(?:Inc|Ltd|LLC|Corp|Corporation|plc|PLC|GmbH|AG|Co)\.?$/.test(text)) return false; // a company, not a writer
  const ws = text.replace(/[.,]$/, '').split(/\s+/);
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w)) && !endsSentence(text.replace(/\.$/, ''));
}

/** True when a line could be a topic tag: one to four capitalised words, no punctuation at the end. */
export function isTagLike(text: string): boolean {
  const n = words(text).length;
  return n >= 1 && n <= 4 && !endsSentence(text) && !endsOpen(text) && titleCaseRatio(text) === 1 && !startsWithQuote(text);
}

/** True when a line could be a section heading: short, capitalised, no sentence punctuation except "?". */
export function isHeadingLike(text: string): boolean {
  const n = words(text).length;
  if (n < 2 || n > 14 || text.length > 110) return false;
  // A quoted heading ('We lost everything') is short and ends with its closing quote.
  if (startsWithQuote(text) && !(n <= 10 && /["”’']$/.test(text) && !/[.!?,]["”’']$/.test(text))) return false;
  if (!startsUpper(text) || endsOpen(text)) return false;
  if (/^(?:editor[’']?s note|note|update|updated|correction|clarification|disclosure)\s*:/i.test(text)) return false;
  // Questions are usually one-line paragraphs; a question heading is short and in title case.
  if (/\?["”’']?$/.test(text)) return n <= 8 && titleCaseRatio(text) >= 0.75;
  return !endsSentence(text);
}

/** Expands unit verdicts to physical lines (blank lines get role `blank`). */
export function linesFromUnits(lines: readonly PhysicalLine[], judged: readonly JudgedUnit[]): Line[] {
  const out: Line[] = lines.map((l) => ({ text: l.text, start: l.start, end: l.end, role: 'blank', rule: 'blank' }));
  for (const u of judged) {
    for (let k = u.first; k <= u.last; k++) {
      const line = out[k] as Line;
      line.role = u.role;
      line.rule = u.rule;
    }
  }
  return out;
}
