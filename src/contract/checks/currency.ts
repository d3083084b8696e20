import { pointerOf, type Finding } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

let codes: string[] | undefined;

/**
 * The currency must be one ISO 4217 lists (as the ICU data this Node.js ships knows them):
 * the schema only asks for three capitals, and "EUE" was taken, every amount then shown as
 * "EUE 240,000" without a word.
 */
export const currency: Check = {
  id: 'currency',
  run(c: RevpactContract) {
    const code = c.metadata.currency;
    if (code === undefined || !/^[A-Z]{3}$/.test(code)) return []; // the schema says what is wrong with its shape
    codes ??= Intl.supportedValuesOf('currency');
    if (codes.includes(code)) return [];
    const guess = didYouMean(code, codes);
    return [
      {
        code: 'unknown-currency',
        pointer: pointerOf(['metadata', 'currency']),
        message: `"${code}" is not an ISO 4217 currency code` + (guess ? `; did you mean "${guess}"?` : ''),
        suggest: guess ? undefined : 'write the three-letter code of the currency, e.g. EUR, USD or BRL',
      } satisfies Finding,
    ];
  },
};
