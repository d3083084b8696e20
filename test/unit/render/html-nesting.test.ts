/**
 * HTML that does not nest as written: what the check finds, and what it leaves alone
 * (void elements, comments, raw text, SVG's self-closed elements, a doctype).
 */
import { describe, expect, it } from 'vitest';
import { describeNesting, findNestingProblem, type NestingProblem } from '../../../src/render/html-nesting.js';

/** The problem with each tag as "name@offset", to compare briefly. */
function found(html: string): unknown {
  const problem = findNestingProblem(html);
  if (problem === null) return null;
  return Object.fromEntries(Object.entries(problem).map(([k, v]) => [k, typeof v === 'object' && v !== null ? `${v.name}@${v.start}` : v]));
}

describe('findNestingProblem', () => {
  it('passes a document that nests as written', () => {
    const page = [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8"><title>a < b</title>',
      '<style>li > p { color: red } /* </div> */</style></head>',
      '<body><!-- <div> a comment is not markup --><main>',
      '<p>One<br>two<br/><img src="x.png" alt="a > b"></p>',
      '<ul><li><a href="#x" title="</li>">x</a></li></ul>',
      '<svg viewBox="0 0 1 1"><title>t</title><rect width="1" height="1"/><path d="M0 0"/></svg>',
      '<table><tr><td><p>cell</p></td></tr></table>',
      '<script>if (a < b && c > d) document.write("</p>")</script>',
      '</main></body></html>',
    ].join('\n');
    expect(findNestingProblem(page)).toBeNull();
    expect(findNestingProblem('')).toBeNull();
  });

  it('an element left open: at the end tag of the element that holds it, or at the end', () => {
    expect(found('<ul><li>one</ul>')).toEqual({ kind: 'unclosed', open: 'li@4', before: 'ul@11' });
    expect(found('<main><div class="x">\n<p>a</p>\n</main>')).toEqual({ kind: 'unclosed', open: 'div@6', before: 'main@31' });
    expect(found('<div><span>x</div></span>')).toEqual({ kind: 'unclosed', open: 'span@5', before: 'div@12' });
    expect(found('<section>\n<div>')).toEqual({ kind: 'unclosed', open: 'div@10', before: null });
  });

  it('an end tag that closes nothing, a void element closed, a self-closed <div/>', () => {
    expect(found('<p>a</p></div>')).toEqual({ kind: 'stray', close: 'div@8' });
    expect(found('a<br></br>')).toEqual({ kind: 'stray', close: 'br@5' });
    expect(found('<div/>text')).toEqual({ kind: 'self-closed', open: 'div@0' });
  });

  it('a block inside a paragraph, which a browser takes out of it', () => {
    expect(found('<p>Intro <ul><li>a</li></ul></p>')).toEqual({ kind: 'in-paragraph', open: 'ul@9', paragraph: 'p@0' });
    expect(found('<p>one<p>two</p></p>')).toEqual({ kind: 'in-paragraph', open: 'p@6', paragraph: 'p@0' });
    expect(found('<p>one<hr>two</p>')).toEqual({ kind: 'in-paragraph', open: 'hr@6', paragraph: 'p@0' });
    expect(found('<p>one<hr/>two</p>')).toEqual({ kind: 'in-paragraph', open: 'hr@6', paragraph: 'p@0' });
    // A table cell or a button starts a new scope: the paragraph outside it is not ended.
    expect(found('<p><button><div>x</div></button></p>')).toBeNull();
  });

  it('tag names in any case', () => {
    expect(findNestingProblem('<DIV><P>x</p></div>')).toBeNull();
    expect(found('<UL><LI>x</UL>')).toEqual({ kind: 'unclosed', open: 'li@4', before: 'ul@9' });
  });
});

describe('describeNesting', () => {
  const at = (problem: NestingProblem | null, primary: string) => {
    if (problem === null) throw new Error('no problem');
    return describeNesting(problem, (tag) => (tag.name === primary ? null : `${tag.start}`));
  };

  it('starts from the tag the message is placed at, and says where the other one is', () => {
    const problem = findNestingProblem('<ul><li>one</ul>');
    expect(at(problem, 'li')).toEqual({
      message: '<li> is not closed before </ul> (11)',
      hint: 'add </li> before </ul>, or remove the one of the two that should not be there; a browser would close the <li> there on its own, and the page would not be laid out as written',
    });
    expect(at(problem, 'ul').message).toBe('</ul> ends its element while <li> (4) is still open inside it');
    expect(at(findNestingProblem('<p>Intro <ul></ul></p>'), 'ul').message).toBe(
      '<ul> cannot be inside the <p> opened at 0: a browser ends the paragraph before it',
    );
    expect(at(findNestingProblem('<p>Intro <ul></ul></p>'), 'p').message).toBe(
      '<p> holds a <ul> (9), which a browser does not let a paragraph hold: it ends the paragraph before it',
    );
    expect(at(findNestingProblem('<div>'), 'div')).toEqual({ message: '<div> is never closed', hint: 'add </div> where the element ends' });
    expect(at(findNestingProblem('</div>'), 'div').message).toBe('</div> closes no open <div>');
    expect(at(findNestingProblem('</br>'), 'br').message).toBe('</br> closes nothing: <br> has no end tag');
    expect(at(findNestingProblem('<span/>'), 'span')).toEqual({
      message: '<span/> leaves the <span> open: in HTML only void elements such as <br/> close themselves',
      hint: 'write <span></span>',
    });
  });
});
