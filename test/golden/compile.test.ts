/**
 * Golden outputs of `compile`: every example contract, every locale, every format. The
 * files under test/golden/compile/ are reviewed like code; a change to a template, a
 * locale or the compiler shows up here as a diff. Update with `vitest -u` only when the
 * change is intended.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../src/contract/index.js';
import { renderAgreement } from '../../src/compiler/documents.js';
import { normalize } from '../../src/compiler/normalize.js';
import { emitRules } from '../../src/compiler/rules.js';
import { loadTemplates } from '../../src/render/templates.js';
import { REPO_ROOT } from '../helpers/paths.js';

const LOCALES = ['en', 'es', 'pt', 'ca'] as const;
// The compiler's own version is scrubbed so releasing revpact does not rewrite goldens.
const COMPILER_VERSION = '0.0.0-golden';
const contracts = readdirSync(join(REPO_ROOT, 'contracts')).filter((f) => f.endsWith('.yaml'));
const templates = loadTemplates();

describe.each(contracts)('compile %s', (file) => {
  const result = checkContract(`contracts/${file}`, readFileSync(join(REPO_ROOT, 'contracts', file)));
  if (!result.ok) throw new Error(`contracts/${file} is invalid`);
  const rules = normalize(result.value.contract, { compilerVersion: COMPILER_VERSION });
  const name = rules.contract.name;

  it('rules', async () => {
    await expect(emitRules(rules)).toMatchFileSnapshot(`compile/${name}/rules.json`);
  });

  it.each(LOCALES)('documents in %s', async (locale) => {
    await expect(renderAgreement(rules, templates, { format: 'md', locale })).toMatchFileSnapshot(`compile/${name}/${locale}.md`);
    await expect(await renderAgreement(rules, templates, { format: 'html', locale })).toMatchFileSnapshot(`compile/${name}/${locale}.html`);
  });
});

describe('the worked example (contracts/worked-example.yaml)', () => {
  const result = checkContract('contracts/worked-example.yaml', readFileSync(join(REPO_ROOT, 'contracts', 'worked-example.yaml')));
  if (!result.ok) throw new Error('worked example is invalid');
  const rules = normalize(result.value.contract, { compilerVersion: COMPILER_VERSION });

  it('derives 15 deals and 120 qualified leads', () => {
    expect(rules.targets?.deals).toBe(15);
    expect(Object.values(rules.targets?.needed ?? {})).toContain(120);
  });

  it('shows the steps in its own language (es) and in English', () => {
    const es = renderAgreement(rules, templates, { format: 'md', locale: 'es' });
    expect(es).toMatch(/100\.000 ÷ 6\.?667 ≈ \*\*15 ventas\*\*/);
    expect(es).toContain('15 × 8 = **120 leads cualificados**');
    const en = renderAgreement(rules, templates, { format: 'md', locale: 'en' });
    expect(en).toContain('100,000 ÷ 6,667 ≈ **15 deals**');
    expect(en).toMatch(/15 × 8 = \*\*120 [a-z -]*leads\*\*/);
  });
});
