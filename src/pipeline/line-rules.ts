/**
 * Rules that judge one line by its own text: copyright notices, web addresses, site chrome,
 * photo credits and captions, bylines, author biographies, sourcing credits, datelines.
 * Each rule has a name (`role:what`) so a reader can see why a line was removed.
 */
import type { LineRole } from './types.ts';
import { endsSentence, isLabelLike, words } from './text-cues.ts';

/** The verdict of a rule on one line. */
export interface RuleHit {
  role: LineRole;
  rule: string;
  /** Reason shown to readers, in plain words. */
  reason: string;
}

const hit = (role: LineRole, rule: string, reason: string): RuleHit => ({ role, rule, reason });

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?';

/** A line that is only a date or a date and time ("Thursday, 22 Dec 2022 10:45 AM IST"). */
export const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})` +
    `(?:[,|•·\\s-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*$`,
  'i',
);

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bdo not (?:reproduce|republish|redistribute)\b|^(?:reproduction|republication|redistribution)\b[^.]*\b(?:prohibited|permission)\b/i;

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(\/\S*)?$/i;

const ADVERT = /^(?:advertisements?|advertising|adverti[sz]ement\s*-\s*scroll to continue|sponsored(?: content| links?| stories)?|paid (?:content|post)|promoted(?: content)?|story continues (?:below|after)(?: (?:this )?advertisement)?|article continues (?:below|after)(?: (?:this )?advertisement)?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content| reading)?|ad|ads)\s*[:.…]*$/i;

const MORE_LINKS = /^(?:read more|read also|also read|read next|more to read|see also|related(?: articles?| stories| coverage| news| posts| content| reading| topics)?|more from [\p{L}\p{N} .'’&-]{2,40}|more on this(?: story)?|recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|be interested in)|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared|recent)|latest(?: news| stories| articles| headlines)?|top stories|editor'?s? picks?|don'?t miss|must read|watch(?: now| video| live)?|listen(?: now)?|suggested (?:reading|articles)|further reading|in (?:other|related) news|catch up|more stories|popular (?:stories|now))\s*(?:[:|»›>–—-]|$)/iu;

const CLICK = /^(?:click here\b|tap here\b|read the (?:rest|full (?:story|article|report|text|interview))\b|read the original\b|continue reading (?:at|on)\b|read (?:this|the) (?:story|article) (?:at|on)\b|view (?:the )?(?:full|original) (?:story|article|gallery)\b|(?:sign up|subscribe) (?:for|to) (?:our|the)\b.*\bnewsletters?\b|download (?:our|the) app\b|get (?:our|the) app\b|follow us on\b|join (?:us|our \w+) on\b|like us on facebook\b|do you have a (?:story|news tip|tip|video|picture)\b|got a (?:story|news tip|tip)\b|(?:please )?(?:enable|turn on|activate) javascript\b|republish this (?:story|article)\b)/i;

// "Previous articleChile’s president …": pasted link labels often run into the linked headline.
const PREV_NEXT = /^(?:[Pp]revious|PREVIOUS|[Nn]ext|NEXT|[Pp]rev|[Oo]lder|[Nn]ewer)(?:\s*(?:[Aa]rticle|ARTICLE|[Pp]ost|POST|[Ss]tory|STORY|[Pp]age|[Ee]ntry|[Ii]tem)(?![a-z])|\s*[:»›]|\s*$)/;

const COMMENTS = /^(?:leave a (?:reply|comment|response)(?:\s+cancel reply)?|discussion about this (?:post|article|story)|post a comment|add (?:a|your) comment|write a comment|comments?(?:\s*\(\d+\))?|\d+\s+comments?|no comments(?: yet)?|cancel reply|join the (?:conversation|discussion)|show (?:all )?comments|view (?:all )?comments|load (?:more )?comments|be the first to comment.*|your email address will not be published.*|required fields are marked.*|you must be logged in to post a comment.*|comments are closed.*|discussion|disqus)\s*[.:]?$/i;

const PAGE_CHROME = /^(?:exit mobile version|mobile version|skip to (?:main )?(?:content|navigation|search)|skip navigation|toggle (?:navigation|menu|caption|search)|(?:main |open |close )?menu|search(?: for)?:?|home(?:page)?|back to (?:top|home)|go to top|scroll to top|sign (?:in|up|out)|log ?(?:in|out)|register|my account|subscribe(?: now| today| here)?|newsletters?|follow us|share(?: this(?: article| story| post| page)?| on \w+| via \w+)?:?|tweet|pin it|e-?mail|print(?: this)?(?: article)?|copy(?: the)? link|link copied!?|copied!?|save(?: article| for later)?|bookmark|gift (?:this )?article|\d+\s*(?:min|mins|minute|minutes)\s+read|we value your privacy|news provided by|was this (?:article|page|story|information) (?:helpful|useful)\??|reuse this content|view (?:this|it) (?:email|e-mail|newsletter|message) in (?:your|a) (?:web )?browser|your privacy choices|privacy (?:settings|preferences|choices)|cookie (?:settings|preferences)|(?:enter |type )?your email(?: address)?(?:\.\.\.|…)?|email address|invalid email(?: address)?|sign up(?: now| today| here)?|post (?:a )?comment|submit|reply|(?:comment|name|email|website)\s*\*|report (?:a problem|this (?:comment|ad))|follow|unfollow|load more|show more|show key events only|key events|watch live|have your say|∙?\s*paid|restacks?|reading time:?.*|listen to (?:this|the) (?:article|story).*|audio version|font size:?|text size|[aA]\s*[aA]\s*[aA]?|loading\.*|photo gallery|view gallery|(?:view|see) (?:all )?photos|enlarge (?:this )?image|expand|collapse|hide caption|show caption|close|×|✕|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)|we use cookies.*|cookie (?:policy|settings)|privacy(?: policy)?|terms (?:of (?:use|service)|and conditions)|contact(?: us)?|about(?: us)?|advertise(?: with us)?|sitemap|rss(?: feed)?|breaking news|live updates?|live|trending|news|opinion|world|politics|business|sports?|entertainment|lifestyle|tech(?:nology)?|health|science|video|videos|photos|podcasts?|more|like(?: this)?|like loading\.*|loading\.*)\s*[.:!]?$/i;

const SOCIAL_WORDS = new Set(
  'facebook twitter x linkedin whatsapp email e-mail mail print share telegram reddit pinterest tumblr copy link messenger flipboard sms vk viber line pocket threads bluesky mastodon instagram youtube tiktok snapchat koo google+ sharethis comments comment save'.split(' '),
);

const LANGUAGE_NAMES = new Set(
  'english español espanol français francais deutsch italiano português portugues русский українська العربية عربي 中文 简体中文 繁體中文 日本語 한국어 हिन्दी हिंदी türkçe turkce polski nederlands svenska dansk norsk suomi ελληνικά čeština magyar română فارسی اردو বাংলা bahasa indonesia melayu tiếng việt ไทย עברית en es fr de it pt ru uk ua ar zh ja ko hi tr pl nl sv da no fi el cs hu ro fa ur bn id ms vi th he'.split(' '),
);

const PHOTO_WORD = '(?:photo(?:graph)?s?|image|images|picture|pic|pics|file photo|photo illustration|illustration|video grab|screengrab|screenshot|footage|graphic|representational (?:image|photo)|representative (?:image|photo))';
const CREDIT_TAIL = new RegExp(
  `(?:^|[\\s.;:,—–-])([\\[(]\\s*)?(?:(?:AP|AFP|Reuters|EPA|Getty|File|Xinhua|Sputnik|TASS|ANI|PTI|IANS|UPI)\\s+)?(${PHOTO_WORD})\\s*(?::|\\bby\\b|\\bcredit\\b:?|\\bcourtesy(?: of)?\\b|\\/|-)\\s*([^()\\[\\]]{1,100}?)\\s*[\\])]?\\s*$`,
  'i',
);
const VIA_AGENCY = /\bvia (?:Getty Images|AP|Reuters|REUTERS|AFP|Shutterstock|Wikimedia Commons|Wikipedia|Imago|ZUMA(?: Press)?|Bloomberg|Alamy|Flickr|Instagram|X|Twitter|Facebook|Telegram|social media)\s*[\])]?\s*$/;
const AGENCY_SLASH = /(?:^|\s|\()(?:REUTERS|AFP|AP Photo|AP|EPA(?:-EFE)?|ANI|PTI|SPUTNIK|XINHUA|TASS|IANS|UPI|BLOOMBERG|GETTY)\/[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\/(?:File(?: Photo)?|Pool|Handout|Illustration|[\p{Lu}][\p{L}]+))*\s*\)?\s*$/u;
const CREDIT_START = /^(?:photo|image|picture|pic|photographs?|photography|illustrations?|graphics?|video|credit|image credit|photo credit|image source|source image|file photo|photos|images|courtesy)\s*(?::|by\b|,|-|–|—)\s*/i;
/** A caption that ends with "(Outlet: Photographer)", often glued to its last full stop: "… overnight.(ABC News: Tom Wills)". */
const ORG_CREDIT = /[.!?]\s?\((?:[\p{Lu}][\p{L}\p{N}&.'’-]*\s?){1,4}:\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\)$/u;
const BRACKET_PHOTO = /^[[(]\s*(?:photo|image|picture|pic|file|representational|representative|illustration|graphic|video|getty|shutterstock|alamy|imago|istock|afp|ap photo|reuters|epa|anadolu|pool|handout)[^\])]{0,80}[\])]$/i;
/** A bare note that the picture is old or supplied: "File photo", "Handout image". */
const PHOTO_NOTE = /^(?:file|stock|archive|handout|representational|representative|supplied|library) (?:photo|image|picture|pic|footage)s?\.?$/i;
/** A credit at the end of a caption with the agency in title case: "… damaged street. Reuters/Leila Mansour". */
const TITLE_AGENCY_SLASH = /(?:^|\s)(?:Reuters|Getty(?: Images)?|Anadolu|Bloomberg|Shutterstock|Alamy|Xinhua|Sputnik|AFP|AP|EPA|Pool)\/[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}\s*$/u;
const STOCK_ONLY = /^(?:[\p{L}\p{N} .'’-]{0,40}\/)?(?:getty images|shutterstock|alamy|imago|istock(?:photo)?|unsplash|pexels|wikimedia commons|dreamstime|depositphotos)(?:\s*\/\s*[\p{L} .]+)?$/iu;

const BYLINE = /^(?:[Bb]y|BY|[Cc]o-(?:authored|written) by|[Ww]ritten (?:and reported )?[Bb]y|[Ii]nterview(?:ed)? by|[Ii]nterview and photographs by|[Ww]ords by|[Rr]eported by|[Ss]tory by|[Pp]osted by|[Pp]ublished by|[Tt]ext by|[Aa]uthor|AUTHOR|[Rr]eporter)\s*:?\s+(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)[\p{Lu}][\p{L}.'’-]*){0,8}(?:\s+(?:staff|reporters?|correspondents?|writers?|and agencies))?(?:\s*(?:[|,•·–—-]|\bon\b|\bfor\b|\bin\b|\bat\b)\s*.*)?$/u;
const TIME_AGO = /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$/i;
/** A line that starts with a date and goes on with times and labels, glued by the paste ("December 22, 20224:12 PM UTCUpdated"). */
const DATE_START = new RegExp(`^(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`, 'i');
const TIMESTAMP = /^(?:published|updated|posted|last updated|first published|modified|created|date)\b\s*(?:on|at|:|-)?\s*\S.{0,70}$/i;

const BIO_JOB_START = /^(?:[A-Z][a-z-]+\s+){0,2}(?:[Ww]riter|[Rr]eporter|[Jj]ournalist|[Ee]ditor|[Pp]roducer|[Cc]olumnist|[Cc]orrespondent|[Aa]uthor|[Rr]esearcher|[Pp]hotographer)(?:\s+(?:and|&)\s+(?:former\s+)?[a-z -]{2,40})?\s*[.,;|]/;
const BIO_SUBJECT = /^(?:about the author\b|[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s+(?:is|was|has been|has worked|covers|writes|reports|joined)\b)/u;
const BIO_WORDS = /\b(?:reporter|journalist|writer|editor|correspondent|columnist|contributor|author|freelancer?|producer|anchor|blogger|staff writer|intern|newsroom|bureau chief|graduated|graduate of|degree in|covers (?:politics|news|business|sports|technology|the)|covers [\p{L} ]{2,40} for|writes (?:about|for|on)|(?:reach|contact|email|e-mail) (?:him|her|them) at)\b/iu;
const CONTACT = /^(?:follow (?:him|her|them|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?) on\b|contact (?:the (?:author|writer|reporter)|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?) (?:at|on|via)\b|you can (?:reach|contact|follow|email)\b|(?:e-?mail|reach) (?:him|her|them|the (?:author|writer|reporter)) at\b|send (?:tips|news tips) to\b)/iu;

const CREDIT = /^[(\[]?\s*(?:h\/t\b|hat tip\b|with (?:\p{L}+ ){0,2}inputs?\b|with (?:\p{L}+ ){0,2}(?:agencies|agency)\b|(?:additional |further )?reporting by\b|(?:editing|edited|writing|written|compiled|translated|produced|fact-checked) by\b|(?:medically |clinically |legally )?(?:reviewed|fact[- ]checked|verified) by\b|inputs? from\b|sources?\s*:|agencies\b|agency inputs?\b|this (?:story|article|report|copy) (?:has been|was|is) (?:published|auto-generated|generated|edited|sourced)\b|(?:story|article) (?:via|from)\b|(?:AP|AFP|Reuters|PTI|IANS|ANI|UNI|TASS|Xinhua|dpa|Bloomberg|RIA Novosti)\s*[)\]]?\s*$)/iu;
/** Markup and style sheets pasted with the page: `<div …>`, `.class {`, `width: 100%;`, `}`. */
const PAGE_CODE = /^<\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>|^[.#@]?[a-z][\w-]*(?:[\s>+~,]+[.#]?[\w-]+)*\s*\{$|^\}$|^-?[a-z]+(?:-[a-z]+)*\s*:\s*[^:;]{1,60};$/;
const DASH_AGENCY = /^[-–—]\s*(?:AP|AFP|Reuters|PTI|IANS|ANI|UNI|TASS|Xinhua|dpa|Bloomberg|Agencies|Agency|Staff)\s*$/i;

/** A consent banner: cookies and what the site and its partners do with them. */
const CONSENT = /\bcookies?\b.*\b(?:consent|accept|partners|privacy|personali[sz]e|preferences|browsing|agree|settings)\b|\b(?:consent|partners|privacy)\b.*\bcookies?\b/i;
/** A newsletter or subscription pitch: "… delivered to your inbox", "Thanks for reading X!", "unsubscribe at any time". */
const PROMO = /\b(?:delivered|sent|straight|direct(?:ly)?)\s+(?:\w+\s+)?to your inbox\b|^thanks for reading\b|\bunsubscribe (?:at any time|anytime)\b|\bsubscribe for free\b|^you(?:'re| are) receiving this (?:email|e-mail|newsletter|message)\b|^(?:get|receive) (?:our|the) [\p{L} -]{0,30}newsletter\b/iu;
/** Like, share and comment counters: "142 Likes∙", "9 Restacks" (bare numbers are judged by their neighbours). */
const COUNTER = /^\d[\d,.]*\d?\s*[kKmM]?(?:\s+(?:likes?|comments?|shares?|restacks?|views?|reactions?|replies|reposts?|followers|following|subscribers|claps|responses)\s*[∙·•]?|\s*[∙·•])$/i;
/** A video label or caption: "Watch: …", "Video: …", "Play Video", "Duration 2:13", "0:45". */
const VIDEO = /^(?:watch|video|watch video|video grab)\s*[:|–—]\s*\S|^(?:play(?: the)? video|now playing|replay|watch again|duration:?\s*\d{1,2}:\d{2}(?::\d{2})?|0?0:\d{2}|\d{1,2}:\d{2}:\d{2})$/i;
/** A time of day alone, as live blogs stamp their entries: "3:12 p.m. ET", "14:05 GMT". */
const TIME_ONLY = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[A-Z]{2,4})?$/i;
/** Where a story came from and how old it is, as aggregators print it: "The Harbour Times · 3h". */
const SOURCE_AGE = /^[\p{Lu}\p{N}][^·•|]{1,80}\s[·•|]\s+(?:\d+\s*(?:s|m|h|d|w|min|mins|hr|hrs|hours?|days?|weeks?)(?:\s+ago)?|[Yy]esterday|[Jj]ust now)$/u;
/** A date line that starts with the time: "14:32, 3 Mar 2025Updated 15:10, 3 Mar 2025". */
const TIME_DATE = new RegExp(`^\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?,?\\s+(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\.?\\s+\\d{1,2})`, 'i');
/** "Associated Press writer Jane Roe in Kyiv contributed to this report." */
const CONTRIBUTED = /\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?$/i;
/** "This article was originally published by X", "… is republished from X under a Creative Commons license." */
const REPUBLISHED = /^this (?:article|story|post|piece|report) (?:was |is |has been |first )?(?:originally |first )?(?:re)?(?:published|appeared) (?:on|in|at|by|from)\b/i;
/** A line that sends the reader elsewhere and ends with the address: "Follow our coverage at https://…". */
const LINK_OUT = /^(?:follow|read|see|watch|listen|subscribe|sign up|visit|find|get|download|learn|more|check out|for more)\b.{0,160}\s(?:https?:\/\/|www\.)\S+$/i;
/** An outlet or agency alone before the article text, closing a split dateline: "CNN —", "(AP) —". */
const AGENCY_LINE = /^\(?(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\)?\s*(?:[—–]|--?)$/u;
/** A label that opens a list of topics: "Tags", "Related topics", "Suggested Topics:". */
const TAG_LABEL = /^(?:tags?|topics?|related topics|suggested topics|explore (?:more on )?(?:these|this) topics?|filed under|categories|category|keywords|labels?|more about|more on these topics)\s*:?$/i;
const JOB = /\b(?:reporter|correspondent|writer|editor|columnist|contributor|staff|journalist|producer|photographer|critic|analyst|presenter|anchor|intern|lecturer|professor|researcher|fellow|director)s?\b/i;
/** A label that opens a list of sources under the article: "Sources", "References". */
const REF_LABEL = /^(?:sources?|references?|bibliography|citations?|further reading)\s*:?$/i;

/** True for a label that opens a list of sources or references. */
export function isReferenceLabel(text: string): boolean {
  return REF_LABEL.test(text.trim());
}

/** Labels of a republished piece's author box. */
const BOX_LABEL = /^(?:authors?|disclosure(?: statement)?s?|partners|about the authors?)\s*:?$/i;

/** A line that is only a name and the writer's job: "Marcus Delgado | Reporter", "Harriet Lowe Transport correspondent". */
export function isNameAndJob(text: string): boolean {
  // Without a separator: two capitalised names, then a job title of at most three words ending with a job word.
  const bare = /^(?!(?:By|BY|Posted|Written|Story|Words|Text|Reported)\s)\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ ((?:\p{L}+ ){0,2}\p{L}+)$/u.exec(text.trim());
  if (bare?.[1] && JOB.test(bare[1].split(' ').pop() ?? '') && !/^(?:is|was|and|the|a|an)\b/i.test(bare[1])) return true;
  const m = /^(?![Bb]y\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*(?:\||,|–|—|\s-\s)\s*(.{2,60})$/u.exec(text.trim());
  return !!m?.[2] && words(m[2]).length <= 6 && JOB.test(m[2]) && !endsSentence(m[2]);
}

/** True when a short line names a job or a newsroom: "Columnist", "Staff Writer", "Westmoor News, Cardiff". */
export function isAffiliation(text: string): boolean {
  const t = text.trim();
  if (!isLabelLike(t, 9) || !/^\p{Lu}/u.test(t)) return false;
  return JOB.test(t) || /\b(?:University|College|Institute|News|Times|Post|Herald|Tribune|Journal|Gazette|Broadcasting|Radio|Television|TV|Magazine|Press)\b/.test(t);
}

/** True for a label that opens a list of topics ("Tags", "Related topics"). */
export function isTagLabel(text: string): boolean {
  return TAG_LABEL.test(text.trim());
}

/** True for a label of an author box ("Author", "Disclosure statement", "Partners"). */
export function isBoxLabel(text: string): boolean {
  return BOX_LABEL.test(text.trim());
}

/** The outlet a line like "CNN —" names, or null. */
export function agencyLine(text: string): string | null {
  return AGENCY_LINE.exec(text.trim())?.[1] ?? null;
}

/** Mail headers of a newsletter saved from an inbox: "Subject: …", "From: …". */
const MAIL_HEADER = /^(?:subject|from|to|cc|bcc|reply-to|sent|received):\s+\S/i;
/** A paywall: "This article is for subscribers only.", "Subscribe for £1 a week to keep reading." */
const PAYWALL = /^(?:this (?:article|story|content|piece) is (?:only )?(?:for|available to|exclusive to|reserved for) (?:paying )?(?:subscribers|members)|(?:subscribe|sign up|join)\b.{0,60}\bto (?:keep|continue) reading|already (?:a subscriber|a member|have an account)\b|you(?:'ve| have) (?:reached|used) (?:your|all your) (?:free )?(?:article|story) limit|to (?:keep|continue) reading,? (?:please )?(?:subscribe|sign in|log in|register))/i;
/** A company name alone, as the issuer of a press release: "Brightwater Energy Inc." */
const ISSUER = /^(?:SOURCE\s+)?\p{Lu}[\p{L}\p{N}&'’. -]{1,60}\s(?:Inc|Ltd|LLC|L\.L\.C|Corp|Corporation|plc|PLC|GmbH|AG|S\.A|N\.V|Co)\.?$/u;
/** Editors' initials closing agency copy: "mdu-jma/ab". */
const SLUG = /^[a-z]{2,4}(?:[-/][a-z]{2,4}){1,4}$/;
/** Wire bylines that write surnames in capitals: "Marie DUPONT with Jean MARTIN in Lyon". */
const CAPS_SURNAME_BYLINE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)? \p{Lu}{2,}(?:[ -]\p{Lu}{2,})*(?:(?:,| and| with| &) \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)? \p{Lu}{2,}(?:[ -]\p{Lu}{2,})*)*(?: in \p{Lu}[\p{L} -]+)?$/u;

/** Labels that look like a dateline's place but are not places. */
const NOT_PLACES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'NOTE', 'PHOTOS', 'VIDEO', 'READ', 'ALSO READ', 'FILE', 'ALERT', 'URGENT', 'FLASH', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'FACT CHECK', 'REVIEW', 'WARNING', 'CORRECTION', 'Q', 'A']);

const DATELINE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:[ -]\\p{Lu}[\\p{L}\\p{M}.'’-]+){0,3}(?:,\\s*(?!${MONTH}\\b)\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)` +
    `(?:,?\\s+(?<date>${MONTH}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}\\.?(?:\\s+\\d{4})?))?` +
    `(?:\\s*[.,]?\\s*(?<agency>\\/[\\p{L}\\p{N} -]{2,20}\\/|\\((?:[\\p{Lu}][\\p{L}\\p{N}. -]{1,24})\\)))?` +
    `(?<tail>\\s*[.,]?\\s*[-–—:]\\s|\\s*\\.\\s+)?`,
  'u',
);

/** A dateline at the start of a line: where it ends, and the agency it names, if any. */
export interface Dateline {
  end: number;
  place: string;
  date: string | null;
  agency: string | null;
}

/** Finds a dateline ("WASHINGTON, April 15. /TASS/.", "KYIV (Reuters) -") at the start of `text`. */
export function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m?.groups) return null;
  const { place = '', date, agency, tail } = m.groups;
  const placeWord = place.split(',')[0]?.trim() ?? '';
  // The place must be in capitals (at least 3 letters), not a label like BREAKING, and something must mark it as a dateline.
  const capitals = /^[\p{Lu}\p{M} .'’-]+$/u.test(placeWord);
  // "WASHINGTON —" is a dateline; "London, Dec 22 (IANS) —" too, but a capitalised word needs a date or an agency.
  if (!capitals && !(date && agency)) return null;
  if (placeWord.replace(/[^\p{L}]/gu, '').length < 3) return null;
  if (NOT_PLACES.has(placeWord)) return null;
  if (!date && !agency && !tail) return null;
  if (!date && !agency && tail && /\.\s+$/.test(tail)) return null; // "NATO. Then …" is not a dateline
  const cleanAgency = agency ? agency.replace(/^[/(]\s*|\s*[/)]$/g, '').trim() : null;
  return { end: m[0].length, place: placeWord, date: date ?? null, agency: cleanAgency };
}

/** The web domain a line consists of, or null ("theindianstatesman.com", "https://example.com/a"). */
export function domainOf(text: string): { domain: string; url: string | null } | null {
  const m = DOMAIN.exec(text.trim());
  if (!m) return null;
  const domain = (m[1] ?? '').toLowerCase();
  const url = /^https?:\/\//i.test(text.trim()) ? text.trim() : null;
  return { domain, url };
}

/** Finds a photo credit at the end of a line; `whole` when nothing but the credit is on the line. */
export function findPhotoCredit(text: string): { whole: boolean; start: number } | null {
  const t = text.trim();
  if (BRACKET_PHOTO.test(t) || STOCK_ONLY.test(t) || PHOTO_NOTE.test(t)) return { whole: true, start: 0 };
  if (/^image (?:source|credit)\s*[,:]/i.test(t)) return { whole: true, start: 0 };
  if (CREDIT_START.test(t) && words(t).length <= 14 && !endsSentenceStrict(t)) return { whole: true, start: 0 };
  const tail = CREDIT_TAIL.exec(t);
  if (tail && tail[2] && (tail[1] !== undefined || /^\p{Lu}/u.test(tail[2])) && words(tail[3] ?? '').length <= 12) {
    const start = tail.index + (tail[0].length - tail[0].trimStart().length);
    const startOfCredit = /^[\s.;:,—–-]/.test(tail[0]) ? tail.index + 1 : tail.index;
    return { whole: t.slice(0, startOfCredit).trim() === '', start: Math.max(start, startOfCredit) };
  }
  const via = VIA_AGENCY.exec(t);
  if (via) {
    // "Photo by X/AFP via Getty Images" without a photo word: the credit is the last capitalised run before "via".
    const before = t.slice(0, via.index);
    const run = /(?:^|[.;]\s+|\s)((?:[\p{Lu}][\p{L}.'’-]*(?:\/[\p{Lu}][\p{L}.'’-]*)*\s*){1,5})$/u.exec(before);
    const start = run ? run.index + run[0].length - (run[1]?.length ?? 0) : via.index;
    return { whole: t.slice(0, start).trim() === '', start };
  }
  const slash = AGENCY_SLASH.exec(t) ?? TITLE_AGENCY_SLASH.exec(t);
  if (slash) {
    const start = slash.index + (slash[0].length - slash[0].trimStart().length);
    return { whole: t.slice(0, start).trim() === '', start };
  }
  return null;
}

