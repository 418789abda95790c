/**
 * Parser features for every Markdown and MDX file of the site (satteri, Astro's processor).
 * GFM is off: its autolink literals and strikethrough are found in text after parsing, so no
 * escape can keep a URL or `~~` from a seed literal. Smart punctuation is off so quotation marks
 * render exactly as the source wrote them. Editors use explicit links and HTML tables.
 */
export const markdownFeatures = { gfm: false, smartPunctuation: false };
