/**
 * The words of notices, one catalogue per language of the contract (metadata.locale):
 * English, Spanish, Portuguese and Catalan, each an object of the same type, so a new
 * locale is a new object and the compiler says what it lacks.
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

export const ES: NotifyWords = {
  headline: ({ due, breach }) =>
    [due > 0 ? `${plural(due, 'lead vence', 'leads vencen')} pronto` : '', breach > 0 ? `${plural(breach, 'lead fuera', 'leads fuera')} del SLA` : '']
      .filter(Boolean)
      .join(' · '),
  intro: ({ due, breach, within }) =>
    [
      due > 0 ? `${plural(due, 'lead vence', 'leads vencen')} en menos de ${within}.` : '',
      breach > 0 ? `${plural(breach, 'lead ha superado', 'leads han superado')} el tiempo acordado.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  dueSoon: 'Vencen pronto',
  breached: 'Fuera del tiempo acordado',
  escalated: 'Fuera del tiempo acordado, en tu equipo',
  left: (minutes, clock) => `quedan ${hoursMinutes(minutes)}${clock === 'business' ? ' laborables' : ''}`,
  dueAt: (at) => `vence ${wallClock(at)}`,
  overdueSince: (at) => `vencido desde ${wallClock(at)}`,
  breachedAt: (at) => `vencía ${wallClock(at)}`,
  owner: (name) => `responsable ${name}`,
  noOwner: 'sin responsable',
  fallbackNote: 'Estos leads no tienen responsable en el CRM, o tienen uno que el acuerdo no recoge en people.',
  part: (i, n) => `parte ${i} de ${n}`,
  more: (n) => `…y ${plural(n, 'lead más', 'leads más')}, en los mensajes de la próxima ejecución.`,
  footer: ({ name, version, asOf }) => `revpact · ${name} ${version} · a ${wallClock(asOf)}`,
  subject: ({ due, breach, contract }) =>
    `[${contract}] ` +
    [due > 0 ? `${plural(due, 'lead vence', 'leads vencen')} pronto` : '', breach > 0 ? `${plural(breach, 'incumplimiento', 'incumplimientos')}` : '']
      .filter(Boolean)
      .join(', '),
};

export const PT: NotifyWords = {
  headline: ({ due, breach }) =>
    [due > 0 ? `${plural(due, 'lead vence', 'leads vencem')} em breve` : '', breach > 0 ? `${plural(breach, 'lead fora', 'leads fora')} do SLA` : '']
      .filter(Boolean)
      .join(' · '),
  intro: ({ due, breach, within }) =>
    [
      due > 0 ? `${plural(due, 'lead vence', 'leads vencem')} em menos de ${within}.` : '',
      breach > 0 ? `${plural(breach, 'lead passou', 'leads passaram')} do prazo acordado.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  dueSoon: 'Vencem em breve',
  breached: 'Fora do prazo acordado',
  escalated: 'Fora do prazo acordado, na sua equipe',
  left: (minutes, clock) => `faltam ${hoursMinutes(minutes)}${clock === 'business' ? ' úteis' : ''}`,
  dueAt: (at) => `vence ${wallClock(at)}`,
  overdueSince: (at) => `vencido desde ${wallClock(at)}`,
  breachedAt: (at) => `vencia ${wallClock(at)}`,
  owner: (name) => `responsável ${name}`,
  noOwner: 'sem responsável',
  fallbackNote: 'Estes leads não têm responsável no CRM, ou têm um que o acordo não lista em people.',
  part: (i, n) => `parte ${i} de ${n}`,
  more: (n) => `…e mais ${plural(n, 'lead', 'leads')}, nas mensagens da próxima execução.`,
  footer: ({ name, version, asOf }) => `revpact · ${name} ${version} · em ${wallClock(asOf)}`,
  subject: ({ due, breach, contract }) =>
    `[${contract}] ` +
    [due > 0 ? `${plural(due, 'lead vence', 'leads vencem')} em breve` : '', breach > 0 ? `${plural(breach, 'violação', 'violações')}` : '']
      .filter(Boolean)
      .join(', '),
};

export const CA: NotifyWords = {
  headline: ({ due, breach }) =>
    [due > 0 ? `${plural(due, 'lead venç', 'leads vencen')} aviat` : '', breach > 0 ? `${plural(breach, 'lead fora', 'leads fora')} de l'SLA` : '']
      .filter(Boolean)
      .join(' · '),
  intro: ({ due, breach, within }) =>
    [
      due > 0 ? `${plural(due, 'lead venç', 'leads vencen')} en menys de ${within}.` : '',
      breach > 0 ? `${plural(breach, 'lead ha superat', 'leads han superat')} el temps acordat.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  dueSoon: 'Vencen aviat',
  breached: 'Fora del temps acordat',
  escalated: 'Fora del temps acordat, al teu equip',
  left: (minutes, clock) => `queden ${hoursMinutes(minutes)}${clock === 'business' ? ' laborables' : ''}`,
  dueAt: (at) => `venç ${wallClock(at)}`,
  overdueSince: (at) => `vençut des de ${wallClock(at)}`,
  breachedAt: (at) => `vencia ${wallClock(at)}`,
  owner: (name) => `responsable ${name}`,
  noOwner: 'sense responsable',
  fallbackNote: "Aquests leads no tenen responsable al CRM, o en tenen un que l'acord no recull a people.",
  part: (i, n) => `part ${i} de ${n}`,
  more: (n) => `…i ${plural(n, 'lead més', 'leads més')}, als missatges de la propera execució.`,
  footer: ({ name, version, asOf }) => `revpact · ${name} ${version} · a ${wallClock(asOf)}`,
  subject: ({ due, breach, contract }) =>
    `[${contract}] ` +
    [due > 0 ? `${plural(due, 'lead venç', 'leads vencen')} aviat` : '', breach > 0 ? `${plural(breach, 'incompliment', 'incompliments')}` : '']
      .filter(Boolean)
      .join(', '),
};

export const NOTIFY_WORDS: Record<DocumentLocale, NotifyWords> = { en: EN, es: ES, pt: PT, ca: CA };

export function notifyWords(locale: DocumentLocale): NotifyWords {
  return NOTIFY_WORDS[locale];
}
