/**
 * Pieces of the hostile seeds (tests/fixtures/hostile/) that must show literally on the article
 * pages: MDX, JSX, HTML, Markdown and template syntax, fences, comments, astral characters.
 */
export const hostileLiterals: Record<string, string[]> = {
  'hostile-headline': [
    'Photo by {Evil} <img src=x onerror="window.__pwned=\'img\'"> via Getty Images',
    "<script>window.__pwned='headline'</script> Harbour {Board} Votes *Again* on `Fees` 🚢 ${fee}",
    'leaked spreadsheet titled {budget.final} <b>v2</b>.',
    'the figures in ${sheet} are the same ones we published in March," said {Evil} <b>Name</b>, the board\'s treasurer',
    'import fs from "node:fs"; fs.writeFileSync("__CANARY__", "ran at build time")',
    'export default function Evil() { return fs.writeFileSync("__CANARY__", "ran") } was written on the whiteboard',
    '{globalThis.process.getBuiltinModule("fs").writeFileSync("__CANARY__", "ran")} appeared in the minutes',
    'the <iframe src="javascript:window.__pwned=\'iframe\'"></iframe> fee table',
    '<!-- a comment that should stay visible --> The audit will be presented',
    '<svg onload="window.__pwned=\'svg\'"> new passwords.',
    '“Everything is fine 👩‍🔧 — the numbers 𝟙𝟚𝟛 add up,” Natarajan said',
    '\u202Egnirts desrever\u202C',
    '© 2024 <b>Evil</b> Corp ${copyright} — all {rights} reserved',
    "Read more: [Harbour fees explained](javascript:window.__pwned='link')",
  ],
  'hostile-markdown': [
    'Market Traders Protest *Rent* Rise: {Council} <em>Ignores</em> Us, Say [Stallholders](javascript:alert(1)) 🧺',
    'placards that read **FAIR RENT NOW** and _no more hikes_.',
    '# not a heading, said the banner at the gate.',
    '* not a list item, but a line that begins with an asterisk',
    '> not a quotation block, said the leaflet',
    '1. not a numbered list:',
    '| stall | old rent | new rent |',
    '|---|---|---|',
    '"The letter said `rent = rent * 1.18` as if we were numbers in a program," said market spokesperson Tomasz Wiśniewski',
    "[the council's page](javascript:alert(document.cookie)) and an image written as ![photo](x\" onerror=\"window.__pwned='md-img')",
    '~~~',
    'Four spaces of indentation are not a code block here',
    '& the costs of heating the hall have doubled," and that &amp; the entity &lt;b&gt; stays literal.',
    'Back\\slash \\{escaped\\} braces and a trailing backslash\\',
    'a control character (\uFFFD) appeared',
    'had a BEL\uFFFD, a vertical tab',
    'an escape \uFFFD[31m red \uFFFD[0m sequence',
  ],
  'hostile-page': [
    '{process.exit(1)}',
    '<script>alert("pwned")</script>',
    'export const hacked = true;',
    '${template}',
    '<Quote id="fake">fake components</Quote>',
    '# not a heading, *not emphasis*, `not code`, [a link](javascript:alert(1)) and <!-- a comment -->',
    '| a | table | row | appeared in the printed minutes too, along with --- and }}} braces.',
    '👩‍👩‍👧 — truly 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    'a bidi override \u202Ereversed\u202C text',
  ],
};

/** Globals that a script smuggled in through the hostile seeds would set. */
export const pwnedGlobal = '__pwned';
