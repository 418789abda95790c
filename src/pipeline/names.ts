/**
 * Word lists and small helpers for telling people, organisations and roles apart in news text.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Titles and role words that precede or describe a name ("White House spokesman", "Sen."). Lower case. */
export const TITLE_WORDS = words(`
  president presidential vice prime minister secretary press spokesman spokeswoman spokesperson envoy special
  senator sen. sen rep. rep representative gov. gov governor mayor gen. gen general adm. admiral col. lt. sgt. maj.
  capt. cmdr. dr. dr mr. mr mrs. mrs ms. ms miss prof. professor judge justice chief leader chairman chairwoman chair
  ceo cfo coo director ambassador adviser advisor aide commander former deputy assistant foreign defense defence
  state senate majority minority speaker attorney candidate nominee host anchor correspondent reporter analyst
  editor founder head officer executive manager coach king queen prince princess pope cardinal bishop rev. father
  chancellor premier sheikh emir lawmaker congressman congresswoman councilman councilwoman commissioner economist
  strategist pollster democratic republican democrat gop national security intelligence interior finance
  justice health education energy homeland treasury first lady lord sir dame general's acting interim incoming
  outgoing top senior chief-of-staff staff presumptive running mate vp sec. supt. superintendent sheriff detective
  inspector sergeant captain lieutenant colonel major private ret. retired u.s. us uk eu un new councillor councilor
  alderman pastor
`);

/** Organisations recognised by name (lower case, without a leading "the"). */
export const KNOWN_ORGS = words(`
  kremlin pentagon reuters ap afp tass ria bbc cnn msnbc nbc abc cbs fox nato un eu fbi cia nsa ira
  congress senate parliament duma rada bundestag knesset whitehouse gazprom google facebook twitter amazon
  apple microsoft interfax ukrinform unian xinhua
`);

/** Multi-word organisation names (lower case). */
export const KNOWN_ORG_PHRASES = [
  'white house', 'state department', 'foreign ministry', 'defense ministry', 'defence ministry', 'associated press',
  'united nations', 'european union', 'supreme court', 'justice department', 'fox news', 'new york times',
  'washington post', 'wall street journal', 'national security council', 'house of representatives',
  'trump campaign', 'clinton campaign', 'biden administration', 'trump administration', 'obama administration',
];

/** Head words that make a phrase an organisation ("the Foreign Ministry", "the campaign"). Lower case. */
export const ORG_HEADS = words(`
  ministry department office agency council committee commission party army police union bank company corp corp.
  inc inc. ltd group university institute foundation association court government administration campaign times
  post journal news network service bureau parliament congress senate assembly forces navy guard federation fund
  organization organisation center centre authority authorities board club team magazine tribune herald gazette
  telegraph guardian mirror channel tv radio embassy mission secretariat cabinet kremlin pentagon newspaper outlet
  broadcaster station media statement report spokesperson's white house firm coalition alliance movement
  command headquarters staff regime junta prosecutors ministry's watch directorate town museum
`);

/** Countries and cities that stand for their governments in news writing ("Moscow said"). Lower case. */
export const PLACES = words(`
  russia ukraine moscow kyiv kiev washington beijing china us u.s. usa america britain uk london paris france
  germany berlin israel iran tehran turkey ankara india japan tokyo europe poland warsaw brussels canada ottawa
  mexico brazil syria damascus iraq baghdad egypt cairo saudi riyadh qatar doha pyongyang seoul korea taiwan
  taipei belarus minsk hungary budapest italy rome spain madrid sweden finland norway denmark nato hamas
  hezbollah gaza palestine jerusalem lebanon beirut jordan afghanistan kabul pakistan islamabad australia
  canberra venezuela cuba havana
`);

/** US states and two-word places that name no person ("South Carolina", "New Hampshire"). Lower case. */
export const US_STATES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'los angeles',
  'las vegas', 'san francisco', 'san diego', 'san antonio', 'new orleans', 'salt lake city', 'des moines', 'little rock',
  'united states',
]);

