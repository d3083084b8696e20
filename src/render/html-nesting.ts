/**
 * Whether an HTML document's elements nest as written: every element that is not void
 * closed by its own end tag, innermost first. A browser repairs what does not (it closes
 * an element early, ignores an end tag, ends a paragraph before a list), so a team's
 * template with a tag left open or closed out of order gave a page laid out wrong, without
 * a word. Pure: text in, the first problem out.
 *
 * htmlparser2's Tokenizer reads the markup (comments, doctype, attributes with ">" inside
 * quotes, the raw text of <script>, <style>, <title>, <textarea>); its Parser is not used,
 * because it repairs the tree as a browser would, and what it repairs is what must be
 * said. The stack of open elements is kept here, by the rules of the HTML standard
 * (https://html.spec.whatwg.org/multipage/syntax.html#elements-2): void elements have no
 * end tag, "/>" closes an element only inside <svg> or <math>, and a block element ends
 * an open <p> (https://html.spec.whatwg.org/multipage/grouping-content.html#the-p-element).
 */
import { Tokenizer } from 'htmlparser2';

/** A tag in the document: its name in lower case, and the offset of its "<". */
export interface Tag {
  name: string;
  start: number;
}

export type NestingProblem =
  /** `open` is still open where `before` ends an element that holds it, or where the document ends (null). */
  | { kind: 'unclosed'; open: Tag; before: Tag | null }
  /** An end tag with no open element of its name (or of a void element, which has none). */
  | { kind: 'stray'; close: Tag }
  /** `<div/>`: outside SVG and MathML the slash closes nothing. */
  | { kind: 'self-closed'; open: Tag }
  /** `open` starts a block that a browser does not let a paragraph hold: it ends the paragraph first. */
  | { kind: 'in-paragraph'; open: Tag; paragraph: Tag };

/** Elements without content or end tag (https://html.spec.whatwg.org/multipage/syntax.html#void-elements, with the obsolete ones browsers still treat so). */
const VOID = new Set('area base br col embed hr img input link meta source track wbr param keygen basefont bgsound frame'.split(' '));

/** Start tags that close an open <p> ("in body" insertion mode: "if the stack of open elements has a p element in button scope, close a p element"). */
const ENDS_PARAGRAPH = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup ' +
    'main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp'
  ).split(' '),
);

/** Elements that end "button scope": a <p> outside them is not closed by a block inside them. */
const PARAGRAPH_SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'button', 'object', 'applet', 'marquee', 'template', 'svg', 'math']);

/** The first place where `html` does not nest as written, or null. */
export function findNestingProblem(html: string): NestingProblem | null {
  const open: Tag[] = [];
  // Set by the callbacks: the first problem, and the start tag being read.
  const state: { problem: NestingProblem | null; pending: Tag | null } = { problem: null, pending: null };
  const found = (problem: NestingProblem) => {
    state.problem ??= problem;
    tokenizer.pause();
  };
  const foreign = () => open.some((t) => t.name === 'svg' || t.name === 'math');
  /** The start tag just read, once a block (void <hr> included) is known not to end an open paragraph. */
  const started = (): Tag | null => {
    const tag = state.pending;
    state.pending = null;
    const paragraph = tag && ENDS_PARAGRAPH.has(tag.name) ? openParagraph(open) : null;
    if (tag && paragraph) {
      found({ kind: 'in-paragraph', open: tag, paragraph });
      return null;
    }
    return tag;
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        state.pending = { name: html.slice(start, end).toLowerCase(), start: start - 1 };
      },
      onopentagend() {
        const tag = started();
        if (tag && !VOID.has(tag.name)) open.push(tag);
      },
      onselfclosingtag() {
        const tag = started();
        if (tag && !VOID.has(tag.name) && !foreign()) found({ kind: 'self-closed', open: tag });
      },
      onclosetag(start, end) {
        const close = { name: html.slice(start, end).toLowerCase(), start: html.lastIndexOf('<', start) };
        const at = open.findLastIndex((t) => t.name === close.name);
        if (at === -1) return found({ kind: 'stray', close });
        const inner = open[open.length - 1] as Tag;
        if (at < open.length - 1) return found({ kind: 'unclosed', open: inner, before: close });
        open.pop();
      },
      onend() {
        const inner = open[open.length - 1];
        if (inner) state.problem = { kind: 'unclosed', open: inner, before: null };
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  if (!state.problem) tokenizer.end();
  return state.problem;
}

/** The <p> a block started now would end: the innermost open one, unless an element that ends button scope is open inside it. */
function openParagraph(open: readonly Tag[]): Tag | null {
  for (let i = open.length - 1; i >= 0; i--) {
    const tag = open[i] as Tag;
    if (tag.name === 'p') return tag;
    if (PARAGRAPH_SCOPE.has(tag.name)) return null;
  }
  return null;
}

/**
 * A problem in words. `place` says where a tag is ("3:12", "line 253 of the HTML"), or
 * null for the tag the message is placed at, which the message then starts from.
 */
export function describeNesting(problem: NestingProblem, place: (tag: Tag) => string | null): { message: string; hint: string } {
  switch (problem.kind) {
    case 'unclosed': {
      const { open, before } = problem;
      if (before === null) return { message: `<${open.name}> is never closed`, hint: `add </${open.name}> where the element ends` };
      const where = { open: place(open), before: place(before) };
      return {
        message:
          where.open === null || where.before !== null
            ? `<${open.name}> is not closed before </${before.name}>${where.before === null ? '' : ` (${where.before})`}`
            : `</${before.name}> ends its element while <${open.name}> (${where.open}) is still open inside it`,
        hint: `add </${open.name}> before </${before.name}>, or remove the one of the two that should not be there; a browser would close the <${open.name}> there on its own, and the page would not be laid out as written`,
      };
    }
    case 'stray': {
      const { name } = problem.close;
      return VOID.has(name)
        ? { message: `</${name}> closes nothing: <${name}> has no end tag`, hint: `remove the </${name}>` }
        : { message: `</${name}> closes no open <${name}>`, hint: `remove it, or add the <${name}> it is meant to close` };
    }
    case 'self-closed': {
      const { name } = problem.open;
      return {
        message: `<${name}/> leaves the <${name}> open: in HTML only void elements such as <br/> close themselves`,
        hint: `write <${name}></${name}>`,
      };
    }
    case 'in-paragraph': {
      const { open, paragraph } = problem;
      const where = { open: place(open), paragraph: place(paragraph) };
      return {
        message:
          where.open === null || where.paragraph !== null
            ? `<${open.name}> cannot be inside the <p>${where.paragraph === null ? ' it follows' : ` opened at ${where.paragraph}`}: a browser ends the paragraph before it`
            : `<p> holds a <${open.name}> (${where.open}), which a browser does not let a paragraph hold: it ends the paragraph before it`,
        hint: `close the paragraph with </p> before <${open.name}>, or use <div> instead of that <p>`,
      };
    }
  }
}
