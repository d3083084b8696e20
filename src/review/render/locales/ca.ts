/**
 * A diff in Catalan: the words of ../messages.ts, with the report's ca-ES numbers and
 * verdicts. No "de" before a number or a date ("d'11", "de l'1"): goals go in brackets.
 */
import { dateOf } from '../../../report/render/locales/common.js';
import type { DiffText } from '../messages.js';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const CA: DiffText = {
  title: 'revpact diff',
  noChange: (subject) => `${subject}: cap canvi de significat`,
  headline: (subject, changes, count, tally, version) => `${subject}: ${changes} ${plural(count, 'canvi', 'canvis')} (${tally}); ${version}`,
  tally: {
    tightened: (n, count) => `${n} ${plural(count, 'més exigent', 'més exigents')}`,
    loosened: (n, count) => `${n} ${plural(count, 'menys exigent', 'menys exigents')}`,
    unclear: (n) => `${n} per revisar`,
    neutral: (n, count) => `${n} ${plural(count, 'neutre', 'neutres')}`,
  },
  direction: { tightened: 'més exigent', loosened: 'menys exigent', unclear: 'revisar', neutral: 'neutre' },
  bump: { major: 'major', minor: 'menor', patch: 'de pedaç', none: 'cap' },
  kind: { added: 'afegit', removed: 'eliminat', changed: 'modificat', renamed: 'reanomenat' },
  affects: { marketing: 'màrqueting', sales: 'vendes', both: 'tots dos' },
  versionShort: {
    down: (from, to) => `la versió baixa (${from} → ${to})`,
    notNeeded: 'no cal canviar de versió',
    enough: (actual) => `canvi de versió ${actual}: suficient`,
    needs: (required, actual) => `cal un canvi de versió ${required}; s'ha fet ${actual === null ? 'cap canvi' : `un canvi ${actual}`}`,
  },
  versionSentence: {
    down: (from, to, required, next) =>
      `La versió baixa (${from} → ${to}); un canvi necessita una versió més alta${required === null ? '' : ` (${required}: ${next ?? '?'} o posterior)`}.`,
    canStay: 'Cap canvi de significat: la versió es pot quedar igual.',
    noMeaning: (from, to, actual) => `Cap canvi de significat; ${from} → ${to} és un canvi de versió ${actual}.`,
    stays: (version) => `la versió continua sent ${version}`,
    bumped: (from, to, actual) => `${from} → ${to} és un canvi de versió ${actual}`,
    enough: (required, made) => `Els canvis demanen un canvi de versió ${required}; ${made}: suficient.`,
    notEnough: (required, next, made) => `Els canvis demanen un canvi de versió ${required} (${next ?? '?'} o posterior); ${made}: insuficient.`,
  },
  version: 'Versió',
  changes: 'Canvis',
  details: 'Detalls',
  note: (note) => `Nota: ${note}`,
  noneValue: '(cap)',
  impactOn: (label) => `Impacte en ${label}`,
  impactFacts: (p) =>
    `${p.label} (${p.from} – ${p.to}, ${p.timezone}), a data de ${p.asOf}; ${p.rows} ${plural(p.rowCount, 'fila', 'files')} (fitxers: ${p.files}; mapatge: ${p.mapping}): avaluades ${p.evaluated}, rebutjades ${p.rejected}`,
  ofGoal: (actual, goal) => `${actual} (meta: ${goal})`,
  shareOf: (rate, leads, count, noun) => `${rate} (${leads} ${noun === 'mqls' ? 'MQL' : plural(count, 'lead', 'leads')})`,
  renamedFrom: (name, from, to) => (name === null ? `${from} → ${to} (reanomenat)` : `${name} (identificador ${from} → ${to})`),
  notInBase: 'no és a la versió base',
  notInHead: 'no és a la versió proposada',
  newWarnings: (n, count) => `${plural(count, 'Avís nou', 'Avisos nous')} (${n}), que la versió base no tenia`,
  measures: { handoff: 'Traspàs complet', followUp: 'Seguiment complet abans de plegar' },
  leadsChanged: {
    unavailable: 'Leads amb un altre veredicte: no disponible.',
    noCommonSla: 'Cap SLA no és als dos acords: no hi ha veredictes per comparar.',
    counted: (changed, compared, per) =>
      `Leads amb un altre veredicte: ${changed} sobre ${compared} mesurats` + (per.length > 0 ? ` (${per.join(', ')})` : '') + '.',
  },
  verdict: { met: 'complert', breached: 'incomplert', pending: 'pendent', excluded: 'exclòs', none: 'cap' },
  log: {
    historyOf: (file, commits, count) => `Historial de ${file}: ${commits} ${plural(count, 'commit', 'commits')}`,
    changelog: (file) => `Registre de canvis: ${file}`,
    created: 'creat',
    deleted: 'eliminat',
    invalid: (errors, count) => `no vàlid (${errors} ${plural(count, 'error', 'errors')})`,
    movedFrom: (path) => `mogut des de ${path}`,
    noChange: 'cap canvi de significat',
    day: dateOf('ca-ES'),
  },
  columns: {
    direction: 'Sentit',
    affects: 'Afecta',
    bump: 'Canvi de versió',
    change: 'Canvi',
    where: 'On',
    kind: 'Tipus',
    before: 'Abans',
    after: 'Després',
    version: 'Versió',
    sla: 'SLA',
    commitment: 'Compromís',
    measure: 'Mesura',
    owner: 'Responsable',
    status: 'Estat',
    leadsChanged: 'Leads que canvien',
    verdictsThatChange: 'Veredictes que canvien',
    warning: 'Avís',
    fix: 'Com corregir-ho',
  },
};
