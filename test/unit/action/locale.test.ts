/**
 * Issue 15, items 4 and 5 in the Action: the monthly report is written in each contract's
 * metadata.locale, with its lead ids linked to the CRM record when the contract has
 * metadata.crm — the same report `revpact check --format markdown` gives. In process,
 * against the fake GitHub API on 127.0.0.1 (test/helpers/fake-github.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGitHub } from '../../../src/action/github.js';
import type { ActionInputs } from '../../../src/action/inputs.js';
import type { ActionIO } from '../../../src/action/io.js';
import { monthlyReport } from '../../../src/action/monthly.js';
import { FakeGitHub, scheduledRun } from '../../helpers/fake-github.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const TOKEN = 'ghs_fakeTokenForTheLocaleTest0123456789';
const dirs: string[] = [];
const servers: FakeGitHub[] = [];
afterAll(async () => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  await Promise.all(servers.map((s) => s.stop()));
});

async function monthly(metadataLines: string): Promise<{ summary: string; issue: string }> {
  const gh = new FakeGitHub({ token: TOKEN });
  servers.push(gh);
  const url = await gh.start();
  const ws = mkdtempSync(join(tmpdir(), 'revpact-action-locale-'));
  dirs.push(ws);
  mkdirSync(join(ws, 'contracts'));
  mkdirSync(join(ws, 'data'));
  const golden = join(REPO_ROOT, 'test', 'golden', 'first-touch-madrid');
  writeFileSync(
    join(ws, 'contracts', 'golden.yaml'),
    readFileSync(join(golden, 'contract.yaml'), 'utf8').replace(/^metadata:\n/m, `metadata:\n${metadataLines}`),
  );
  copyFileSync(join(golden, 'leads.csv'), join(ws, 'data', 'leads.csv'));
  const inputs: ActionInputs = {
    token: TOKEN,
    contracts: 'contracts/*.yaml',
    leads: 'data/leads.csv',
    leadsFrom: 'file',
    mapping: '',
    period: '2026-10',
    asOf: '2026-11-03T09:00:00+01:00',
    failOn: 'never',
    commentMode: 'update',
    requireApproval: false,
    dryRun: false,
  };
  let summary = '';
  const io: ActionIO = {
    info: () => undefined,
    warning: () => undefined,
    command: () => undefined,
    setOutput: () => undefined,
    summary: (md) => {
      summary += md;
      return Promise.resolve();
    },
    writeFile: () => undefined,
  };
  const github = createGitHub({ token: TOKEN, baseUrl: url, log: { info: () => undefined, warn: () => undefined }, userAgent: 'revpact-test' });
  const ctx = scheduledRun(url, ws);
  await monthlyReport(ctx, inputs, { github, io, now: () => Date.parse('2026-11-03T08:00:00Z'), env: {} });
  return { summary, issue: String(gh.state.issues[0]?.body ?? '') };
}

describe('the Action’s monthly report', () => {
  it('speaks the contract’s locale and links lead ids to the CRM record', async () => {
    const { summary, issue } = await monthly('  locale: es\n  crm: { hubspot: { portal: 2762526 } }\n');
    for (const text of [summary, issue]) {
      expect(text).toContain('**Informe de cumplimiento: golden-first-touch@');
      expect(text).toContain('**NO CUMPLE**: objetivo no alcanzado: 1 de 1 SLA');
      expect(text).toContain('[L10](https://app.hubspot.com/contacts/2762526/record/0-1/L10)');
    }
  });

  it('stays English, without links, for a contract that says neither', async () => {
    const { summary } = await monthly('');
    expect(summary).toContain('**Compliance report: golden-first-touch@');
    expect(summary).not.toContain('https://app.hubspot.com');
  });
});
