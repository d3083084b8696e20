/**
 * The content-line layer of iCalendar (RFC 5545 §3.1, §3.3.11, RFC 6868): escaping TEXT
 * values and parameter values, and folding lines at 75 octets of UTF-8 without splitting
 * a character. Pure string functions; ics.ts builds the lines.
 */

// Control characters other than the newline (handled as "\n") and tab are not allowed in
// TEXT or parameter values (RFC 5545 §3.1: CONTROL excludes HTAB).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; newlines as \n. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, ' ')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 §3.2, RFC 6868): "^", newlines and double quotes
 * caret-encoded, and the whole value quoted when it holds ":", ";" or ",", which
 * would otherwise end it.
 */
export function paramValue(s: string): string {
  const encoded = s.replace(/\r\n?/g, '\n').replace(CONTROL, ' ').replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'");
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

const MAX_OCTETS = 75;
const utf8 = new TextEncoder();

/**
 * One content line folded (RFC 5545 §3.1): physical lines of at most 75 octets, each
 * continuation starting with one space that counts toward them, broken between
 * characters (code points), never inside one.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Content lines → the file: each folded, CRLF after every physical line (the last one too). */
export function serialize(lines: readonly string[]): string {
  return lines.flatMap(foldLine).join('\r\n') + '\r\n';
}
