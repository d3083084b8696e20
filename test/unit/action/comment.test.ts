import { describe, expect, it } from 'vitest';
import { fitBody } from '../../../src/action/comment.js';
import { frameLocale, frameText } from '../../../src/action/messages.js';
import { readInputs, type ActionInputs } from '../../../src/action/inputs.js';
import { whenFor, whenWarning } from '../../../src/action/lead-data.js';
import { pathMatcher, splitGlobs } from '../../../src/action/repo-files.js';
import { summaryFit } from '../../../src/action/summary.js';

describe('fitting a report into a comment', () => {
  it('leaves a body that fits alone', () => {
    expect(fitBody('short\n', 100, 'there')).toBe('short\n');
  });

  it('cuts at a line, closes open <details>, and says where the rest is', () => {
    const body = ['head', '<details><summary>x</summary>', ...Array.from({ length: 200 }, (_, i) => `| row ${i} |`), '</details>'].join('\n');
    const fitted = fitBody(body, 1000, 'the [job summary](https://example.test/run)');
    expect(fitted.length).toBeLessThanOrEqual(1000);
    expect(fitted).toContain('This report is cut here');
    expect(fitted).toContain('[job summary](https://example.test/run)');
    expect(fitted.match(/<details>/g)?.length).toBe(fitted.match(/<\/details>/g)?.length);
    // No row is cut in half.
    expect(
      fitted
        .split('\n')
        .filter((l) => l.startsWith('| row'))
        .every((l) => /^\| row \d+ \|$/.test(l)),
    ).toBe(true);
  });

  it('says where it is cut in the frame’s language, with the limit in its digits', () => {
    const es = frameText('es');
    const body = Array.from({ length: 9000 }, (_, i) => `| fila ${i} |`).join('\n');
    const fitted = fitBody(body, 65_536, es.cut.jobSummary('https://example.test/run'), es);
    expect(fitted.length).toBeLessThanOrEqual(65_536);
    expect(fitted).toContain(`**${es.cut.lead}**: `);
    expect(fitted).toContain('(65.536 caracteres)');
    expect(fitted).toContain('[resumen del trabajo](https://example.test/run)');
    expect(fitted).not.toContain('This report is cut here');
    const summary = summaryFit(body, 20_000, frameText('pt'));
    expect(summary).toContain(frameText('pt').cut.reportPath);
  });

  // Before: a cut inside a ```mermaid chart left the fence open, so the notice and the closing
  // </details> were read as the chart's code: GitHub showed a chart error instead of the notice.
  it('closes a code fence the cut falls in, before the <details> and the notice', () => {
    const chart = ['```mermaid', 'xychart-beta', ...Array.from({ length: 200 }, (_, i) => `  bar [${i}, ${i + 1}]`), '```'];
    const body = ['head', '<details><summary>x</summary>', '', ...chart, '', '</details>', 'after'].join('\n');
    const fitted = fitBody(body, 1500, 'there');
    expect(fitted.length).toBeLessThanOrEqual(1500);
    const fences = fitted.split('\n').filter((l) => l.startsWith('```')).length;
    expect(fences % 2).toBe(0);
    const notice = fitted.indexOf('This report is cut here');
    expect(fitted.lastIndexOf('```')).toBeLessThan(fitted.lastIndexOf('</details>'));
    expect(fitted.lastIndexOf('</details>')).toBeLessThan(notice);
  });

  it('fits the job summary into its byte limit, multi-byte text included', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `línea ${i} — ✅ ok`).join('\n');
    const fitted = summaryFit(big, 20_000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(20_000);
    expect(fitted).toContain('report-path');
  });
});

