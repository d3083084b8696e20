/**
 * Issue 15, item 5: lead ids linked to their CRM record in HTML and Markdown, from the
 * contract's `metadata.crm` — the URL shapes of HubSpot and Salesforce, a URL pattern,
 * ids encoded so a hostile one cannot leave its place, no link for a masked id or a
 * file:row, nothing in the terminal — and the field checked with positions like the rest.
 */
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIO } from '../../../src/cli/io.js';
import { run } from '../../../src/cli/main.js';
import { renderReport } from '../../../src/report/render/index.js';
import { recordUrl } from '../../../src/report/render/links.js';
import { mdUrl } from '../../../src/report/render/markdown.js';
import { diagnose, MINIMAL_YAML } from '../../helpers/contracts.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { failingReport } from './fixtures.js';

const HUBSPOT = recordUrl({ hubspot: { portal: 2762526 } });
const SALESFORCE = recordUrl({ salesforce: { instance: 'https://acme.my.salesforce.com/' } });
const PATTERN = recordUrl({ url: 'https://crm.example.com/leads/{id}?tab=activity&back={id}' });
/** Everything an export could put in an id to break out of a URL, a Markdown link or an HTML attribute. */
const HOSTILE = 'x/../y?z=1#w "><script>alert(1)</script>) ](javascript:alert(1)) | @team #12 \\ `';

describe('record URLs', () => {
  it('HubSpot: the contact record page of the account', () => {
    expect(HUBSPOT?.('51234987001')).toBe('https://app.hubspot.com/contacts/2762526/record/0-1/51234987001');
  });

  it('Salesforce: the Lightning record page of the lead, whatever the trailing slash', () => {
    expect(SALESFORCE?.('00Q5g00000AbCdEFG')).toBe('https://acme.my.salesforce.com/lightning/r/Lead/00Q5g00000AbCdEFG/view');
  });

  it('a URL pattern: every {id} replaced', () => {
    expect(PATTERN?.('A-7')).toBe('https://crm.example.com/leads/A-7?tab=activity&back=A-7');
  });

  it('no contract field, no links', () => {
    expect(recordUrl(undefined)).toBeUndefined();
  });

  it('a hostile id is percent-encoded: it stays one path segment, with no way out of the URL', () => {
    const url = HUBSPOT?.(HOSTILE) ?? '';
    expect(url.startsWith('https://app.hubspot.com/contacts/2762526/record/0-1/')).toBe(true);
    const id = url.slice('https://app.hubspot.com/contacts/2762526/record/0-1/'.length);
    expect(id).not.toMatch(/[/?#"<> `|\\[\]]/);
    expect(decodeURIComponent(id)).toBe(HOSTILE);
  });

  it('an id masked by the privacy rule, or an empty one, has no record to open', () => {
    expect(HUBSPOT?.('[email hidden]')).toBeNull();
    expect(HUBSPOT?.('  ')).toBeNull();
  });

  it('as a Markdown destination, nothing can end the link, the cell or the row', () => {
    expect(mdUrl('https://x.example/a b(c)<d>|e\\f`g"h\'i[j]')).toBe('https://x.example/a%20b%28c%29%3Cd%3E%7Ce%5Cf%60g%22h%27i%5Bj%5D');
  });
});

describe('reports with metadata.crm', () => {
  const report = failingReport();
  const options = { color: false, recordUrl: HUBSPOT };

  it('Markdown links each lead id of the worst offenders, the follow-up list and the data-quality examples', () => {
    const md = renderReport.markdown(report, options);
    for (const id of ['51234987001', '51234979930', '51234977090'])
      expect(md, id).toContain(`[${id}](https://app.hubspot.com/contacts/2762526/record/0-1/${id})`);
    // Rejected rows are file:row, not leads: no link.
    expect(md).not.toContain('](https://app.hubspot.com/contacts/2762526/record/0-1/exports');
  });

  it('HTML links them too, and nothing else changes', async () => {
    const html = await renderReport.html(report, options);
    expect(html).toContain('<a href="https://app.hubspot.com/contacts/2762526/record/0-1/51234987001">51234987001</a>');
    // Vega numbers its chart clip paths from a counter that runs on between renders.
    const same = (page: string) => page.replace(/-clip\d+/g, '-clip');
    expect(same(html.replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1'))).toBe(same(await renderReport.html(report, { color: false })));
  });

  it('the terminal shows ids as they are, with no URL', () => {
    expect(renderReport.text(report, options)).toBe(renderReport.text(report, { color: false }));
  });

  it('a hostile id becomes one link with its text escaped and its URL encoded, in Markdown and HTML', async () => {
    const hostile = failingReport();
    hostile.slas[0]!.worst[0]!.leadId = HOSTILE;
    const md = renderReport.markdown(hostile, options);
    const line = md.split('\n').find((l) => l.includes('record/0-1/x%2F')) ?? '';
    expect(line).not.toBe('');
    // One link, its destination free of anything that ends it; no raw script or javascript: link.
    const destination = /\]\((https:\/\/app\.hubspot\.com\/contacts\/2762526\/record\/0-1\/[^)\s]*)\)/.exec(line)?.[1] ?? '';
    expect(decodeURIComponent(destination.slice(destination.lastIndexOf('/') + 1))).toBe(HOSTILE);
    // Its text's own "](" is escaped, so it opens no second link.
    expect(line).not.toMatch(/<script>|(?<!\\)\]\(javascript:/);
    expect(line).toContain('\\](javascript:');
    // The row keeps its columns: the id's pipe is escaped in the text and encoded in the URL.
    expect(line.split(/(?<!\\)\|/).length).toBe(
      md
        .split('\n')
        .find((l) => l.startsWith('| SLA | Lead |'))
        ?.split('|').length,
    );

    const html = await renderReport.html(hostile, options);
    expect(html).not.toContain('<script>alert');
    const anchors = [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1] ?? '');
    expect(anchors.length).toBeGreaterThan(0);
    for (const href of anchors) expect(href.startsWith('https://app.hubspot.com/contacts/2762526/record/0-1/')).toBe(true);
  });

  it('a masked e-mail address (no --show-pii) is not linked', () => {
    const withEmail = failingReport();
    withEmail.slas[0]!.worst[0]!.leadId = 'maria@example.com';
    const md = renderReport.markdown(withEmail, { ...options, showPii: false });
    expect(md).toContain('| first-touch | \\[email hidden\\] |');
    expect(md).not.toMatch(/hidden\\\]\]\(|record\/0-1\/%5Bemail|maria/);
  });
});

