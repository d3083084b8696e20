/**
 * The due list's words per locale (text format; the CSV keeps its documented English
 * header and true/false, a format for scripts like the JSON). Instants and numbers come
 * from the report's catalogue of the same locale.
 */
import type { DocumentLocale } from '../../render/locale.js';
import { createFormatter } from '../../render/format.js';
import { reportText } from './messages.js';
import { pluralOf } from './locales/common.js';

const en = (n: number, one: string, other: string): string => (n === 1 ? one : other);
const EN_FORMAT = createFormatter(reportText('en'));

export const DUE_EN = {
  /** "12 leads due within 2bh as of 2026-11-03T09:00:00+01:00". `total` formatted, `count` raw. */
  head: (total: string, count: number, within: string, asOf: string) => `${total} ${en(count, 'lead', 'leads')} due within ${within} as of ${asOf}`,
  /** After the head: " (2 already overdue among those listed)". */
  overdue: (n: string, _count: number, amongListed: boolean) => ` (${n} already overdue${amongListed ? ' among those listed' : ''})`,
  columns: { lead: 'Lead', rule: 'Rule', owner: 'Owner', due: 'Due', left: 'Left' },
  overdueSince: (dueAt: string) => `overdue since ${dueAt}`,
  /** Time left, whole minutes: "1h 25m", "45m", "1h" (not "1h 0m"), as the report writes durations; `business` on a business clock. */
  left: (minutes: number, business: boolean) => `${EN_FORMAT.duration(minutes, 'business')}${business ? ' business' : ''}`,
  more: (n: string, _count: number) => `(${n} more not listed)`,
  /** Rows that could not be read, said under the head: `rows` is the report's own "N rows rejected, such as: …". */
  unread: (rows: string) => `Not in this list: ${rows}; revpact check lists them all.`,
  /** An SLA the data cannot measure, none of whose leads is listed: `finding` is the report's own sentence. */
  unmeasured: (finding: string) => `Not in this list: ${finding}.`,
  /** Leads read of which none has a date: nothing can fall due (a mapping that reads no date column, or empty cells). */
  undated: (n: string, count: number) =>
    `Not in this list: ${count === 1 ? 'the lead read has no date' : `none of the ${n} leads read has a date`}, so nothing can fall due; check that the mapping reads the export's date columns (--mapping)`,
  /** Leads read with dates, none of them in the window due looks at (`from` to as-of): `range` is the export's first to last day. */
  outside: (n: string, count: number, from: string, range: string) =>
    `Not in this list: ${count === 1 ? 'the lead read has no date' : `none of the ${n} leads read has a date`} from ${from} to as-of (their dates run from ${range}), so none can be due; give an --as-of within the data, or --since for an earlier start`,
  /** A count as the head and footer print it, as the report does: "12,480". */
  count: (n: number) => EN_FORMAT.count(n),
};

export type DueText = typeof DUE_EN;

/** Spanish, Portuguese and Catalan share the shape: durations and counts from the report's formatter. */
function localDue(locale: 'es' | 'pt' | 'ca', words: Omit<DueText, 'left' | 'count'> & { business: string }): DueText {
  const f = createFormatter(reportText(locale));
  const { business: businessWord, ...rest } = words;
  return {
    ...rest,
    left: (minutes, business) => `${f.duration(minutes, 'business')}${business ? ` ${businessWord}` : ''}`,
    count: (n) => f.count(n),
  };
}

const es = pluralOf('es-ES');
const pt = pluralOf('pt-BR');
const ca = pluralOf('ca-ES');