/** Sentence end that is not part of an abbreviation or initial. */
function endsSentenceStrict(text: string): boolean {
  return endsSentence(text) && !/\b\p{Lu}\.$/u.test(text.trim());
}

/** Splits a line into items separated by navigation separators (| • · » › > / ·). */
function navItems(text: string): string[] {
  return text
    .split(/\s*(?:\||•|·|»|›|>|\/|\u2022|◦|▸|►|\s{3,}|\t)\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Judges a line by its own text. Returns null when no rule applies (the line may still be body text). */
export function classifyByText(text: string): RuleHit | null {
  const t = text.trim();
  if (t === '') return hit('blank', 'blank', 'blank line');
  const n = words(t).length;
  const short = n <= 14 && t.length <= 160;

  if (!/[\p{L}\p{N}]/u.test(t)) return hit('chrome', 'chrome:separator', 'separator line');
  if (PAGE_CODE.test(t)) return hit('chrome', 'chrome:page-code', 'page code (markup or style)');
  if (/^@[\w.]{2,30}\.?$/.test(t)) return hit('author-bio', 'author-bio:contact', 'author contact details');
  if (t.length <= 400 && COPYRIGHT.test(t)) return hit('copyright', 'copyright:notice', 'copyright notice');
  const dom = domainOf(t);
  if (dom) return hit('site-name', dom.url ? 'site-name:url' : 'site-name:domain', dom.url ? 'web address of the page' : 'site name');
  if (ADVERT.test(t)) return hit('chrome', 'chrome:advertisement', 'advertisement marker');
  if (MAIL_HEADER.test(t) && t.length <= 200) return hit('chrome', 'chrome:mail-header', 'e-mail header');
  if (t.length <= 250 && PAYWALL.test(t)) return hit('chrome', 'chrome:paywall', 'subscription notice');
  if (t.length <= 600 && CONSENT.test(t) && /^(?:we\b|this (?:web)?site\b|our\b|by (?:using|continuing|clicking)\b)/i.test(t)) return hit('chrome', 'chrome:consent', 'cookie consent notice');
  if (t.length <= 300 && PROMO.test(t)) return hit('chrome', 'chrome:newsletter', 'newsletter sign-up');
  if (COUNTER.test(t)) return hit('chrome', 'chrome:counter', 'like and share counters');
  if (t.length <= 200 && VIDEO.test(t)) return hit('caption', 'caption:video', 'video caption');
  if (TIME_ONLY.test(t) || (n <= 16 && SOURCE_AGE.test(t) && t.split(/\s[·•|]\s/).length === 2)) return hit('byline', 'byline:date', 'publication date line');
  if (n <= 20 && SOURCE_AGE.test(t)) return hit('chrome', 'chrome:headline-list', 'list of links to other articles');
  if (TAG_LABEL.test(t)) return hit('topic-tag', 'topic-tag:label', 'topic tags');
  if (short && PREV_NEXT.test(t)) return hit('chrome', 'chrome:previous-next', 'link to another article');
  if (t.length <= 200 && MORE_LINKS.test(t)) return hit('chrome', 'chrome:read-more', 'link to other articles');
  if (t.length <= 250 && CLICK.test(t)) return hit('chrome', 'chrome:call-to-action', 'link or call to action');
  if (t.length <= 250 && LINK_OUT.test(t)) return hit('chrome', 'chrome:call-to-action', 'link or call to action');
  if (t.length <= 160 && COMMENTS.test(t)) return hit('chrome', 'chrome:comments', 'comment form');
  if (t.length <= 60 && PAGE_CHROME.test(t)) return hit('chrome', 'chrome:page', 'site navigation');
  if (/^(?:tags?|topics?|filed under|categories|category|keywords|labels?|related topics|more about)\s*:/i.test(t) && t.length <= 300) {
    return hit('topic-tag', 'topic-tag:label', 'topic tags');
  }

  if (isNameAndJob(t)) return hit('byline', 'byline:name-and-job', 'byline');
  const tokens = t.toLowerCase().split(/[\s|•·,/]+/).filter((s) => s !== '');
  if (tokens.length >= 1 && tokens.length <= 12 && (tokens.length >= 2 || /^(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|bluesky|threads|flipboard|messenger)$/.test(tokens[0] ?? '')) && tokens.every((w) => SOCIAL_WORDS.has(w.replace(/[^\p{L}+-]/gu, '')))) {
    return hit('chrome', 'chrome:share-buttons', 'share buttons');
  }
  const items = navItems(t);
  // The same words as `tokens`: a language switcher is a line of language names.
  if (tokens.length >= 2 && tokens.every((w) => LANGUAGE_NAMES.has(w))) {
    return hit('chrome', 'chrome:language-switcher', 'language switcher');
  }
  const dated = TIMESTAMP.test(t) && /\d/.test(t);
  if (!dated && items.length >= 3 && items.every((s) => isLabelLike(s, 5) && !endsSentence(s))) {
    return hit('chrome', 'chrome:navigation', 'site navigation');
  }
  const crumbs = t.split(/\s*(?:>|›|»|\|)\s*/);
  if (crumbs.length === 2 && crumbs.every((c) => words(c).length <= 3 && isLabelLike(c, 3) && /^\p{Lu}/u.test(c)) && /\s(?:>|›|»|\|)\s/.test(t)) {
    return hit('chrome', 'chrome:navigation', 'site navigation');
  }
  // A breadcrumb may end with the page's own title, which is longer.
  if (items.length >= 2 && /^home(?:page)?$/i.test(items[0] ?? '') && items.slice(0, -1).every((s) => isLabelLike(s, 8)) && (items.length >= 3 || isLabelLike(items[1] ?? '', 8))) {
    return hit('chrome', 'chrome:breadcrumb', 'site navigation');
  }

  const credit = findPhotoCredit(t);
  if (credit && t.length <= 600) {
    if (credit.whole) return hit('photo-credit', 'photo-credit:credit', 'photo credit');
    if (!/["“”]/.test(t.slice(0, credit.start)) || t.length < 300) return hit('caption', 'caption:with-credit', 'image caption');
  }
  if (/^image caption\s*[,:]/i.test(t)) return hit('caption', 'caption:label', 'image caption');
  if (t.length <= 400 && ORG_CREDIT.test(t) && !/^["“]/.test(t)) return hit('caption', 'caption:with-credit', 'image caption');

  if (n <= 16 && BYLINE.test(t) && !endsSentenceStrict(t.replace(/\b(?:Jr|Sr|Inc|Ltd)\.$/, ''))) return hit('byline', 'byline:by', 'byline');
  if (n <= 8 && /^(?:issue|no\.|vol(?:ume)?\.?)\s*\d+\b/i.test(t) && !endsSentence(t)) return hit('byline', 'byline:date', 'publication date line');
  if (n <= 16 && (DATE_ONLY.test(t) || TIME_AGO.test(t) || (TIMESTAMP.test(t) && /\d/.test(t)))) return hit('byline', 'byline:date', 'publication date line');
  if (n <= 10 && TIME_DATE.test(t) && !endsSentence(t)) return hit('byline', 'byline:date', 'publication date line');
  if (n <= 12 && DATE_START.test(t) && !endsSentence(t) && !/\b\p{Ll}{4,}\b/u.test(t.replace(/updated|published|posted|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago/gi, ''))) {
    return hit('byline', 'byline:date', 'publication date line');
  }
  if (CONTACT.test(t) && t.length <= 300) return hit('author-bio', 'author-bio:contact', 'author contact details');
  if (SLUG.test(t)) return hit('credit', 'credit:slug', 'sourcing credit (kept in the article information)');
  if (n <= 10 && ISSUER.test(t)) return hit('credit', 'credit:issuer', 'sourcing credit (kept in the article information)');
  if (n <= 16 && CAPS_SURNAME_BYLINE.test(t)) return hit('byline', 'byline:surname-caps', 'byline');
  if (t.length <= 250 && (CREDIT.test(t) || DASH_AGENCY.test(t) || REPUBLISHED.test(t) || (n <= 30 && CONTRIBUTED.test(t))) && !/["“”]/.test(t)) return hit('credit', 'credit:sourcing', 'sourcing credit (kept in the article information)');

  if (AGENCY_LINE.test(t)) return hit('dateline', 'dateline:agency', 'dateline (kept in the article information)');
  const dl = findDateline(t);
  if (dl && t.slice(dl.end).trim() === '') return hit('dateline', 'dateline:line', 'dateline (kept in the article information)');
  return null;
}

/** True when a line reads like a short biography of the author (checked only near the end of a page). */
export function isAuthorBio(text: string): boolean {
  const t = text.trim();
  if (/["“”]/.test(t.slice(0, 80))) return false;
  if (/^about the author\b/i.test(t)) return true;
  // "Writer and former radio producer. I write about …": a writer box that starts with the job.
  if (BIO_JOB_START.test(t) && words(t).length <= 60) return true;
  if (!BIO_SUBJECT.test(t)) return false;
  const firstSentence = t.split(/(?<=[.!?])\s+/)[0] ?? t;
  return BIO_WORDS.test(firstSentence);
}
