/**
 * Attribution: decide who said each quote, with the evidence (cue, source mention, rule, confidence).
 * Precision before recall: when no rule is confident the quote keeps speaker null ("speaker unclear").
 */
import type { ArticleDoc, AttributedQuote, Attribution, LocalSpeaker, QuoteSpan, Span } from './types.ts';
import { QUOTE_CHARS, sentenceEndAfter, sentenceEnds, sentenceStartBefore, wordsOf, type Word } from './context.ts';
import { MentionTable } from './mentions.ts';
import { isNewsOrg, renamedSubject, resolveDescriptor, type Salience } from './subjects.ts';
import { resolveSubjectPronouns } from './pronouns.ts';
import { ROLE_HEADS, TITLE_WORDS } from './names.ts';
import { SPEAKER_LABEL, transcriptLabels } from './quotes.ts';
import { labelSpeaker } from './name-label.ts';
import { ownedSayingSpeaker, possessorSpeaker } from './possessor-lead.ts';
import { signOffSpeaker } from './sign-off.ts';
import { transcriptPerson } from './transcript-names.ts';
import { BREAK, spanOf, lastIndexBefore, appositiveTitle, type Outer, type Found, type Ctx } from './attribute-context.ts';
import { afterCue } from './cue-after.ts';
import { cueBeforeQuote, beforeCue } from './cue-before.ts';
import { frontedClauses, sentenceSubjectQuote } from './sentence-subject.ts';
import { groupChant } from './group-subject.ts';
import { splitSentence, coordinated, sameParagraph, colonIntro, nextParagraph, previousSentence, sandwiched } from './paragraph-rules.ts';

/** A party and state tag after a name, between commas or before the sentence end: ", R-Ky.,", ", D-N.Y.". */
const PARTY_TAG = /, [RDI]-[A-Z][A-Za-z.]{1,8}(?:,|(?=[.;:]))/g;

/** Positions of the marks around a quote span. */
function outerOf(text: string, q: QuoteSpan): Outer {
  let open = q.start;
  let k = q.start;
  while (k > 0 && /[ \t]/.test(text[k - 1] ?? '')) k--;
  let n = 0;
  while (k > 0 && QUOTE_CHARS.includes(text[k - 1] ?? 'x') && n < 2) {
    k--;
    n++;
    open = k;
  }
  let e = q.end;
  while (e < text.length && /[ \t]/.test(text[e] ?? '')) e++;
  let m = 0;
  let closeEnd = q.end;
  while (e < text.length && QUOTE_CHARS.includes(text[e] ?? 'x') && m < 2) {
    e++;
    m++;
    closeEnd = e;
  }
  return { q, open, closeEnd, closed: m > 0 };
}