export const DUE_TEXT: Record<DocumentLocale, DueText> = {
  en: DUE_EN,
  es: localDue('es', {
    head: (total, count, within, asOf) => `${total} ${es(count, 'lead vence', 'leads vencen')} en ${within}, a fecha de ${asOf}`,
    overdue: (n, count, amongListed) => ` (${n} ${es(count, 'ya vencido', 'ya vencidos')}${amongListed ? ' entre los listados' : ''})`,
    columns: { lead: 'Lead', rule: 'Regla', owner: 'Responsable', due: 'Vencimiento', left: 'Queda' },
    overdueSince: (dueAt) => `vencido desde ${dueAt}`,
    more: (n) => `(${n} más sin listar)`,
    unread: (rows) => `No están en esta lista: ${rows}; revpact check las lista todas.`,
    unmeasured: (finding) => `No están en esta lista: ${finding}.`,
    undated: (n, count) =>
      `No están en esta lista: ${count === 1 ? 'el lead leído no tiene fecha' : `ninguno de los ${n} leads leídos tiene fecha`}, así que nada puede vencer; compruebe que el mapeo lee las columnas de fecha de la exportación (--mapping)`,
    outside: (n, count, from, range) =>
      `No están en esta lista: ${count === 1 ? 'el lead leído no tiene fecha' : `ninguno de los ${n} leads leídos tiene fecha`} entre el ${from} y la fecha de referencia (sus fechas van del ${range.replace(' to ', ' al ')}), así que ninguno puede vencer; dé un --as-of dentro de los datos, o --since para un inicio anterior`,
    business: 'laborables',
  }),
  pt: localDue('pt', {
    head: (total, count, within, asOf) => `${total} ${pt(count, 'lead vence', 'leads vencem')} em ${within}, na data de referência ${asOf}`,
    overdue: (n, count, amongListed) => ` (${n} ${pt(count, 'já vencido', 'já vencidos')}${amongListed ? ' entre os listados' : ''})`,
    columns: { lead: 'Lead', rule: 'Regra', owner: 'Responsável', due: 'Vencimento', left: 'Resta' },
    overdueSince: (dueAt) => `vencido desde ${dueAt}`,
    more: (n, count) => `(mais ${n} ${pt(count, 'não listado', 'não listados')})`,
    unread: (rows) => `Fora desta lista: ${rows}; o revpact check lista todas.`,
    unmeasured: (finding) => `Fora desta lista: ${finding}.`,
    undated: (n, count) =>
      `Fora desta lista: ${count === 1 ? 'o lead lido não tem data' : `nenhum dos ${n} leads lidos tem data`}, por isso nada pode vencer; verifique se o mapeamento lê as colunas de data da exportação (--mapping)`,
    outside: (n, count, from, range) =>
      `Fora desta lista: ${count === 1 ? 'o lead lido não tem data' : `nenhum dos ${n} leads lidos tem data`} entre ${from} e a data de referência (as suas datas vão de ${range.replace(' to ', ' a ')}), por isso nenhum pode vencer; dê um --as-of dentro dos dados, ou --since para um início anterior`,
    business: 'úteis',
  }),
  ca: localDue('ca', {
    head: (total, count, within, asOf) => `${total} ${ca(count, 'lead venç', 'leads vencen')} en ${within}, a data de ${asOf}`,
    overdue: (n, count, amongListed) => ` (${n} ${ca(count, 'ja vençut', 'ja vençuts')}${amongListed ? ' entre els llistats' : ''})`,
    columns: { lead: 'Lead', rule: 'Regla', owner: 'Responsable', due: 'Venciment', left: 'Queda' },
    overdueSince: (dueAt) => `vençut des de ${dueAt}`,
    more: (n) => `(${n} més sense llistar)`,
    unread: (rows) => `No són en aquesta llista: ${rows}; revpact check les llista totes.`,
    unmeasured: (finding) => `No són en aquesta llista: ${finding}.`,
    undated: (n, count) =>
      `No són en aquesta llista: ${count === 1 ? 'el lead llegit no té data' : `cap dels ${n} leads llegits té data`}, així que res no pot vèncer; comproveu que l'assignació llegeix les columnes de data de l'exportació (--mapping)`,
    outside: (n, count, from, range) =>
      `No són en aquesta llista: ${count === 1 ? 'el lead llegit no té data' : `cap dels ${n} leads llegits té data`} entre el ${from} i la data de referència (les seves dates van del ${range.replace(' to ', ' al ')}), així que cap no pot vèncer; doneu un --as-of dins de les dades, o --since per a un inici anterior`,
    business: 'laborables',
  }),
};

export function dueText(locale: DocumentLocale = 'en'): DueText {
  return DUE_TEXT[locale];
}
