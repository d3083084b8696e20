/**
 * Numbers, shares, durations and untrusted strings as every report format shows them.
 * Pure and format-neutral: escaping for Markdown, HTML or XML happens later, in each
 * renderer; this module only makes data printable (one line, no control characters).
 */

export interface Formatter {
  /** A count: 12,480. */
  count(n: number): string;
  /** A plain quantity (goals scaled to a period, money): up to 2 decimals. */
  amount(n: number): string;
  /**
   * A measured share (attainment, rate), one decimal, rounded down: a failing 94.96%
   * must not read "95.0%" next to a 95% target.
   */
  measured(ratio: number | null): string;
  /** A stated share (target, goal): as precise as it was written, "95%", "92.5%". */
  stated(ratio: number | null): string;
  /** A multiplier: "3", "0.25", "0.2258" (up to four decimals). */
  factor(n: number): string;
  /** Minutes in words: "45m", "1h 25m", "27h 10m", or with days on the calendar clock: "2d 3h". */
  duration(minutes: number | null, clock?: 'business' | 'calendar'): string;
  /** Money in the contract's currency: "€150,000", "$1,250.50"; a plain amount without one. */
  money(n: number): string;
}

/** The words a formatter needs: the locale of its numbers, the mark of a missing value, the duration units. */
export interface FormatWords {
  numberLocale: string;
  none: string;
  units: { d: string; h: string; m: string; underMinute: string };
}

/** `currency`: the ISO 4217 code money is shown in (the contract's metadata.currency). */
export function createFormatter(text: FormatWords, currency?: string): Formatter {
  const money = currency ? moneyFormat(text.numberLocale, currency) : undefined;
  const integer = new Intl.NumberFormat(text.numberLocale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(text.numberLocale, { maximumFractionDigits: 2 });
  const fourDecimals = new Intl.NumberFormat(text.numberLocale, { maximumFractionDigits: 4 });
  const oneDecimal = new Intl.NumberFormat(text.numberLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const { units } = text;
  // The percent sign as the locale writes it after a number: "%" in English, " %" (no-break space) in Spanish or Catalan.
  const percent = percentSuffix(text.numberLocale);

  return {
    count: (n) => integer.format(n),
    amount: (n) => decimal.format(n),
    money: (n) => (money ? money.format(n) : decimal.format(n)),
    factor: (n) => fourDecimals.format(n),
    measured(ratio) {
      if (ratio === null || !Number.isFinite(ratio)) return text.none;
      // Tenths of a percent, rounded down; the epsilon absorbs float noise (0.57 * 1000 = 569.99…).
      const tenths = Math.floor(ratio * 1000 + 1e-6);
      return `${oneDecimal.format(tenths / 10)}${percent}`;
    },
    stated(ratio) {
      if (ratio === null || !Number.isFinite(ratio)) return text.none;
      return `${decimal.format(Math.round(ratio * 10000) / 100)}${percent}`;
    },
    duration(minutes, clock = 'business') {
      if (minutes === null || !Number.isFinite(minutes)) return text.none;
      if (minutes > 0 && minutes < 0.5) return units.underMinute;
      let m = Math.round(Math.abs(minutes));
      const sign = minutes < 0 && m > 0 ? '-' : '';
      // A business day has no fixed length in the report, so business time stays in hours.
      const days = clock === 'calendar' ? Math.floor(m / 1440) : 0;
      m -= days * 1440;
      const hours = Math.floor(m / 60);
      const mins = m % 60;
      const parts: string[] = [];
      if (days > 0) parts.push(`${integer.format(days)}${units.d}`);
      if (hours > 0) parts.push(`${integer.format(hours)}${units.h}`);
      if (mins > 0 || parts.length === 0) parts.push(`${mins}${units.m}`);
      return sign + parts.join(' ');
    },
  };
}

/** What follows the number in the locale's percentages (CLDR, through Intl): "%" in English, " %" (no-break space) in Spanish or Catalan. */
export function percentSuffix(locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const at = parts.findIndex((p) => p.type === 'percentSign');
  // A locale that puts the sign first (none of revpact's) still reads right with it after.
  if (at <= 0) return '%';
  return parts
    .slice(parts.findLastIndex((p) => p.type === 'integer') + 1, at + 1)
    .map((p) => p.value)
    .join('');
}

/** Whole amounts without decimals, cents only when there are some; an unknown code shown after the number. */
function moneyFormat(locale: string, currency: string): { format: (n: number) => string } {
  try {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
    return { format: (n) => f.format(n) };
  } catch {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return { format: (n) => `${plain.format(n)} ${currency}` };
  }
}

/* ───────────────────────── untrusted strings ───────────────────────── */

const LINE_BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
// C0 and C1 controls, DEL, and the bidirectional overrides/isolates ("Trojan Source"):
// data must not drive a terminal, hide text or reorder what a reviewer reads.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

// Half of a surrogate pair without the other half: not a character in any encoding.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Untrusted data made printable on one line: breaks become spaces, controls and lone surrogates U+FFFD. */
export function clean(s: string): string {
  return s.replace(LINE_BREAKS, ' ').replace(UNPRINTABLE, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
}

/** At most `max` characters (code points), with an ellipsis when cut. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/**
 * Terminal columns a string takes: combining marks and zero-width characters take none,
 * East Asian wide characters and emoji take two. Close enough to align tables.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ZERO_WIDTH.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200D\u2060]$/u; // Mn includes the variation selectors

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
