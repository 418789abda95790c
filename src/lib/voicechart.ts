/** One bar of the voice chart: a speaker's quoted words in one article. */
export interface VoiceBar { label: string; words: number; quotes: number; unclear: boolean }
export interface VoiceGroup { heading: string; bars: VoiceBar[] }

/** Geometry of the chart, computed at build time so the page ships plain SVG. */
export interface VoiceChartLayout {
  width: number;
  height: number;
  rows: { y: number; kind: 'heading' | 'bar'; text: string; width: number; value: string; unclear: boolean }[];
}

const ROW = 22;
const HEADING = 30;

/** Lays out grouped horizontal bars on one shared scale: same words, same length in every group. */
export function layoutVoiceChart(groups: VoiceGroup[], width = 640, labelWidth = 200): VoiceChartLayout {
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.words)));
  const barSpace = width - labelWidth - 90;
  const rows: VoiceChartLayout['rows'] = [];
  let y = 0;
  for (const g of groups) {
    y += HEADING;
    rows.push({ y, kind: 'heading', text: g.heading, width: 0, value: '', unclear: false });
    if (g.bars.length === 0) {
      y += ROW;
      rows.push({ y, kind: 'bar', text: 'nobody quoted', width: 0, value: '', unclear: true });
    }
    for (const b of g.bars) {
      y += ROW;
      rows.push({ y, kind: 'bar', text: b.label, width: Math.max(2, Math.round((b.words / max) * barSpace)), value: `${b.words} words`, unclear: b.unclear });
    }
  }
  return { width, height: y + 10, rows };
}

/** Shortens a label to fit the label column. */
export function clip(text: string, max = 28): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
