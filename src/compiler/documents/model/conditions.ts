import type { RuleCondition } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import type { Text } from '../../../render/text.js';

/**
 * A condition in words: "country is one of ES, PT and employees is at least 50". A
 * nested group of more than one condition is bracketed so "and" and "or" read unambiguously.
 */
export function conditionText(c: RuleCondition, text: Text, nested = false): Safe {
  const { t } = text;
  if ('all' in c || 'any' in c) {
    const items = ('all' in c ? c.all : c.any).map((x) => conditionText(x, text, true));
    const joined = 'all' in c ? text.and(items) : text.or(items);
    return nested && items.length > 1 ? t('cond.group', { condition: joined }) : joined;
  }
  if ('not' in c) return t('cond.not', { condition: conditionText(c.not, text, true) });
  const field = text.code(c.field);
  const value = (v: string | number | boolean): Safe =>
    typeof v === 'boolean' ? t(v ? 'cond.true' : 'cond.false') : typeof v === 'number' ? text.number(v) : text.data(v);
  switch (c.op) {
    case 'exists':
    case 'missing':
      return t(`cond.op.${c.op}`, { field });
    case 'in':
    case 'not-in':
      return t(`cond.op.${c.op}`, { field, values: text.join(c.value.map(value), 'list.separator') });
    default:
      return t(`cond.op.${c.op}`, { field, value: value(c.value) });
  }
}
