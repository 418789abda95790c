/**
 * Outlet names from the cues a pasted page leaves: a site-name line or web address, a
 * copyright notice, an author biography ("… reporter at X"), a headline suffix ("… | X"),
 * a dateline agency ("/TASS/").
 */

/** Words that outlet domains are commonly made of, for splitting "theindianstatesman" into words. */
const DOMAIN_WORDS = new Set(
  (
    'the a an of and on in at for news times post daily herald tribune journal gazette chronicle express star stars sun mail mirror guardian ' +
    'telegraph independent observer statesman indian india hindu hindustan economic economics economist financial finance global world ' +
    'national international american america british new york washington wall street today network online report reporter review press ' +
    'dispatch standard age nation week weekly latin asia asian africa african european europe euro arab arabia middle east west north ' +
    'south kyiv moscow russia russian ukraine ukrainian pal palestine palestinian israel voice voices free democrat republic republican ' +
    'politics political politico insider business money market markets wire media tv radio live now first hill beast atlantic pacific ' +
    'city county state states united big true real fact facts truth pulse sentinel courier record register bulletin monitor examiner ' +
    'inquirer enquirer leader globe planet mercury eagle union citizen zone hub point line breaking latest info digital web net blog ' +
    'central capital metro local public people herald morning evening sunday weekend old great greater lanka pakistan china chinese japan ' +
    'korea korean france french german germany canada canadian australia australian irish ireland scotland scottish wales welsh london ' +
    'paris berlin tokyo delhi mumbai dawn khaleej gulf al jazeera ria tass sputnik pravda liberty deutsche welle vox axios slate salon ' +
    'mother jones fox abc cbs nbc cnn bbc npr pbs rt ap afp upi reuters bloomberg forbes fortune time life insight view views outlook ' +
    'perspective opinion policy foreign affairs defense defence security war peace kiev tribune spectator conservative liberal progressive ' +
    'patriot patriots freedom federal capitol square gate watch watcher wonk brief briefing story stories feed signal telegram sky channel ' +
    'week magazine mag press hour hours minute post courant advocate beacon torch lamp mint scroll print wire quint caravan frontline tehelka ' +
    'update updates head headline headlines lines journalism journal reader readers gazette sentinel bee plain dealer star ledger'
  ).split(' '),
);
const ACRONYMS = new Set('abc cbs nbc cnn bbc npr pbs rt ap afp upi tv uk us usa eu un nyt wsj ft'.split(' '));
const OUTLET_WORD = /\b(?:News|Times|Post|Daily|Herald|Tribune|Journal|Gazette|Chronicle|Express|Star|Mail|Mirror|Guardian|Telegraph|Independent|Observer|Statesman|Press|Review|Report|Wire|Network|Media|TV|Radio|Online|Today|Insider|Magazine|Weekly|Standard|Sun)\b|\.(?:com|org|net|co\.uk|in)$/;
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'news', 'edu']);

/** The name-bearing label of a domain: "edition.cnn.com" → "cnn", "bbc.co.uk" → "bbc". */
export function domainLabel(domain: string): string {
  const labels = domain.toLowerCase().replace(/^www\./, '').split('.');
  if (labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] as string)) return labels[labels.length - 3] as string;
  return labels[labels.length - 2] ?? labels[0] ?? domain;
}

/** Splits a domain label into known words ("theindianstatesman" → the indian statesman), or null. */
export function splitDomainWords(label: string): string[] | null {
  const out: string[] = [];
  for (const part of label.split('-')) {
    const words = segment(part);
    if (!words) return null;
    out.push(...words);
  }
  return out.length > 0 ? out : null;
}

/** Fewest-words segmentation of `s` into dictionary words and digit runs (dynamic programming). */
function segment(s: string): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= s.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 14); j < i; j++) {
      const prev = best[j];
      const piece = s.slice(j, i);
      if (!prev || !(DOMAIN_WORDS.has(piece) || /^\d+$/.test(piece))) continue;
      const current = best[i];
      if (!current || prev.length + 1 < current.length) best[i] = [...prev, piece];
    }
  }
  return best[s.length] ?? null;
}

/** A readable outlet name from a domain, or null when its words are not known. */
export function outletFromDomain(domain: string): string | null {
  const words = splitDomainWords(domainLabel(domain));
  if (!words) return null;
  return words.map((w, i) => (ACRONYMS.has(w) ? w.toUpperCase() : i > 0 && /^(?:of|and|on|in|at|for|a|an)$/.test(w) ? w : w[0]?.toUpperCase() + w.slice(1))).join(' ');
}

