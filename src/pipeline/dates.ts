/**
 * Date cues: explicit dates ("January 31", "2024-05-01"), weekdays ("on Thursday") and relative
 * expressions ("10 months", "last week"). They are kept as spans and never turned into a
 * publication date.
 */
import type { DateCue, Span } from './types.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|many|a few|some|a couple of';
const UNITS = 'second|minute|hour|day|week|fortnight|month|year|decade|century';

const PATTERNS: { kind: DateCue['kind']; re: RegExp }[] = [
  { kind: 'explicit', re: new RegExp(`\\b(?:(?:${WEEKDAYS}),?\\s+)?(?:${MONTHS}|(?:${MONTH_ABBR})\\.?)\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`, 'g') },
  { kind: 'explicit', re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS}|(?:${MONTH_ABBR})\\.?)(?:,?\\s+\\d{4}\\b)?`, 'g') },
  { kind: 'explicit', re: /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g },
  { kind: 'explicit', re: new RegExp(`\\b(?:${MONTHS})\\s+\\d{4}\\b|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his|[Nn]ext|[Bb]efore|[Aa]fter)\\s)(?:${MONTHS})\\b(?:\\s+(?:this|last|next)\\s+year)?`, 'g') },
  { kind: 'explicit', re: /(?<=\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Bb]efore|[Aa]fter)\s)(?:1[89]|20)\d{2}\b(?![-–]\d)/g },
  { kind: 'weekday', re: new RegExp(`\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate)\\s+)?(?:${WEEKDAYS})\\b(?:\\s+(?:morning|afternoon|evening|night))?`, 'g') },
  { kind: 'relative', re: /\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Oo]vernight)\b/g },
  { kind: 'relative', re: /\b(?:(?:[Ee]arlier|[Ll]ater)\s+(?:this|in the|that)\s+|(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Rr]ecent)\s+)(?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|quarter|days|weeks|months|years|decades)\b/g },
  {
    kind: 'relative',
    re: new RegExp(
      `\\b(?:(?:the\\s+)?(?:last|past|next|coming|first|final)\\s+)?(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})\\s+(?:(?:more|full|long)\\s+)?(?:${UNITS})s?\\b(?:\\s+(?:ago|earlier|later|before|after|from now))?` +
        `|\\b(?:an?|one)\\s+(?:${UNITS})\\s+(?:ago|earlier|later|before|after)\\b`,
      'gi',
    ),
  },
];

/** Date cues in `text` between `start` and `end`, without overlaps, in order. */
export function findDateCues(text: string, ranges: readonly { start: number; end: number }[]): DateCue[] {
  const found: DateCue[] = [];
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    for (const { kind, re } of PATTERNS) {
      // Each pattern reused with exec: matchAll would copy it for every range (none matches an empty string).
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const start = range.start + m.index;
        found.push({ kind, text: m[0], start, end: start + m[0].length });
      }
    }
  }
  return dropOverlaps(found);
}

/** Keeps the longest of overlapping spans (the earlier one on ties). */
export function dropOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
