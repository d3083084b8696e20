/**
 * A Vega-Lite spec → one static, accessible SVG string, in Node, without a browser or a
 * canvas: Vega-Lite compiles the spec to Vega, and a Vega View with the 'none' renderer
 * writes SVG (`toSVG`). Without node-canvas, Vega sizes text by estimate (0.8 × the font
 * size per character), wider than real sans-serif text, so labels get room to spare.
 *
 * vega and vega-lite are loaded on first use (a dynamic import): the Markdown paths, and
 * so the GitHub Action bundle, never load them.
 *
 * What comes out: no script, no external reference (fonts are system fonts by name), a
 * <title> and <desc> that name the chart for screen readers, and ids prefixed so that
 * several charts can share one page.
 */
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartText } from './specs.js';

type VegaModule = typeof Vega;
type VegaLocales = { locale(number: ReturnType<typeof vegaNumberLocale>): ReturnType<Vega.View['locale']> };
type VegaLiteModule = typeof VegaLite;

let modules: Promise<[VegaModule, VegaLiteModule]> | null = null;

function load(): Promise<[VegaModule, VegaLiteModule]> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]);
  return modules;
}

/** Escapes text for XML content and attribute values. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SvgOptions {
  /** Prefix for the ids inside this SVG; unique per page (letters, digits, '-'). */
  id: string;
  /** Extra class on the <svg> element. */
  className?: string;
  /**
   * BCP 47 tag of the document's numbers: the axes write their shares and counts with its
   * decimal mark and percent sign, as the text around them does ("50 %" beside "36,9 %"
   * in Spanish, not "50%"). Vega's own (English) when not given.
   */
  numberLocale?: string;
}

/** A d3-format number locale (Vega's `locale.number`) that writes numbers as Intl does for `tag`. */
export function vegaNumberLocale(tag: string): { decimal: string; thousands: string; grouping: number[]; currency: [string, string]; percent: string } {
  const parts = new Intl.NumberFormat(tag, { useGrouping: 'always' }).formatToParts(1234567.5);
  const share = new Intl.NumberFormat(tag, { style: 'percent' }).formatToParts(0.5);
  const sign = share.findIndex((p) => p.type === 'percentSign');
  const before = share[sign - 1];
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
    grouping: [3],
    currency: ['', ''],
    // The space some locales put before the sign (a no-break space in es, pt, ca) goes with it.
    percent: (before?.type === 'literal' ? before.value : '') + (share[sign]?.value ?? '%'),
  };
}

/** Renders `spec` to an SVG string with `text.title` and `text.description` as its accessible name and description. */
export async function chartSvg(spec: TopLevelSpec, text: ChartText, options: SvgOptions): Promise<string> {
  if (!/^[A-Za-z][\w-]*$/.test(options.id)) throw new Error(`chart id ${JSON.stringify(options.id)}: letters, digits and '-' only`);
  const [vega, vegaLite] = await load();
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: quietLogger(vega) });
  // vega's locale(number, time) builds the view's formatters; its typings leave the function out.
  if (options.numberLocale !== undefined) view.locale((vega as unknown as VegaLocales).locale(vegaNumberLocale(options.numberLocale)));
  try {
    const svg = await view.toSVG();
    return accessible(svg, text, options);
  } finally {
    view.finalize();
  }
}

/**
 * Vega logs warnings to the console by default; a report's stdout and stderr are not the
 * place. Warnings are dropped (the specs are fixed and tested), errors throw.
 */
function quietLogger(vega: VegaModule) {
  const logger = vega.logger(vega.Error);
  logger.error = (...args: readonly unknown[]) => {
    throw new Error(`chart: ${args.map(String).join(' ')}`);
  };
  return logger;
}

/**
 * Vega's SVG root → the page's: role img, labelled by a <title> and a <desc> placed first,
 * the class names ours, the ids (clip paths, gradients) prefixed, and the width free to
 * shrink with the page (the viewBox keeps the proportions).
 */
function accessible(svg: string, text: ChartText, options: SvgOptions): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('chart: Vega returned no <svg> element');
  const width = /\bwidth="([\d.]+)"/.exec(open[0])?.[1];
  const height = /\bheight="([\d.]+)"/.exec(open[0])?.[1];
  const viewBox = /\bviewBox="([\d. -]+)"/.exec(open[0])?.[1];
  if (!width || !height || !viewBox) throw new Error('chart: Vega returned an <svg> without a size');
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const cls = ['chart', options.className].filter(Boolean).join(' ');
  // A chart whose title says it all (a sparkline) has no description.
  const described = text.description !== '';
  const root =
    `<svg xmlns="http://www.w3.org/2000/svg" class="${xmlText(cls)}" width="${width}" height="${height}" viewBox="${viewBox}" role="img" aria-labelledby="${described ? `${titleId} ${descId}` : titleId}">` +
    `<title id="${titleId}">${xmlText(text.title)}</title>` +
    (described ? `<desc id="${descId}">${xmlText(text.description)}</desc>` : '');
  // Attributes are rewritten inside tags only, never in text (Vega escapes '<' and '>' in text).
  const body = svg.slice(open[0].length).replace(/<[^<>]*>/g, (tag) =>
    tag
      // Ids Vega gives clip paths and gradients count up per process: make them ours, per chart.
      .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${options.id}-${id}"`)
      .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${options.id}-${id})`)
      // Vega's ARIA roles describe its marks as an interactive document; the chart is one image.
      .replace(/\s(?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, ''),
  );
  return root + body;
}