describe('inputs', () => {
  const env = (inputs: Record<string, string>) =>
    Object.fromEntries(Object.entries({ 'github-token': 't', ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

  it('takes defaults for what is not set', () => {
    const r = readInputs(env({}));
    expect(r).toEqual({
      ok: true,
      value: {
        token: 't',
        contracts: 'contracts/**/*.{yaml,yml}',
        leads: '',
        leadsFrom: 'file',
        mapping: '',
        period: '',
        asOf: '',
        failOn: 'error',
        commentMode: 'update',
        requireApproval: true,
        dryRun: false,
      },
    });
  });

  it('reports every bad input at once', () => {
    const r = readInputs({ ...env({ 'fail-on': 'maybe', 'dry-run': 'yes', 'comment-mode': 'edit' }), 'INPUT_GITHUB-TOKEN': '' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toHaveLength(4);
  });

  it('refuses a contracts glob that can match no file of the repository (every pull request was "no contract changed", approved)', () => {
    const problems = (contracts: string) => {
      const r = readInputs(env({ contracts }));
      return r.ok ? [] : r.error;
    };
    // ${{ github.workspace }}/contracts/*.yaml, as a run step would write it.
    expect(problems('/home/runner/work/acme/acme/contracts/*.yaml')).toEqual([
      'input contracts: "/home/runner/work/acme/acme/contracts/*.yaml" is an absolute path; the glob is matched against paths from the repository root (e.g. contracts/**/*.{yaml,yml})',
    ]);
    expect(problems('../contracts/*.yaml')[0]).toContain('reaches outside the repository');
    expect(problems('contracts')).toEqual([
      'input contracts: "contracts" is a folder, and the glob is matched against files; write contracts/**/*.{yaml,yml} for the contracts in it',
    ]);
    expect(problems('contracts/')[0]).toContain('write contracts/**/*.{yaml,yml}');
    expect(problems(' , ')[0]).toContain('holds no glob');
    expect(problems('!contracts/drafts/**')).toEqual([
      'input contracts: "!contracts/drafts/**" only excludes (!), so it matches no file; give the contracts\' glob before what it leaves out (e.g. contracts/**/*.{yaml,yml}, !contracts/drafts/**)',
    ]);
    for (const fine of ['contracts/**/*.{yaml,yml}', 'agreement.yaml', 'contracts/*', 'sla/**', 'a/*.yaml\n!a/draft.yaml'])
      expect(problems(fine), fine).toEqual([]);
  });

  it('checks period and as-of as written, in its own words, with the other inputs (a typo failed only once leads were read, and never without leads)', () => {
    const problems = (inputs: Record<string, string>) => {
      const r = readInputs(env(inputs));
      return r.ok ? [] : r.error;
    };
    expect(problems({ 'as-of': 'yesterday', period: '2026-13' })).toEqual([
      'input as-of: "yesterday" is not an ISO 8601 instant (e.g. as-of: 2026-11-02T09:00:00+01:00 (without an offset, the contract’s zone applies))',
      'input period: "2026-13" has no month 13: a period is one of 2026-10 (month), 2026-Q3 (quarter), 2026-H1 (half-year), 2026-W41 (ISO week) or 2026 (year)',
    ]);
    expect(problems({ period: '1900-01' })).toEqual([
      'input period: the period 1900-01 starts in the year 1900: revpact measures from 1970 to 2099, and a year that far off is surely a typo (e.g. period: 2026-10)',
    ]);
    expect(problems({ 'as-of': '2026-10-01T00:00:00+99:00' })[0]).toMatch(/^input as-of: "2026-10-01T00:00:00\+99:00" has no such UTC offset/);
    for (const fine of [{ period: '2026-Q3' }, { 'as-of': '2026-11-02T09:00:00+01:00' }, { 'as-of': '2026-11-02', period: '2026-10' }] as Record<
      string,
      string
    >[])
      expect(problems(fine)).toEqual([]);
    // What depends on the contract's zone is said when the contract is read, in the same words.
    expect(() =>
      whenFor({ ...(readInputs(env({})) as { value: ActionInputs }).value, period: '2026-12', asOf: '2026-11-01T00:00:00Z' }, 'Europe/Madrid', 0, 'now'),
    ).toThrow('the period 2026-12 starts 2026-12-01T00:00:00+01:00, after the input as-of (2026-11-01T01:00:00+01:00): nothing in it has happened yet');
  });

  // Before: input as-of 02:30 on the night the clocks go back was read as its second instant without a word.
  it('says an input as-of the contract’s zone lives twice, in the input’s words, once a run', () => {
    const said: string[] = [];
    const warn = whenWarning({ warning: (m) => said.push(m) });
    const inputs = { ...(readInputs(env({})) as { value: ActionInputs }).value, period: '2026-09', asOf: '2026-10-25T02:30' };
    for (let side = 0; side < 2; side++) expect(whenFor(inputs, 'Europe/Madrid', 0, 'period-end', warn).asOfMs).toBe(Date.parse('2026-10-25T01:30:00Z'));
    expect(said).toEqual([
      'revpact: input as-of: 2026-10-25T02:30 happens twice in Europe/Madrid, where the clocks go back: at 2026-10-25T02:30:00+02:00 and again at 2026-10-25T02:30:00+01:00; revpact reads the second (to choose, write the offset: as-of: 2026-10-25T02:30+02:00 for the first, as-of: 2026-10-25T02:30+01:00 for the second)',
    ]);
  });

  it('reads booleans the way the runner writes them', () => {
    const r = readInputs(env({ 'dry-run': 'True', 'require-approval': 'FALSE' }));
    expect(r.ok && r.value.dryRun && !r.value.requireApproval).toBe(true);
  });
});

describe('globs', () => {
  it('splits on commas outside braces and on new lines', () => {
    expect(splitGlobs('contracts/**/*.{yaml,yml}, ./other/*.yaml\nthird.yaml')).toEqual(['contracts/**/*.{yaml,yml}', 'other/*.yaml', 'third.yaml']);
  });

  it('matches repository paths', () => {
    const m = pathMatcher('contracts/**/*.{yaml,yml}');
    expect(m('contracts/b2b-saas.yaml')).toBe(true);
    expect(m('contracts/eu/x.yml')).toBe(true);
    expect(m('docs/contracts/x.yaml')).toBe(false);
  });

  // Before: picomatch's list matched what any glob did, and !contracts/drafts/** every file outside the drafts.
  it('leaves out what a !glob names, and only that', () => {
    const m = pathMatcher('contracts/**/*.yaml\n!contracts/drafts/**, !./contracts/old.yaml');
    expect(m('contracts/b2b-saas.yaml')).toBe(true);
    expect(m('contracts/drafts/next.yaml')).toBe(false);
    expect(m('contracts/old.yaml')).toBe(false);
    expect(m('README.md')).toBe(false);
    expect(m('package.json')).toBe(false);
  });
});

describe('the language of the Action’s frame', () => {
  it('is the one all the contracts share, else English; a contract whose language is unknown does not vote', () => {
    expect(frameLocale(['es', 'es'])).toBe('es');
    expect(frameLocale(['es', undefined])).toBe('es');
    expect(frameLocale(['es', 'pt'])).toBe('en');
    expect(frameLocale(['ca', 'en'])).toBe('en');
    expect(frameLocale([undefined])).toBe('en');
    expect(frameLocale([])).toBe('en');
  });
});
