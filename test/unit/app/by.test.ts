/**
 * `--by` by the name a user knows (app/by.ts): a lead field, an attribute or the export's
 * column label; refused when it cannot give a useful table.
 */
import { describe, expect, it } from 'vitest';
import { resolveBy } from '../../../src/app/by.js';
import { presetMapping } from '../../../src/leads/mapping/index.js';

describe('--by', () => {
  it('reads a column label as the field or attribute it fills, once, without owner and source', () => {
    expect(resolveBy(['Country/Region', 'country', 'owner', 'stage'], presetMapping('hubspot'))).toEqual([
      { asked: 'Country/Region', field: 'country' },
      { asked: 'stage', field: 'stage' },
    ]);
  });

  it('refuses a date field, whose table would list epoch milliseconds, pointing at --every', () => {
    for (const asked of ['createdAt', 'Create Date'])
      expect(() => resolveBy([asked], presetMapping('hubspot'))).toThrow(`--by ${asked}: a date is broken down by period, not by its values`);
    expect(() => resolveBy(['mqlAt'], undefined)).toThrow(expect.objectContaining({ hint: 'use --every week, month or quarter for figures period by period' }));
  });
});
