/**
 * `--format junit`: JUnit XML for CI test dashboards. One testsuite per section (SLAs,
 * commitments), one testcase per SLA or commitment; `<failure>` with the numbers when it
 * fails, `<skipped>` when there was nothing to measure. The shape is the one Jenkins,
 * GitLab and the common JUnit report actions read (testsuites > testsuite > testcase).
 */
import type { CommitmentResult, ComplianceReport, SlaResult, Status } from '../../engine/types.js';
import { clean, createFormatter, type Formatter } from '../../render/format.js';
import { commitmentFinding, slaFinding } from './findings.js';
import type { ReportText } from './messages.js';

// XML 1.0 `Char` production: anything else cannot appear in a document, even escaped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Character data: invalid characters replaced, markup characters as entities. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; whitespace as character references so parsers keep it. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

interface Case {
  name: string;
  status: Status;
  /** One line: what failed, or why it was skipped. */
  message: string;
  /** The numbers behind it, one per line. */
  details: string[];
}

export function renderJunit(report: ComplianceReport, text: ReportText): string {
  const f = createFormatter(text, report.contract.currency);
  const subject = `${clean(report.contract.name)}@${clean(report.contract.version)}`;
  const className = (suite: string) => `revpact.${clean(report.contract.name)}.${suite}`;
  const suites = [
    { name: text.junit.slas, className: className('slas'), cases: report.slas.map((s) => slaCase(s, text, f)) },
    { name: text.junit.commitments, className: className('commitments'), cases: report.commitments.map((c) => commitmentCase(c, text, f)) },
  ];
  const count = (cases: Case[], status: Status) => cases.filter((c) => c.status === status).length;
  const all = suites.flatMap((s) => s.cases);
  const properties = [
    ['contract', subject],
    ['contract.hash', clean(report.contract.hash)],
    ['period', clean(report.period.label)],
    ['period.from', clean(report.period.from)],
    ['period.to', clean(report.period.to)],
    ['asOf', clean(report.period.asOf)],
    ['input.rows', String(report.input.rows)],
    ['input.evaluated', String(report.input.evaluated)],
    ['input.rejected', String(report.input.rejected)],
  ];

  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${xmlAttr(`revpact ${subject} ${clean(report.period.label)}`)}" tests="${all.length}" failures="${count(all, 'fail')}" errors="0" skipped="${count(all, 'no-data')}" time="0">`,
  );
  for (const suite of suites) {
    out.push(
      `  <testsuite name="${xmlAttr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'fail')}" errors="0" skipped="${count(suite.cases, 'no-data')}" time="0">`,
    );
    out.push('    <properties>');
    for (const [name, value] of properties) out.push(`      <property name="${xmlAttr(name as string)}" value="${xmlAttr(value as string)}"/>`);
    out.push('    </properties>');
    for (const c of suite.cases) {
      const open = `    <testcase classname="${xmlAttr(suite.className)}" name="${xmlAttr(c.name)}" time="0"`;
      if (c.status === 'pass') out.push(`${open}/>`);
      else if (c.status === 'no-data') out.push(`${open}>`, `      <skipped message="${xmlAttr(c.message)}"/>`, '    </testcase>');
      else
        out.push(
          `${open}>`,
          `      <failure message="${xmlAttr(c.message)}" type="${xmlAttr(text.junit.failureType)}">${xmlText([c.message, ...c.details].join('\n'))}</failure>`,
          '    </testcase>',
        );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function slaCase(s: SlaResult, text: ReportText, f: Formatter): Case {
  return { name: clean(s.id), status: s.status, ...slaFinding(s, text, f) };
}

function commitmentCase(c: CommitmentResult, text: ReportText, f: Formatter): Case {
  return { name: clean(c.id), status: c.status, ...commitmentFinding(c, text, f) };
}
