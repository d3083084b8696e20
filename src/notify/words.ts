/**
 * The words of notices, one catalogue per language. English is complete; another locale
 * is another object of the same type (issue 15 adds es/pt/ca to the reports): a missing
 * catalogue falls back to English.
 */
import type { DocumentLocale } from '../render/locale.js';

export interface NotifyWords {
  /** The headline of a message: what it is about. */
  headline(c: { due: number; breach: number }): string;
  /** The first line, after the mention of the recipient. */
  intro(c: { due: number; breach: number; within: string }): string;
  /** Section titles. */
  dueSoon: string;
  breached: string;
  /** A breach of a lead someone else owns, sent to their manager. */
  escalated: string;
  /** How much time is left on a clock. */
  left(minutes: number, clock: 'business' | 'calendar'): string;
  dueAt(at: string): string;
  overdueSince(at: string): string;
  breachedAt(at: string): string;
  owner(name: string): string;
  noOwner: string;
  /** For the fallback: why these leads came here. */
  fallbackNote: string;
  /** "part 2 of 3" of a digest split over several messages. */
  part(i: number, n: number): string;
  /** The summary line for leads not listed in this run's messages. */
  more(n: number): string;
  footer(c: { name: string; version: string; asOf: string }): string;
  subject(c: { due: number; breach: number; contract: string }): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Time on a clock as 1h 05m; business minutes say so. */
export function hoursMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  return h > 0 ? `${h}h ${String(m % 60).padStart(2, '0')}m` : `${m}m`;
}

/** An ISO instant as its wall-clock date and time (the contract's zone, as the engine gives it). */
export function wallClock(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

export const EN: NotifyWords = {
  headline: ({ due, breach }) =>
    [due > 0 ? `${plural(due, 'lead', 'leads')} due soon` : '', breach > 0 ? `${plural(breach, 'lead', 'leads')} past the SLA` : '']
      .filter(Boolean)
      .join(' · '),
  intro: ({ due, breach, within }) =>
    [
      due > 0 ? `${plural(due, 'lead falls', 'leads fall')} due within ${within}.` : '',
      breach > 0 ? `${plural(breach, 'lead is', 'leads are')} past the agreed time.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  dueSoon: 'Due soon',
  breached: 'Past the agreed time',
  escalated: 'Past the agreed time, on your team',
  left: (minutes, clock) => `${hoursMinutes(minutes)}${clock === 'business' ? ' business' : ''} left`,
  dueAt: (at) => `due ${wallClock(at)}`,
  overdueSince: (at) => `overdue since ${wallClock(at)}`,
  breachedAt: (at) => `was due ${wallClock(at)}`,
  owner: (name) => `owner ${name}`,
  noOwner: 'no owner',
  fallbackNote: 'These leads have no owner in the CRM, or an owner the agreement does not list under people.',
  part: (i, n) => `part ${i} of ${n}`,
  more: (n) => `…and ${plural(n, 'more lead', 'more leads')}, in the next run's messages.`,
  footer: ({ name, version, asOf }) => `revpact · ${name} ${version} · as of ${wallClock(asOf)}`,
  subject: ({ due, breach, contract }) =>
    `[${contract}] ` +
    [due > 0 ? `${plural(due, 'lead', 'leads')} due soon` : '', breach > 0 ? `${plural(breach, 'breach', 'breaches')}` : ''].filter(Boolean).join(', '),
};

export const NOTIFY_WORDS: Partial<Record<DocumentLocale, NotifyWords>> & { en: NotifyWords } = { en: EN };

export function notifyWords(locale: DocumentLocale): NotifyWords {
  return NOTIFY_WORDS[locale] ?? EN;
}
