/**
 * Speech cues: the verbs and phrases news writing uses to report who said something.
 */

/** Base forms of reporting verbs with their irregular inflections (regular ones are generated). */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  think: ['thought', 'thinks', 'thinking'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  deny: ['denied', 'denies', 'denying'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'],
  put: ['put', 'puts', 'putting'],
  snap: ['snapped', 'snaps', 'snapping'],
  tweet: ['tweeted', 'tweets', 'tweeting'],
  // naming verbs report words when a subject uses them: "Voss called it “the least costly path”"
  call: ['called', 'calls', 'calling'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  echo: ['echoed', 'echoes', 'echoing'],
};

const REGULAR = [
  'add', 'state', 'claim', 'note', 'insist', 'warn', 'explain', 'argue', 'declare', 'announce', 'respond',
  'ask', 'remark', 'observe', 'comment', 'acknowledge', 'recall', 'suggest', 'stress', 'emphasize',
  'emphasise', 'conclude', 'assert', 'contend', 'maintain', 'post', 'predict', 'promise', 'vow', 'pledge',
  'joke', 'complain', 'charge', 'allege', 'confirm', 'reiterate', 'repeat', 'describe', 'praise', 'urge',
  'demand', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'concede', 'boast', 'counter', 'retort',
  'report', 'reveal', 'disclose', 'lament', 'muse', 'wonder', 'believe', 'continue', 'answer', 'mention',
  'caution', 'recount', 'proclaim', 'exclaim', 'opine', 'scoff', 'sigh', 'laugh', 'interject',
  'point', 'underline', 'underscore', 'highlight', 'affirm', 'accuse', 'criticize', 'criticise', 'blast',
  'slam', 'question', 'inform', 'assure', 'remind', 'brag', 'agree', 'estimate', 'forecast', 'reason',
  'surmise', 'fume', 'gush', 'rant', 'chide', 'scold', 'mock', 'tout', 'concur', 'plead', 'beam', 'grumble',
  'marvel', 'vent', 'sneer', 'chuckle', 'deadpan', 'bark', 'boom', 'chant', 'recount', 'reflect', 'contend', 'advise', 'propose',
  'suggest', 'recommend', 'insist', 'clarify', 'elaborate', 'interrupt', 'protest', 'object', 'add', 'remember', 'react',
];

/** Inflect a regular verb: stem, -s, -ed, -ing (final e dropped before a vowel). */
function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(s|sh|ch)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, s, `${stem}ed`, `${stem}ing`];
}

const FORMS = new Map<string, string>();
for (const [base, forms] of Object.entries(IRREGULAR)) for (const f of [base, ...forms]) FORMS.set(f, base);
for (const base of REGULAR) for (const f of inflect(base)) if (!FORMS.has(f)) FORMS.set(f, base);

/** Verbs that report thought rather than speech: weaker cues, never used for inverted order. */
const COGNITION = new Set(['believe', 'think', 'wonder', 'estimate', 'reason']);

/** Cue verbs that may come before their subject ("…,” said Putin). */
export const INVERTIBLE = new Set([
  'say', 'add', 'write', 'ask', 'continue', 'reply', 'respond', 'explain', 'insist', 'note', 'warn', 'declare',
  'state', 'tweet', 'argue', 'counter', 'quip', 'recall', 'joke', 'conclude', 'observe', 'remark', 'exclaim',
  'concede', 'answer', 'tell', 'claim', 'announce', 'complain', 'retort', 'boast', 'admit', 'acknowledge', 'post',
  'confirm', 'stress', 'emphasize', 'emphasise', 'cry', 'shout', 'laugh', 'sigh', 'write', 'predict',
  // verbs of manner news writing inverts too ("“…,” scoffed Ana Ruiz")
  'scoff', 'muse', 'beam', 'agree', 'opine', 'gush', 'chuckle', 'marvel', 'deadpan', 'interject', 'recount', 'lament',
  'remember', 'react',
]);

/** Verbs whose object is usually a person, not the quote ("praised Trump as …"): cue only with a subject. */
export const OBJECT_VERBS = new Set(['call', 'label', 'describe', 'praise', 'accuse', 'criticize', 'criticise', 'blast', 'slam', 'urge', 'inform', 'assure', 'remind', 'question']);

/** The base form when `word` is a reporting verb form, else null. */
export function cueBase(word: string): string | null {
  return FORMS.get(word.toLowerCase()) ?? null;
}

/** True for -ing forms used without a subject ("…, adding, “…”"). */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word) && cueBase(word) !== null;
}

/** True when the verb reports thought (believes, thinks). */
export function isCognition(word: string): boolean {
  const base = cueBase(word);
  return base !== null && COGNITION.has(base);
}

/** Words that may stand between a subject and its cue verb ("Putin further said", "has repeatedly said"). */
export const BETWEEN = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'also', 'further', 'then', 'later',
  'again', 'once', 'previously', 'recently', 'earlier', 'often', 'always', 'never', 'repeatedly', 'publicly',
  'privately', 'reportedly', 'just', 'even', 'still', 'already', 'quickly', 'simply', 'flatly', 'bluntly',
  'firmly', 'openly', 'frequently', 'separately', 'subsequently', 'famously', 'only', 'not', 'did', 'does', 'do',
  'may', 'might', 'can', 'went', 'on', 'being', 'been', 'had', 'himself', 'herself', 'itself', 'themselves', 'since',
]);

/** True for an adverb-like word allowed between subject and verb. */
export function isBetweenWord(word: string): boolean {
  const w = word.toLowerCase();
  // a capitalised "Will" or "May" between a quote and its verb is a surname ("George Will … Will wrote"), not a modal
  if (/^(?:Will|May)$/.test(word)) return false;
  // a negated auxiliary is one word ("didn't", "hasn’t"), as "did not" is two between words
  return BETWEEN.has(w) || (/^[a-z]{4,}ly$/.test(w) && w !== 'italy' && w !== 'family') || /^(?:did|does|do|has|have|had|was|were|is|are|would|could|wo|ca)n['’]t$/.test(w);
}

/** Two-word cues whose particle carries the speech: "shot back", "fired back", "went on". Particle → verb forms → base. */
const PARTICLE_CUES: Record<string, Record<string, string>> = {
  back: { shot: 'retort', shoots: 'retort', fired: 'retort', fires: 'retort', hit: 'retort', hits: 'retort' },
  on: { went: 'continue', goes: 'continue' },
};

/** The base of a two-word cue ending in `particle` after `verb` ("shot back" → retort), else null. */
export function particleCue(verb: string, particle: string): string | null {
  return PARTICLE_CUES[particle.toLowerCase()]?.[verb.toLowerCase()] ?? null;
}
