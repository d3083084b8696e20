import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render/index.js';
import { clean } from '../../../src/render/format.js';
import { xmlAttr, xmlText } from '../../../src/report/render/junit.js';
import { FIXTURES, HOSTILE, failingReport, hostileReport, noDataReport } from './fixtures.js';
import { findAll, parseXml, textOf, type XmlElement } from './xml.js';

const junit = (r: ReturnType<typeof failingReport>) => renderReport.junit(r, { color: false });

describe('the XML checker used below', () => {
  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    ['an unclosed element', '<a><b/>'],
  ])('rejects %s', (_, doc) => {
    expect(() => parseXml(doc)).toThrow(/not well-formed/);
  });

  it('decodes what it accepts', () => {
    const el = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; &quot;2&quot;&#10;"><b>&lt;&#x41;&gt;</b></a>\n');
    expect(el.attrs['x']).toBe('1 & "2"\n');
    expect(textOf(el)).toBe('<A>');
  });
});

describe('junit', () => {
  it.each(Object.keys(FIXTURES))('is well-formed XML for the %s report', (name) => {
    const xml = junit(FIXTURES[name as keyof typeof FIXTURES]());
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });

  it('has one suite per section and one case per SLA or commitment, with counts that add up', () => {
    const root = parseXml(junit(failingReport()));
    expect(root.name).toBe('testsuites');
    const suites = findAll(root, 'testsuite');
    expect(suites.map((s) => s.attrs['name'])).toEqual(['SLAs', 'Commitments']);
    const [slas, commitments] = suites as [XmlElement, XmlElement];
    expect(findAll(slas, 'testcase').map((c) => c.attrs['name'])).toEqual(['first-touch', 'accept-or-reject', 'recycle-to-nurture']);
    expect(findAll(commitments, 'testcase').map((c) => c.attrs['name'])).toEqual(['mql-volume', 'mql-to-sql', 'pipeline']);
    expect(slas.attrs).toMatchObject({ tests: '3', failures: '1', skipped: '1', errors: '0' });
    expect(commitments.attrs).toMatchObject({ tests: '3', failures: '1', skipped: '0', errors: '0' });
    expect(root.attrs).toMatchObject({ tests: '6', failures: '2', skipped: '1', errors: '0' });
  });

  it('puts the numbers in the failure and skips cases without data', () => {
    const root = parseXml(junit(failingReport()));
    const cases = findAll(root, 'testcase');
    const firstTouch = cases.find((c) => c.attrs['name'] === 'first-touch') as XmlElement;
    const [failure] = findAll(firstTouch, 'failure');
    expect(failure?.attrs['message']).toBe('first-touch: attainment 81.9% below target 95%');
    expect(textOf(failure as XmlElement)).toBe(
      [
        'first-touch: attainment 81.9% below target 95%',
        '1,412 met, 310 breached, 18 pending, 41 excluded',
        'stopped leads: median 39m, p90 3h 32m',
        '25 open at as-of: median age 45m, oldest 45h 10m',
        'goal 1 business hour',
      ].join('\n'),
    );
    const volume = cases.find((c) => c.attrs['name'] === 'mql-volume') as XmlElement;
    expect(findAll(volume, 'failure')[0]?.attrs['message']).toBe('mql-volume: 1,763 leads below goal 2,000');
    const recycle = cases.find((c) => c.attrs['name'] === 'recycle-to-nurture') as XmlElement;
    expect(findAll(recycle, 'skipped')[0]?.attrs['message']).toBe('recycle-to-nurture: no met or breached leads to measure');
    const passing = cases.filter((c) => c.children.length === 0).map((c) => c.attrs['name']);
    expect(passing).toEqual(['accept-or-reject', 'mql-to-sql', 'pipeline']);
  });

  it('records the period and the as-of instant as properties', () => {
    const root = parseXml(junit(noDataReport()));
    const props = Object.fromEntries(
      findAll(findAll(root, 'testsuite')[0] as XmlElement, 'property').map((p): [string, string] => [p.attrs['name'] ?? '', p.attrs['value'] ?? '']),
    );
    expect(props).toMatchObject({ contract: 'b2b-saas@1.4.0', period: '2027-01', asOf: '2027-01-02T12:00:00+01:00', 'input.rows': '0' });
    expect(findAll(root, 'skipped')).toHaveLength(2);
  });

  it('round-trips hostile strings: a consumer reads back exactly the cleaned text', () => {
    const report = hostileReport();
    const root = parseXml(junit(report));
    const names = findAll(root, 'testcase').map((c) => c.attrs['name']);
    expect(names).toContain(clean(report.slas[0]!.id));
    expect(names).toContain(HOSTILE.everyone);
    expect(names).toContain(HOSTILE.markdown);
    const hash = findAll(root, 'property').find((p) => p.attrs['name'] === 'contract.hash');
    expect(hash?.attrs['value']).toBe(HOSTILE.script);
  });

  it('escapes text and attributes, and drops characters XML cannot hold', () => {
    expect(xmlText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    expect(xmlAttr(`"x" 'y'\n\t<z>`)).toBe('&quot;x&quot; &apos;y&apos;&#10;&#9;&lt;z&gt;');
    expect(xmlText('a\u0000b\u001bc\uD800d\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    for (const s of Object.values(HOSTILE)) {
      const el = parseXml(`<a v="${xmlAttr(s)}">${xmlText(s)}</a>`);
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
      const expected = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/g, '\uFFFD');
      expect(el.attrs['v']).toBe(expected);
      // In text, XML parsers normalize line ends; attributes keep them as references.
      expect(textOf(el)).toBe(expected.replace(/\r\n?/g, '\n'));
    }
  });
});
