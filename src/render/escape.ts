/**
 * Escaping per output format. Untrusted text (anything from the contract) only reaches
 * a document through one of these: in Markdown it cannot open a table cell, a link, HTML
 * or an @mention; in HTML it is entity-escaped. GitHub logins are printed as code, which
 * never mentions.
 */
import { clean, truncate } from './format.js';

/** Plain functions, not methods: they are passed around on their own. */
export interface Escaper {
  /** Untrusted data, inline: one line, nothing that markup could act on. */
  data: (s: string) => string;
  /** Fixed text (locale files, Intl output): inline markup characters neutralized. */
  literal: (s: string) => string;
  /** Data as code: identifiers, field names, GitHub logins. */
  code: (s: string) => string;
  /** Wraps already-escaped text in strong emphasis. */
  strong: (escaped: string) => string;
}

/** Whitespace runs (newlines included) as one space, trimmed: a value stays on its line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const ZWJ = '\u200D';

/**
 * GitHub mentions a user or team only when a word character follows the '@', so a
 * zero-width joiner after each one keeps the text readable and notifies nobody.
 */
export function neutralizeMentions(s: string): string {
  return s.replace(/@/g, `@${ZWJ}`);
}

/** Characters Markdown (GFM + GitHub's math) could act on inline; each gets a backslash. */
export function markdownInline(s: string): string {
  return neutralizeMentions(s.replace(/[\\`*_[\]<>|~$]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&'));
}

/**
 * A Markdown code span that holds `s` whatever backticks it contains (CommonMark: the
 * fence is one backtick longer than the longest run inside, padded when the text starts
 * or ends with one). A '|' still ends a GFM table cell inside code, so it is escaped.
 */
export function markdownCode(s: string): string {
  const flat = oneLine(s).replace(/\|/g, '\\|');
  if (flat === '') return '';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content or a quoted attribute value: the five characters HTML could act on, as entities. */
export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Emphasis around escaped text, none around nothing (`****` would print as is). */
const wrapUnlessEmpty = (open: string, close: string) => (escaped: string) => (escaped === '' ? '' : `${open}${escaped}${close}`);

const MARKDOWN: Escaper = {
  data(s) {
    // One line (a newline could end a table row or start a block), then block markers
    // at the start neutralized: a value may open a list item or a table cell.
    return markdownInline(oneLine(s))
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      .replace(/^([-+=])(?=[\s+=-]|$)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  },
  literal: markdownInline,
  code: markdownCode,
  strong: wrapUnlessEmpty('**', '**'),
};

const HTML: Escaper = {
  data: (s) => htmlEscape(oneLine(s)),
  literal: htmlEscape,
  code: (s) => `<code>${htmlEscape(oneLine(s))}</code>`,
  strong: wrapUnlessEmpty('<strong>', '</strong>'),
};

/** No escaping: for text that another module escapes for its own syntax (the funnel chart). */
const PLAIN: Escaper = {
  data: oneLine,
  literal: (s) => s,
  code: oneLine,
  strong: (s) => s,
};

export const ESCAPERS = { md: MARKDOWN, html: HTML, plain: PLAIN } as const satisfies Record<string, Escaper>;

/** Longest cell, in characters; a comment has a size limit and one value should not eat it. */
const MAX_CELL = 300;

/**
 * Untrusted text for inline Markdown in reports, comments and summaries, also safe inside
 * an HTML block (<summary>): one line, at most MAX_CELL characters; `&` `<` `>` as
 * entities; the characters GFM acts on inline backslash-escaped; an '@' and a '#' before
 * a digit followed by a zero-width joiner, so data never mentions anyone or links an issue.
 */
export function mdText(s: string): string {
  return truncate(clean(s), MAX_CELL)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`);
}
