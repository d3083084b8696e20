import { describe, expect, it } from 'vitest';
import { failure } from '../../../src/action/run.js';
import type { Outcome } from '../../../src/action/outcome.js';

const outcome = (o: Partial<Outcome>): Outcome => ({ valid: true, approved: false, compliance: '', commentId: null, reportPath: '', ...o });

describe('whether the step fails (fail-on)', () => {
  it('error: only on an invalid contract or card, never for a pending approval', () => {
    expect(failure(outcome({ valid: false }), 'error')).toMatch(/has errors/);
    expect(failure(outcome({ compliance: 'fail' }), 'error')).toBeUndefined();
    expect(failure(outcome({ approved: false }), 'error')).toBeUndefined();
  });

  it('breach: also when the contract is breached on the export', () => {
    expect(failure(outcome({ compliance: 'fail' }), 'breach')).toMatch(/breached/);
    expect(failure(outcome({ compliance: 'no-data' }), 'breach')).toBeUndefined();
    expect(failure(outcome({ compliance: 'pass' }), 'breach')).toBeUndefined();
  });

  it('never: not even for an invalid contract', () => {
    expect(failure(outcome({ valid: false, compliance: 'fail' }), 'never')).toBeUndefined();
  });
});
