/** What a citation needs to know about a page. */
export interface CitationInput {
  title: string;
  /** Outlet of the original article, when the page reproduces one. */
  outlet?: string | null;
  author?: string | null;
  url: string;
  /** Access date. */
  accessed: Date;
  site?: string;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Access date as each style writes it (UTC, so builds are reproducible). */
export function accessDates(date: Date): { apa: string; mla: string; chicago: string; iso: string } {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  return {
    apa: `${months[m]} ${d}, ${y}`,
    mla: `${d} ${mlaMonths[m]} ${y}`,
    chicago: `${months[m]} ${d}, ${y}`,
    iso: date.toISOString().slice(0, 10),
  };
}

/** APA, MLA and Chicago citations of a Parallax page; `{date}` marks where the access date goes. */
export function citations(input: CitationInput): { apa: string; mla: string; chicago: string } {
  const site = input.site ?? 'Parallax';
  const who = input.author ?? site;
  const via = input.outlet ? ` [${input.outlet}]` : '';
  return {
    apa: `${who}. (n.d.). ${input.title}${via}. ${site}. Retrieved {date}, from ${input.url}`,
    mla: `${input.author ? `${input.author}. ` : ''}“${input.title}.” ${input.outlet ? `${input.outlet}, via ` : ''}${site}, ${input.url}. Accessed {date}.`,
    chicago: `${input.author ? `${input.author}. ` : ''}“${input.title}.” ${input.outlet ? `${input.outlet}, reproduced in ` : ''}${site}. Accessed {date}. ${input.url}.`,
  };
}
