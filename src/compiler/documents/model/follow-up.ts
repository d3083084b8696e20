import type { Safe } from '../../../render/safe.js';
import type { ModelContext } from './context.js';

/** How sales follows up a lead before giving up on it, one point per rule. */
export function followUpModel({ rules, text, optional }: ModelContext) {
  const f = rules.followUp;
  if (!f) return null;
  const { t } = text;
  const points: Safe[] = [];
  if (f.firstChannel !== null) points.push(t('followUp.first', { channel: t(`followUp.by.${f.firstChannel}`) }));
  if (f.channels.length > 0) points.push(t('followUp.channels', { channels: text.and(f.channels.map((c) => t(`followUp.channel.${c}`))) }));
  if (f.attemptsPerDay !== null) points.push(t('followUp.perDay', { count: f.attemptsPerDay }));
  points.push(t('followUp.minimum', { count: f.minAttempts, span: text.duration(f.minSpan) }));
  if (f.giveUpReason !== null) {
    const reason = rules.recycling?.reasons.find((r) => r.id === f.giveUpReason);
    points.push(t('followUp.giveUp', { reason: reason ? text.data(reason.label) : text.code(f.giveUpReason) }));
  }
  return { description: optional(f.description), items: points };
}