/** Singular role nouns heading an unnamed speaker ("an adviser to …", "the commander of …"). Lower case. */
export const ROLE_HEADS = words(`
  adviser advisor consultant operative official spokesman spokeswoman spokesperson source aide diplomat analyst expert minister
  commander officer representative member resident witness lawyer attorney counsel physician president leader secretary envoy
  ambassador senator governor mayor general chief head director chairman chairwoman candidate nominee economist
  strategist pollster professor researcher doctor manager host reporter correspondent editor writer insider
  employee worker official's negotiator mediator observer critic supporter voter activist prosecutor judge
  investigator agent soldier veteran father mother woman man person student teacher owner founder executive
  lawmaker legislator congressman congresswoman deputy assistant ally friend neighbor neighbour colleague
  premier chancellor king queen prince monarch commentator columnist pundit scientist engineer historian
  councillor councilor pastor moderator tycoon billionaire businessman businesswoman mogul neurosurgeon surgeon
  actor actress singer rapper author comedian filmmaker entrepreneur investor organizer organiser volunteer nurse
  priest rabbi imam farmer chef student anchor journalist staffer attendee participant delegate donor
`);

/** Plural role nouns heading a group speaker ("officials in Moscow", "sources"). Lower case. */
export const PLURAL_ROLES = words(`
  officials sources analysts experts diplomats lawmakers authorities residents witnesses observers critics
  officers aides advisers advisors people activists protesters leaders ministers investigators prosecutors
  police spokespeople representatives members voters supporters democrats republicans soldiers troops
  researchers scientists economists strategists pollsters organizers organisers doctors lawyers insiders
  employees workers staffers negotiators commentators historians participants attendees americans russians
  ukrainians locals demonstrators protestors marchers groups
`);

/** Texts that speak for their authors in news writing ("the email said", "the lawsuit says", "a sign read"). Lower case. */
export const DOCUMENT_HEADS = words(`
  email e-mail statement letter memo lawsuit suit complaint filing indictment release ad advertisement commercial spot
  mailer flyer brochure petition sign banner poster placard tweet post message note document passage book
  article editorial column op-ed website site page headline caption survey poll study ruling opinion order
  motion affidavit transcript script video footage invitation fundraising appeal pamphlet playbook manual
  guide handbook textbook platform manifesto resolution bill amendment
  report clip narrator narration voiceover voice-over announcer brief bylaws footnote analysis law statute story
  account
`);

/** Determiners that open an unnamed speaker phrase. */
export const INDEFINITE = words('a an one two three four several some many other another few most senior');

export const MALE_PRONOUNS = words('he him his himself');
export const FEMALE_PRONOUNS = words('she her hers herself');

/** Common first names with their usual gender, for pronoun compatibility only (unknown names stay compatible). */
const FEMALE_NAMES = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen
  amy shirley angela helen anna brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel
  carolyn janet virginia maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia
  martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie
  madison grace judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori
  alexis tiffany kayla hillary chelsea nikki kamala karoline kellyanne sarah huma donna nancy elise marsha
  tulsi ursula angela theresa liz giorgia marine kaja annalena olena yulia iryna olga natalia svetlana maria ana
  tatiana elena valentina anastasia ekaterina marine melania ivanka michelle condoleezza madeleine jill kristi
  marjorie lauren alexandria ilhan rashida ayanna katie hope kate samantha jen dana dianne elizabeth barbara
  megyn kellyanne omarosa stephanie
  carla carly kristen kirsten lindsay wendy tina tammy stacy erin erica monica rita paula claire jenny kathy cathy
  becky sally peggy molly holly heidi marcia suzanne gina ellen eleanor louise lucy beth valerie vanessa veronica
  yvonne maxine nina tara gretchen debbie loretta nikki sheila sonia sylvia tamara wanda
  kimberley
  jillian betsy serena caroline maggie jeanne cecile angie brianne dottie neera