describe('metadata.crm in a contract', () => {
  const withCrm = (crm: string) => MINIMAL_YAML.replace(/^metadata:\n/m, `metadata:\n  crm: ${crm}\n`);

  it.each([
    '{ hubspot: { portal: 2762526 } }',
    '{ hubspot: { portal: "2762526" } }',
    '{ salesforce: { instance: https://acme.my.salesforce.com } }',
    '{ url: "https://crm.example.com/leads/{id}" }',
  ])('accepts %s', (crm) => {
    expect(diagnose(withCrm(crm))).toEqual([]);
  });

  // "  crm: " is 7 characters: the value starts at column 8 of line 5 (the fixture's comment is two lines).
  it.each([
    ['{ url: "http://crm.example.com/{id}" }', '5:15', /https URL with \{id\}/],
    ['{ url: "https://crm.example.com/leads" }', '5:15', /https URL with \{id\}/],
    ['{ url: "https://{id}.example.com/" }', '5:15', /in its path or query/],
    ['{ hubspot: { portal: abc } }', '5:29', /HubSpot account id, digits only/],
    ['{ salesforce: { instance: "https://acme.my.salesforce.com/lightning" } }', '5:34', /without a path/],
    ['{ salesforce: { instance: "javascript:alert(1)" } }', '5:34', /https address/],
    ['{ hubspot: { portal: 1 }, url: "https://x.example/{id}" }', '5:8', /one CRM only/],
    ['{}', '5:8', /name the CRM/],
  ])('refuses %s at %s, saying how to fix it', (crm, at, message) => {
    const found = diagnose(withCrm(crm));
    expect(found).toHaveLength(1);
    expect(`${found[0]?.line}:${found[0]?.column}`).toBe(at);
    expect(found[0]?.message).toMatch(message);
  });
});

