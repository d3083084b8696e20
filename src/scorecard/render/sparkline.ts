/**
 * One need's grades across periods as a small inline SVG: a point per period at the
 * height of its grade (best on top), joined where consecutive periods were graded. Pure:
 * the caller passes the accessible label in words; every string is escaped here, since
 * SVG inside HTML is parsed as HTML.
 */
import { htmlEscape } from '../../render/escape.js';

const STEP = 22;
const PAD = 6;
const ROW = 9;

export interface Sparkline {
  /** Grades oldest first; null where the need was not graded. */
  grades: readonly (string | null)[];
  /** The scale, best first: a grade's height. */
  scale: readonly string[];
  /** CSS class per grade of the scale (its tone), same order. */
  tones: readonly string[];
  /** Accessible name, plain text. */
  label: string;
  /** Per point, plain text: "2026-H1: A". */
  pointLabels: readonly string[];
}

export function sparklineSvg(s: Sparkline): string {
  const width = PAD * 2 + STEP * Math.max(1, s.grades.length - 1);
  const height = PAD * 2 + ROW * Math.max(1, s.scale.length - 1);
  const x = (i: number) => PAD + STEP * i;
  const y = (rank: number) => PAD + ROW * rank;
  const points = s.grades.map((g, i) => (g === null ? null : { i, rank: s.scale.indexOf(g) })).map((p) => (p === null || p.rank < 0 ? null : p));

  // Runs of consecutive graded periods become one line each.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const p of points) {
    if (p === null) {
      if (run.length > 1) runs.push(run);
      run = [];
    } else {
      run.push(`${x(p.i)},${y(p.rank)}`);
    }
  }
  if (run.length > 1) runs.push(run);

  const parts = [
    `<svg class="spark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${htmlEscape(s.label)}">`,
    // Faint guides, one per grade of the scale.
    ...s.scale.map((_, rank) => `<line class="spark-guide" x1="${PAD}" y1="${y(rank)}" x2="${width - PAD}" y2="${y(rank)}"/>`),
    ...runs.map((r) => `<polyline class="spark-line" points="${r.join(' ')}"/>`),
    ...points.flatMap((p) =>
      p === null
        ? []
        : [
            `<circle class="spark-dot ${s.tones[p.rank] ?? ''}" cx="${x(p.i)}" cy="${y(p.rank)}" r="3"><title>${htmlEscape(s.pointLabels[p.i] ?? '')}</title></circle>`,
          ],
    ),
    '</svg>',
  ];
  return parts.join('');
}
