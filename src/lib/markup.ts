/** Closing quotation marks as they appear in rendered HTML (straight ones are escaped by Astro). */
const CLOSING = String.raw`(?:[”"’'»›“‘]|&quot;|&#34;|&#39;|&#x27;|&rdquo;|&rsquo;)+`;
const LABEL = new RegExp(String.raw`(<span class="qa">[\s\S]*?<!--/qa-->)(</span>)(${CLOSING})`, 'g');

/**
 * Moves each quote's speaker label (`<span class="qa">…<!--/qa-->`) past the closing quote mark
 * that follows the quote, so a reader sees “…the better,” Vladimir Putin and not the name
 * inside the quoted words. Works on the HTML Astro rendered from the article's own components.
 */
export function labelAfterQuoteMark(html: string): string {
  return html.replace(LABEL, (_all, label: string, close: string, marks: string) => `${marks}${label}${close}`);
}

const EVIDENCE = /<!--ev-->([\s\S]*?)<!--\/ev-->/g;

/**
 * Takes the evidence popovers out of the running text so that the paragraph's text is only the
 * article's words and labels; returns the text and the popovers to place after it.
 */
export function splitEvidence(html: string): { text: string; evidence: string } {
  const found: string[] = [];
  const text = html.replace(EVIDENCE, (_all, popover: string) => {
    found.push(popover);
    return '';
  });
  return { text, evidence: found.join('') };
}