describe('revpact check on a contract with metadata.crm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'revpact-crm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[]): Promise<string> {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: REPO_ROOT, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
    expect(await run(argv, io), stderr).toBe(0);
    return stdout;
  }

  it('links the golden case’s lead ids in Markdown and HTML; JSON is unchanged', async () => {
    const golden = join(REPO_ROOT, 'test', 'golden', 'first-touch-madrid');
    const contract = join(dir, 'contract.yaml');
    writeFileSync(
      contract,
      readFileSync(join(golden, 'contract.yaml'), 'utf8').replace(
        /^metadata:\n/m,
        'metadata:\n  crm: { salesforce: { instance: https://acme.my.salesforce.com } }\n',
      ),
    );
    const args = ['check', contract, '--leads', join(golden, 'leads.csv'), '--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
    const md = await cli([...args, '--format', 'markdown', '--locale', 'es']);
    expect(md).toContain('| first-touch | [L10](https://acme.my.salesforce.com/lightning/r/Lead/L10/view) |');
    const html = await cli([...args, '--format', 'html']);
    expect(html).toContain('<a href="https://acme.my.salesforce.com/lightning/r/Lead/L10/view">L10</a>');
    const plain = await cli(['check', join(golden, 'contract.yaml'), ...args.slice(2), '--format', 'json']);
    const linked = await cli([...args, '--format', 'json']);
    // The same report but for the contract's content hash and file name.
    const strip = (s: string) => s.replace(/"hash": "[^"]*"/, '').replace(/"contract": "[^"]*"/, '');
    expect(strip(linked)).toBe(strip(plain));
  });

  it('due --format markdown links each lead id of the list; the text list has none', async () => {
    const contract = join(dir, 'b2b-saas.yaml');
    writeFileSync(
      contract,
      readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), 'utf8').replace(
        /^metadata:\n/m,
        'metadata:\n  crm: { url: "https://crm.example.com/lead/{id}?from=revpact" }\n',
      ),
    );
    const x = join('test', 'fixtures', 'exports');
    const args = [
      'due',
      contract,
      '--leads',
      join(x, 'acme-leads.csv'),
      '--leads',
      join(x, 'acme-deals.csv'),
      '--mapping',
      join(x, 'acme.mapping.yaml'),
      '--within',
      '5bd',
    ];
    args.push('--as-of', '2026-10-10T12:00:00Z', '--quiet');
    const md = await cli([...args, '--format', 'markdown', '--locale', 'ca']);
    expect(md).toContain('| [A-002](https://crm.example.com/lead/A-002?from=revpact) | first-touch | Bruno Costa |');
    // The rows the export could not give as leads are counted under the head, never silently left out.
    expect(
      md.startsWith(
        '3 leads vencen en 5bd, a data de 10 d’oct. 2026, 14:00 (UTC+02:00)\n\n' +
          '*No són en aquesta llista: 6 files rebutjades, per exemple: falta la clau ("Lead" és buida) (test/fixtures/exports/acme-deals.csv:7); revpact check les llista totes.*\n\n' +
          '| Lead | Regla | Responsable | Venciment | Queda |',
      ),
    ).toBe(true);
    expect(await cli(args)).not.toContain('https://');
  });

  it('notify links each lead of its messages to the record too', async () => {
    const contract = join(dir, 'notify.yaml');
    writeFileSync(
      contract,
      readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), 'utf8').replace(/^metadata:\n/m, 'metadata:\n  crm: { hubspot: { portal: 99 } }\n') +
        'people:\n  fallback: { email: ops@example.com, name: Ops }\n',
    );
    const x = join('test', 'fixtures', 'exports');
    const out = await cli([
      'notify',
      contract,
      ...['--leads', join(x, 'acme-leads.csv'), '--leads', join(x, 'acme-deals.csv'), '--mapping', join(x, 'acme.mapping.yaml')],
      ...['--within', '5bd', '--as-of', '2026-10-10T12:00:00Z', '--to', 'email', '--dry-run', '--state', join(dir, 'state.json'), '--quiet'],
    ]);
    expect(out).toContain('- A-002 · first-touch · ');
    expect(out).toContain('<https://app.hubspot.com/contacts/99/record/0-1/A-002>');
  });
});
