import { describe, expect, it } from 'vitest';
import { currency } from '../../../../src/contract/checks/currency.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, shaped, where } from '../../../helpers/contracts.js';

const withCurrency = (code: string) => shaped(MINIMAL_YAML.replace('status: draft', `status: draft\n  currency: ${code}`));

describe('check: currency', () => {
  it('stays quiet on the valid contracts and on ISO 4217 codes', () => {
    expectQuietOnValidContracts(currency);
    expect(currency.run(shaped(MINIMAL_YAML))).toEqual([]);
    for (const code of ['EUR', 'USD', 'BRL', 'GBP', 'JPY']) expect(currency.run(withCurrency(code)), code).toEqual([]);
  });

  // Before: "EUE" passed the schema's three capitals, and every amount was shown as "EUE 240,000".
  it('reports a code ISO 4217 does not list, with a "did you mean" when one is near', () => {
    const typo = currency.run(withCurrency('EUE'));
    expect(where(typo)).toEqual([['unknown-currency', '/metadata/currency']]);
    expect(typo[0]?.message).toMatch(/^"EUE" is not an ISO 4217 currency code; did you mean "[A-Z]{3}"\?$/);
    const far = currency.run(withCurrency('QQQ'));
    expect(
      far.map((f) => [f.message.startsWith('"QQQ" is not an ISO 4217 currency code'), f.suggest !== undefined || f.message.includes('did you mean')]),
    ).toEqual([[true, true]]);
  });

  it('leaves a code of another shape to the schema', () => {
    const c = shaped(MINIMAL_YAML);
    expect(currency.run({ ...c, metadata: { ...c.metadata, currency: 'eur' } })).toEqual([]);
  });
});