/** Attribute the quotes of one article; returns the article's speakers and the quotes with their evidence. */
export function attributeQuotes(doc: ArticleDoc, spans: QuoteSpan[]): { speakers: LocalSpeaker[]; quotes: AttributedQuote[] } {
  const original = doc.text;
  // reported speech is attributed after the quotes and never changes what they see (mentions, salience)
  const quotes = spans.filter((q) => q.kind !== 'indirect');
  const reported = spans.filter((q) => q.kind === 'indirect');
  // short parentheses outside quotes ("Sen. Ruth Okafor (D-N.Y.) said") are transparent to the rules
  // and so are party tags set off by commas ("Mitch McConnell, R-Ky., said", "said Sen. Ron Wyden, D-Ore.")
  const text = original.replace(/ \([^()“”"\n]{1,30}\)(?=[ ,:])/g, (m) => ' '.repeat(m.length)).replace(PARTY_TAG, (m) => ' '.repeat(m.length));
  doc = { ...doc, text };
  const outers = [...quotes].sort((a, b) => a.start - b.start).map((q) => outerOf(text, q));
  const quoteRanges = outers.map((o) => ({ text: '', start: o.open, end: o.closeEnd }));
  const table = new MentionTable(doc, quoteRanges);
  const sal: Salience = { quoteRanges, spoken: [], sentenceStarts: sentenceStartsOf(doc, quoteRanges), blocks: doc.blocks };
  sal.described = describedSubjects(text, table, sal);
  sal.fronted = frontedClauses(text, sal);
  const results: (Found | null)[] = [];
  const transcript = transcriptLabels(doc);
  const labelled = new Set<number>();
  const pronounsDone = { next: 0 };

  const blockOf = (o: Outer): Span => doc.blocks[o.q.block] ?? { text, start: 0, end: text.length };
  outers.forEach((o, i) => {
    if (o.q.kind === 'term') {
      results.push(null);
      return;
    }
    const block = blockOf(o);
    resolveSubjectPronouns(text, table, sal, o.open, pronounsDone);
    // terms (scare quotes, titles) are part of the reporter's sentence: look past them
    const prevIdx = lastIndexBefore(outers, i, (x) => x.q.kind !== 'term' && !appositiveTitle(text, x));
    const prev = outers[prevIdx];
    const next = outers.slice(i + 1).find((x) => x.q.kind !== 'term');
    const prevSame = prev && prev.q.block === o.q.block ? prev : undefined;
    const nextSame = next && next.q.block === o.q.block ? next : undefined;
    const prevEnd = prevSame ? prevSame.closeEnd : block.start;
    const nextOpen = nextSame ? nextSame.open : block.end;
    const beforeStart = sentenceStartBefore(text, prevEnd, o.open);
    const afterEnd = sentenceEndAfter(text, o.closeEnd, nextOpen);
    const prevFound = prevSame ? results[prevIdx] ?? null : null;
    const ctx: Ctx = { text, table, sal, doc, o, beforeStart, afterEnd, prevSame, prevFound, prevEnd, prevPiece: prev?.q.continues };
    const label = transcriptLine(ctx, transcript);
    if (label !== undefined) labelled.add(i);
    // a name label ("Bush: “…”") speaks for the quote; one that names nobody known stops the other rules
    const labelOrOthers = (): Found | null => {
      const named = nameLabel(ctx);
      return named !== undefined ? named : cueBeforeQuote(ctx) ?? sameParagraph(ctx) ?? previousSentence(ctx) ?? colonIntro(ctx) ?? nextParagraph(ctx, outers, results, i) ?? sentenceSubjectQuote(ctx) ?? groupChant(ctx) ?? possessorLead(ctx) ?? ownedSaying(ctx);
    };
    const found = label !== undefined ? label : signOff(ctx) ?? coordinated(ctx) ?? afterCue(ctx) ?? labelOrOthers();
    let chosen = found;
    if (found && found.rule.startsWith('cue-after') && isNewsOrg(table.entities[found.res.entity]?.name ?? '')) {
      chosen = beforeCue(ctx) ?? found; // "…,” Putin told reporters, Reuters reported: the reporter is not the speaker
    }
    results.push(chosen);
    if (chosen) sal.spoken.push({ start: o.q.start, entity: chosen.res.entity });
  });
  // a quote with no cue right before an attributed one in the same paragraph: “A.” “B,” he said.
  for (let i = outers.length - 2; i >= 0; i--) {
    const o = outers[i];
    const n = outers[i + 1];
    const r = results[i + 1];
    if (!o || !n || results[i] || o.q.kind === 'term' || !r || n.q.block !== o.q.block) continue;
    if (r.rule.startsWith('cue-after') && (text.slice(o.closeEnd, n.open).trim() === '' || splitSentence(text, table, o, n, r, doc.blocks[o.q.block]?.start ?? 0))) {
      results[i] = { res: { ...r.res, confidence: Math.min(r.res.confidence, 0.8) }, cue: r.cue, rule: 'continuation-before' };
    }
  }
  // a quote-only paragraph between two quotes of one speaker, the next one attributed right after it, is theirs too
  outers.forEach((o, i) => {
    if (!results[i] && o.q.kind === 'direct' && o.q.continues === undefined) results[i] = sandwiched(doc, outers, results, i);
  });
  // the pieces of a multi-paragraph quote share the best attribution among them
  const chains = new Map<number, number[]>();
  outers.forEach((o, i) => {
    if (o.q.continues !== undefined) chains.set(o.q.continues, [...(chains.get(o.q.continues) ?? []), i]);
  });
  for (const idxs of chains.values()) {
    // a transcript spans several speakers: its lines keep their own labels
    if (idxs.some((i) => labelled.has(i))) continue;
    // `“…,” Earnest said.”`: a cue closed by a further quote mark is inside the quoted text, a nested quote's own
    // attribution: it names no speaker for the text around it (an article quoted at length)
    const nested = (r: Found): boolean => !!r.cue && /^[.,!?]*["”]/.test(text.slice(r.cue.end, r.cue.end + 4)) && r.rule.startsWith('cue-after');
    const best = idxs.map((i) => results[i]).filter((r): r is Found => !!r && r.rule !== 'continuation' && !nested(r)).sort((a, b) => b.res.confidence - a.res.confidence)[0];
    if (best) for (const i of idxs) if (!results[i] || results[i]?.rule === 'continuation') results[i] = { ...best, rule: `multi-paragraph:${best.rule}` };
  }
  // reported speech: only the subject of its own cue ("Putin said that …"); without one it is not kept
  for (const q of reported) {
    const o = outerOf(text, q);
    const block = blockOf(o);
    const beforeStart = sentenceStartBefore(text, block.start, o.open);
    const ctx: Ctx = { text, table, sal, doc, o, beforeStart, afterEnd: o.closeEnd, prevSame: undefined, prevFound: null, prevEnd: block.start };
    const found = beforeCue(ctx);
    if (!found || !found.cue || wordsOf(text.slice(found.cue.end, o.open)).length > 6) continue;
    const k = outers.findIndex((x) => x.q.start > q.start);
    const at = k < 0 ? outers.length : k;
    outers.splice(at, 0, o);
    results.splice(at, 0, { ...found, rule: `indirect:${found.rule.replace('name-verb-quote', 'name-verb-that')}` });
  }
  return finish(original, table, outers, results);
}

/**
 * A transcript line ("PENCE: …", "Q: …"): the label names the speaker when it is a person of the article;
 * Q/A lines and unknown labels stay unclear (undefined when the quote is not a transcript line).
 */
function transcriptLine(c: Ctx, transcript: Set<number>): Found | null | undefined {
  const { text, o } = c;
  const block = c.doc.blocks[o.q.block];
  if (!block) return undefined;
  const inside = SPEAKER_LABEL.exec(o.q.text);
  const outside = transcript.has(o.q.block) ? SPEAKER_LABEL.exec(block.text) : null;
  let label: Span | null = null;
  if (outside?.[1] && text.slice(block.start + outside[0].length, o.open).trim() === '') label = spanOf(text, block.start, block.start + outside[1].length);
  else if (inside?.[1] && text.slice(block.start, o.open).trim() === '' && inside[1].length >= 3) label = spanOf(text, o.q.start, o.q.start + inside[1].length);
  if (!label) return undefined;
  if (label.text === 'Q' || label.text === 'A') return null;
  const words = wordsOf(label.text, label.start);
  const idx = c.table.findPerson(words.map((w) => w.text[0] + w.text.slice(1).toLowerCase()));
  // a label the article never writes in ordinary case ("WALLACE:", the host) still names the speaker of a transcript
  const unknown = idx < 0 ? transcriptPerson(c.doc, label, c.table) : null;
  if (unknown) return { res: unknown, cue: null, rule: 'transcript:label' };
  if (idx < 0) return inside && !outside && !/^[A-Z'’.-]{3,}(?: [A-Z'’.-]{2,}){0,2}$/.test(label.text) ? undefined : null;
  return { res: { entity: idx, source: label, how: 'name', confidence: 0.9 }, cue: null, rule: 'transcript' };
}

/** Sentences opening with a definite description of a person seen earlier ("The Ohio governor said …"). */
function describedSubjects(text: string, table: MentionTable, sal: Salience): { start: number; entity: number }[] {
  const out: { start: number; entity: number }[] = [];
  for (const s of sal.sentenceStarts) {
    if (sal.quoteRanges.some((r) => s >= r.start && s < r.end)) continue;
    const ws = wordsOf(text.slice(s, s + 120), s, 12);
    // skip a short fronted phrase: "Instead, the senator …"
    let i = 0;
    const comma = ws.findIndex((w, k) => k > 0 && k <= 4 && /^\s*,/.test(text.slice((ws[k - 1] as Word).end, w.start)));
    if (comma > 0 && ws[0]?.lower !== 'the') i = comma;
    // "But the former Valdorian president didn’t stop there."
    else if (/^(?:and|but|so|yet)$/.test(ws[0]?.lower ?? '')) i = 1;
    if (ws[i]?.lower !== 'the') continue;
    for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
      const w = ws[j] as Word;
      const next = ws[j + 1];
      if (BREAK.test(text.slice((ws[j - 1] as Word).end, w.start))) break;
      if (!ROLE_HEADS.has(w.lower) && !TITLE_WORDS.has(w.lower)) continue;
      // "The senator John Doe": the name is the mention
      if (next && /^\p{Lu}/u.test(next.text) && !BREAK.test(text.slice(w.end, next.start))) break;
      const d = resolveDescriptor(text, ws.slice(i, j + 1), table, sal);
      if (d) out.push({ start: (ws[i] as Word).start, entity: d.entity });
      break;
    }
    // no title of the article fits: the person the previous sentence is about ("Hadley … Instead, the Ohio senator …")
    const renamed = out[out.length - 1]?.start === (ws[i] as Word).start ? null : renamedSubject(text, ws.slice(i), table, sal);
    if (renamed) out.push({ start: (ws[i] as Word).start, entity: renamed.entity });
  }
  return out;
}

/** Sentence starts outside quotes, block by block. */
function sentenceStartsOf(doc: ArticleDoc, ranges: Span[]): number[] {
  const starts: number[] = [];
  for (const b of doc.blocks) {
    starts.push(b.start);
    let pos = b.start;
    const inBlock = ranges.filter((r) => r.start >= b.start && r.start < b.end);
    for (const r of [...inBlock, { text: '', start: b.end, end: b.end }]) {
      if (r.start > pos) starts.push(...sentenceEnds(doc.text, pos, r.start));
      // "Ruiz called it “arbitrary.” Hale warned …": a full stop inside the closing mark ends the reporter's sentence too
      const next = /^\s+(?=\p{Lu})/u.exec(doc.text.slice(r.end, r.end + 4));
      if (r.end > r.start && /\.['’”"]+$/.test(doc.text.slice(r.start, r.end)) && next && r.end + next[0].length < b.end) starts.push(r.end + next[0].length);
      pos = Math.max(pos, r.end);
    }
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** A quote paragraph signed with a dash and a name: `“…” ― Ana Torres`, `"…" — Ana Torres, a nurse in Tucson`. */
function signOff(c: Ctx): Found | null {
  const block = c.doc.blocks[c.o.q.block];
  const found = block ? signOffSpeaker(c.text, block, { text: '', start: c.o.open, end: c.o.closeEnd }, c.sal.quoteRanges, c.table, c.sal, c.doc.meta.byline, c.doc.blocks[c.o.q.block + 1]) : null;
  return found ? { ...found, rule: 'sign-off' } : null;
}

/** A name label right before the quote: `Clinton: "…" Bush: "…"`, `Poll lessons - Carl Bialik: “…”`. */
function nameLabel(c: Ctx): Found | null | undefined {
  // a headline ("Reid: ‘Never underestimate Trump’") is the outlet's title, not a report of speech
  if (c.o.q.block === 0 || c.doc.blocks[c.o.q.block]?.kind === 'heading') return undefined;
  const from = Math.max(c.beforeStart, c.prevEnd);
  const res = labelSpeaker(c.text, from, c.text.slice(from, c.o.open), c.o.q.text, c.table, c.sal);
  return res ? { res, cue: null, rule: 'name-label' } : res;
}

/** A possessive lead before a colon: `Ruiz’s response was: “…”`, `From Ruiz’s Facebook post: “…”`. */
function possessorLead(c: Ctx): Found | null {
  const from = Math.max(c.beforeStart, c.prevEnd);
  const res = possessorSpeaker(c.text, from, c.text.slice(from, c.o.open), c.table, c.sal);
  return res ? { res, cue: null, rule: 'possessor-lead' } : null;
}

/** The owner of a speech noun the quote is the content of: `his call for “…”`, `her remark that “…”`. */
function ownedSaying(c: Ctx): Found | null {
  const from = Math.max(c.beforeStart, c.prevEnd);
  // the sentence may start before the previous quote: a verb there reports the saying too
  const prevEndsSentence = c.prevSame !== undefined && /[.?!]$/.test(c.prevSame.q.text);
  const sentenceStart = prevEndsSentence ? from : sentenceStartBefore(c.text, c.doc.blocks[c.o.q.block]?.start ?? 0, c.o.open);
  const res = ownedSayingSpeaker(c.text, sentenceStart, from, c.text.slice(from, c.o.open), c.table, c.sal);
  return res ? { res, cue: null, rule: 'possessor-noun' } : null;
}

/** Build LocalSpeakers (only entities that speak) and the attributed quotes. */
function finish(text: string, table: MentionTable, outers: Outer[], results: (Found | null)[]): { speakers: LocalSpeaker[]; quotes: AttributedQuote[] } {
  const speakers: LocalSpeaker[] = [];
  const index = new Map<number, number>();
  const quotes = outers.map((o, i): AttributedQuote => {
    const r = results[i];
    let attribution: Attribution = { speaker: null, source: null, cue: null, rule: o.q.kind === 'term' ? 'term' : 'none', confidence: 0 };
    if (r && r.res.confidence >= 0.5) {
      const e = table.entities[r.res.entity];
      // a lone surname the text leaves open between two people names nobody
      if (e && !e.candidates) {
        let si = index.get(r.res.entity);
        if (si === undefined) {
          si = speakers.length;
          index.set(r.res.entity, si);
          speakers.push({ name: e.name, type: e.type, descriptors: e.descriptors, mentions: [] });
        }
        const source = spanOf(text, r.res.source.start, r.res.source.end);
        const cue = r.cue ? spanOf(text, r.cue.start, r.cue.end) : null;
        attribution = { speaker: si, source, cue, rule: `${r.rule}${r.res.how === 'name' || r.rule.includes(r.res.how) ? '' : `+${r.res.how}`}`, confidence: Math.round(r.res.confidence * 100) / 100 };
      }
    }
    return { ...o.q, ...attribution };
  });
  // mentions: every name mention of the entity plus the sources the attributions rest on
  for (const [entity, si] of index) {
    const e = table.entities[entity];
    const sp = speakers[si];
    if (!e || !sp) continue;
    sp.name = e.name;
    // "President" adds nothing next to "Russian President"
    sp.descriptors = e.descriptors.filter((d) => !e.descriptors.some((o) => o !== d && o.toLowerCase().endsWith(` ${d.toLowerCase()}`)));
    const all = [...e.mentions, ...quotes.filter((q) => q.speaker === si && q.source).map((q) => q.source as Span)];
    const seen = new Set<string>();
    sp.mentions = all.filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }).sort((a, b) => a.start - b.start).map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end }));
  }
  return { speakers, quotes };
}
