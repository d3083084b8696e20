/**
 * A minimal XML 1.0 parser for tests: enough of the spec to tell a well-formed document
 * from a broken one (one root, nested tags that match, quoted attributes without '<' or
 * duplicates, only the five predefined entities and valid character references, only
 * legal characters) and to hand back the tree with text and attributes decoded, so a test
 * can compare what a consumer reads with what was written. No DTDs, no namespaces.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][-A-Za-z0-9._:]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed XML: ${message} at offset ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const bad = INVALID_CHAR.exec(src);
  if (bad) {
    i = bad.index;
    fail('character not allowed in XML');
  }

  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    if (!/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z][A-Za-z0-9._-]*")?( standalone="(yes|no)")?\s*\?>$/.test(src.slice(0, end + 2)))
      fail('malformed XML declaration');
    i = end + 2;
  }
  misc();
  if (src[i] !== '<') fail('expected the root element');
  const root = element();
  misc();
  if (i !== src.length) fail('content after the root element');
  return root;

  function misc(): void {
    for (;;) {
      const ws = /\s*/y;
      ws.lastIndex = i;
      ws.exec(src);
      i = ws.lastIndex;
      if (src.startsWith('<!--', i)) comment();
      else return;
    }
  }

  function comment(): void {
    const end = src.indexOf('-->', i + 4);
    if (end < 0) fail('unterminated comment');
    if (src.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
    i = end + 3;
  }

  function name(): string {
    NAME.lastIndex = i;
    const m = NAME.exec(src);
    if (!m) return fail('expected a name');
    i = NAME.lastIndex;
    return m[0];
  }

  function spaces(): boolean {
    const start = i;
    while (i < src.length && ' \t\r\n'.includes(src[i] as string)) i++;
    return i > start;
  }

  function element(): XmlElement {
    i++; // '<'
    const el: XmlElement = { name: name(), attrs: Object.create(null) as Record<string, string>, children: [] };
    for (;;) {
      const hadSpace = spaces();
      if (src.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (!hadSpace) fail('expected whitespace before an attribute');
      const attr = name();
      spaces();
      if (src[i] !== '=') fail('expected "="');
      i++;
      spaces();
      const quote = src[i];
      if (quote !== '"' && quote !== "'") return fail('expected a quoted attribute value');
      const end = src.indexOf(quote, i + 1);
      if (end < 0) fail('unterminated attribute value');
      const raw = src.slice(i + 1, end);
      if (raw.includes('<')) fail('"<" in an attribute value');
      if (Object.hasOwn(el.attrs, attr)) fail(`duplicate attribute ${attr}`);
      // Attribute-value normalization: literal whitespace becomes a space; references keep theirs.
      el.attrs[attr] = decode(raw.replace(/[\t\r\n]/g, ' '));
      i = end + 1;
    }
    for (;;) {
      if (i >= src.length) fail(`unclosed <${el.name}>`);
      if (src.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        spaces();
        if (src[i] !== '>') fail('expected ">"');
        i++;
        return el;
      }
      if (src.startsWith('<!--', i)) comment();
      else if (src.startsWith('<![CDATA[', i)) {
        const end = src.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA section');
        el.children.push(src.slice(i + 9, end));
        i = end + 3;
      } else if (src[i] === '<') el.children.push(element());
      else {
        const end = src.indexOf('<', i);
        const raw = src.slice(i, end < 0 ? src.length : end);
        if (raw.includes(']]>')) fail('"]]>" in text');
        el.children.push(decode(raw.replace(/\r\n?/g, '\n')));
        i = end < 0 ? src.length : end;
      }
    }
  }

  function decode(raw: string): string {
    return raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`bare "&" (${whole})`);
      if (Object.hasOwn(ENTITIES, ref)) return ENTITIES[ref] as string;
      const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!m) return fail(`unknown entity &${ref};`);
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2] as string, 10);
      const ch = cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      if (ch === '' || INVALID_CHAR.test(ch)) fail(`reference to a character not allowed in XML (&${ref};)`);
      return ch;
    });
  }
}

/** Elements named `name` anywhere below (and including) `el`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = el.name === name ? [el] : [];
  for (const c of el.children) if (typeof c !== 'string') out.push(...findAll(c, name));
  return out;
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