const LEGAL_SUFFIX = /[,\s]+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|plc|PLC|GmbH|Pvt|Private|Co|Company|Group|Media Group)\.?$/;

/** Outlet named in a copyright line: "© 2024 Latin Times. All rights reserved." → "Latin Times". */
export function outletFromCopyright(line: string): string | null {
  let t = line
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/^(?:copyright|©|\(c\)|\s|:)+/i, '')
    .replace(/^(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)/, '')
    .replace(/^(?:copyright|©|\(c\)|\s)+/i, '')
    .trim();
  t = (t.split(/\s*(?:\.\s|\.$|\||;|,\s|\s[-–—]\s|\bdo not\b)/i)[0] ?? '').trim();
  t = t.replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?$/, '').replace(LEGAL_SUFFIX, '').trim();
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || !/^[\p{Lu}\p{N}]/u.test(t)) return null;
  if (/^(?:the )?(?:author|authors|publisher|owner|site|website)s?$/i.test(t)) return null;
  return t;
}

/** Outlet named in an author biography: "… a reporter at 24PalNews and …" → "24PalNews". */
export function outletFromBio(line: string): string | null {
  const m = /\b(?:reporter|journalist|writer|editor|correspondent|columnist|contributor|producer|anchor|intern|staff|bureau chief|author|covers [\p{L} ]{2,40}?)\b[^.;:]{0,40}?\b(?:at|for|with)\s+(?:the\s+)?([\p{Lu}\p{N}][\p{L}\p{N}&'’.!-]*(?:\s+(?:of\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.!-]*){0,4})/u.exec(line);
  if (!m?.[1]) return null;
  // "… for the Westgate Observer. The views …": the name ends with its sentence.
  return m[1].split(/[.!]\s/)[0]?.replace(/[.'’]+$/, '') || null;
}

/** Outlet named where a newsletter thanks its readers: "Thanks for reading The Ledger Line! …", "… because you subscribed to X." */
export function outletFromPitch(line: string): string | null {
  const m = /^(?:[Tt]hanks for reading|[Yy]ou(?:'re| are) receiving this (?:email|e-mail|newsletter) because you (?:subscribed|signed up) (?:to|for)) ((?:[Tt]he )?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,5})\s*[!.]/u.exec(line.trim());
  return m?.[1] ? m[1].replace(/^the /, 'The ') : null;
}

/** Outlet named by a sourcing line: "Source: The Harbour Times", "This article is republished from The Conversation …". */
export function outletFromSourceLine(line: string): string | null {
  const m =
    /^[Ss]ources?\s*:\s*((?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,4})\s*$/u.exec(line.trim()) ??
    /^[Tt]his (?:article|story|post|piece|report) (?:was |is |has been )?(?:originally |first )?(?:re)?published (?:by|from|on|in) ((?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*(?:\s+(?:of\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*){0,4})/u.exec(line.trim());
  return m?.[1] ?? null;
}

/** Outlet after the names in a byline when it reads like one: "By Jane Doe and John Roe, CNN" → "CNN". */
export function outletFromByline(line: string): string | null {
  const m = /(?:,|\||\s[-–—]\s|\bfor\s)\s*((?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&'’.]*){0,4})\s*$/u.exec(line.trim());
  const name = m?.[1];
  if (!name) return null;
  // An acronym (CNN, NPR) or a name with a newsroom word; "Showbiz Reporter" or "Lisbon correspondent" is a job.
  return /^\p{Lu}{2,6}$/u.test(name) || (OUTLET_WORD.test(name) && !/\b(?:Reporter|Correspondent|Editor|Writer|Columnist)\b/i.test(name)) ? name : null;
}


/** Outlet at the end of a headline pasted from a browser title: "Headline | Outlet", "Headline - The Daily News". */
export function splitHeadlineSuffix(headline: string): { headline: string; outlet: string } | null {
  const m = /^(.{12,}?)\s+(\||[-–—]|::)\s+([\p{Lu}\p{N}][\p{L}\p{N}&'’.!]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&'’.!]*){0,4})$/u.exec(headline);
  if (!m?.[1] || !m[3]) return null;
  // A dash also joins two halves of a headline; only an outlet-like name after it counts.
  if (m[2] !== '|' && m[2] !== '::' && !OUTLET_WORD.test(m[3])) return null;
  return { headline: m[1].trim(), outlet: m[3].trim() };
}