`);
const MALE_NAMES = words(`
  james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
  raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy
  harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
  billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
  bobby philip johnny barack bill mike ted marco jeb chris rand ben newt mitch chuck rudy reince sean hunter
  vladimir volodymyr dmitry dmitri sergei sergey vladimir alexei alexey mikhail andriy andrii oleksiy oleksii
  mykhailo mykola yuri yury viktor boris ivan kirill igor oleg pavel petro vitali vitaliy denys dmytro rustem
  emmanuel olaf rishi boris keir xi recep benjamin antony lloyd jake steve marco jd j.d. pete kash elon tim
  karl friedrich jens mark-rutte narendra shinzo fumio justin recep bashar hassan ali mohammed muhammad abdullah
  kim moon yoon ehud naftali yair binyamin mahmoud ismail yahya
  bob tom tommy jim jimmy dan danny tony nick sam dave rick ricky ron don greg ken jeff matt ray phil andy fred
  howard leon marvin glenn jon jared kurt clint corey cory travis troy derek trevor chad brad brett todd mitt
  mario luis carlos jorge miguel pedro rafael antonio ricardo manuel francisco javier alejandro roberto eduardo
  fernando reed ralph rex rod stu hank herb ike jeffery darrell darryl bernie rupert lachlan
  martin harry wes wesley charlie archie
  marc neil josh stuart hugh gerard geoff omar sheldon curt stefan jonah isaac jamal joey abraham lionel alfonso nate
  ed robby emmett emmet giovanni rahm woodrow ishaan akhil denis kofi
`);

/** First names given to men and women alike (Terry Strada, Dana Bash, Kim Davis): names, but no gender. */
const UNISEX_NAMES = words('terry dana kim jordan jean leslie robin casey jamie taylor marty');

/** Gender a first name suggests, or null when unknown. */
export function genderOfFirstName(first: string): 'male' | 'female' | null {
  const f = first.toLowerCase();
  if (UNISEX_NAMES.has(f)) return null;
  if (FEMALE_NAMES.has(f)) return 'female';
  if (MALE_NAMES.has(f)) return 'male';
  return null;
}

/** True when the word is a known first name. */
export function isFirstName(word: string): boolean {
  return genderOfFirstName(word) !== null || UNISEX_NAMES.has(word.toLowerCase());
}

/** True for a capitalised word, an initial ("J."), or a name particle between capitalised words. */
export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word);
}

/** Name particles allowed inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = words('von der de da di du van den la le al bin ibn el');

/** Nationality and regional adjectives written before titles ("Russian President"). Lower case. */
const NATIONALITIES = words(`
  american russian ukrainian british english scottish welsh irish french german italian spanish portuguese dutch
  belgian swiss austrian polish czech slovak hungarian romanian bulgarian serbian croatian bosnian greek turkish
  israeli palestinian iranian iraqi syrian lebanese jordanian egyptian saudi emirati qatari yemeni afghan pakistani
  indian chinese japanese korean taiwanese vietnamese thai indonesian malaysian filipino australian canadian
  mexican brazilian argentine argentinian chilean colombian venezuelan cuban nigerian kenyan ethiopian somali
  african european asian latin arab kurdish belarusian georgian armenian azerbaijani kazakh moldovan lithuanian
  latvian estonian finnish swedish norwegian danish icelandic soviet western eastern northern southern
  democratic republican libertarian conservative liberal labour tory
`);

/** Nationality adjective ("Russian", "Ukrainian", "U.S.", "Russia's"), used as a descriptor before a name. */
export function isNationality(word: string): boolean {
  const l = word.toLowerCase();
  return NATIONALITIES.has(l) || /^(?:u\.s\.|us|uk|eu|un)$/.test(l) || (/['’]s$/.test(l) && PLACES.has(l.slice(0, -2)));
}

/** Lower-case, strip diacritics and possessive: the key used to compare name tokens. */
export function normToken(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s$/u, '').replace(/[’'.]/g, '').toLowerCase();
}

// Keys already made: an article compares the same few names again and again (cleared when it grows large).
const translitKeys = new Map<string, string>();

/** Transliteration-aware key for a surname or first name: Zelenskiy, Zelenskyy, Zelensky → zelensky. */
export function translitKey(word: string): string {
  let key = translitKeys.get(word);
  if (key === undefined) {
    if (translitKeys.size >= 100_000) translitKeys.clear();
    key = translitKeyOf(word);
    translitKeys.set(word, key);
  }
  return key;
}

function translitKeyOf(word: string): string {
  return normToken(word)
    .replace(/-/g, '')
    .replace(/(?:iy|yy|ij|yi|ii|ei)$/u, 'y')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/j/g, 'y')
    .replace(/w/g, 'v')
    .replace(/ie/g, 'e')
    .replace(/(.)\1/g, '$1');
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? 0;
}

/** Slug for ids: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
