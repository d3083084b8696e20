/** A diff in Spanish: the words of ../messages.ts, with the report's es-ES numbers and verdicts. */
import { dateOf } from '../../../report/render/locales/common.js';
import type { DiffText } from '../messages.js';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const ES: DiffText = {
  title: 'revpact diff',
  noChange: (subject) => `${subject}: sin cambios de significado`,
  headline: (subject, changes, count, tally, version) => `${subject}: ${changes} ${plural(count, 'cambio', 'cambios')} (${tally}); ${version}`,
  tally: {
    tightened: (n, count) => `${n} ${plural(count, 'más exigente', 'más exigentes')}`,
    loosened: (n, count) => `${n} ${plural(count, 'menos exigente', 'menos exigentes')}`,
    unclear: (n) => `${n} por revisar`,
    neutral: (n, count) => `${n} ${plural(count, 'neutro', 'neutros')}`,
  },
  direction: { tightened: 'más exigente', loosened: 'menos exigente', unclear: 'revisar', neutral: 'neutro' },
  bump: { major: 'mayor', minor: 'menor', patch: 'de parche', none: 'ninguno' },
  kind: { added: 'añadido', removed: 'eliminado', changed: 'modificado', renamed: 'renombrado' },
  affects: { marketing: 'marketing', sales: 'ventas', both: 'ambos' },
  versionShort: {
    down: (from, to) => `la versión baja (${from} → ${to})`,
    notNeeded: 'no hace falta cambiar de versión',
    enough: (actual) => `cambio de versión ${actual}: suficiente`,
    needs: (required, actual) => `necesita un cambio de versión ${required}; hay ${actual === null ? 'ninguno' : `uno ${actual}`}`,
  },
  versionSentence: {
    down: (from, to, required, next) =>
      `La versión baja de ${from} a ${to}; un cambio necesita una versión más alta${required === null ? '' : ` (${required}: ${next ?? '?'} o posterior)`}.`,
    canStay: 'Sin cambios de significado: la versión puede quedarse igual.',
    noMeaning: (from, to, actual) => `Sin cambios de significado; ${from} → ${to} es un cambio de versión ${actual}.`,
    stays: (version) => `la versión sigue siendo ${version}`,
    bumped: (from, to, actual) => `${from} → ${to} es un cambio de versión ${actual}`,
    enough: (required, made) => `Los cambios necesitan un cambio de versión ${required}; ${made}: suficiente.`,
    notEnough: (required, next, made) => `Los cambios necesitan un cambio de versión ${required} (${next ?? '?'} o posterior); ${made}: no es suficiente.`,
  },
  version: 'Versión',
  changes: 'Cambios',
  details: 'Detalles',
  note: (note) => `Nota: ${note}`,
  noneValue: '(ninguno)',
  impactOn: (label) => `Impacto en ${label}`,
  impactFacts: (p) =>
    `${p.label} (del ${p.from} al ${p.to}, ${p.timezone}), a fecha de ${p.asOf}; ${p.rows} ${plural(p.rowCount, 'fila', 'filas')} de ${p.files} (mapeo ${p.mapping}): evaluadas ${p.evaluated}, rechazadas ${p.rejected}`,
  ofGoal: (actual, goal) => `${actual} de ${goal}`,
  shareOf: (rate, leads, count, noun) => `${rate} de ${leads} ${noun === 'mqls' ? 'MQL' : plural(count, 'lead', 'leads')}`,
  notInBase: 'no está en la versión base',
  notInHead: 'no está en la versión propuesta',
  measures: { handoff: 'Traspaso completo', followUp: 'Seguimiento completo antes de abandonar' },
  leadsChanged: {
    unavailable: 'Leads con otro veredicto: no disponible.',
    noCommonSla: 'Ningún SLA está en los dos acuerdos: no hay veredictos que comparar.',
    counted: (changed, compared, per) => `Leads con otro veredicto: ${changed} de ${compared} medidos` + (per.length > 0 ? ` (${per.join(', ')})` : '') + '.',
  },
  verdict: { met: 'cumplido', breached: 'incumplido', pending: 'pendiente', excluded: 'excluido', none: 'ninguno' },
  log: {
    historyOf: (file, commits, count) => `Historial de ${file}: ${commits} ${plural(count, 'commit', 'commits')}`,
    changelog: (file) => `Registro de cambios: ${file}`,
    created: 'creado',
    deleted: 'eliminado',
    invalid: (errors, count) => `no válido (${errors} ${plural(count, 'error', 'errores')})`,
    movedFrom: (path) => `movido desde ${path}`,
    noChange: 'sin cambios de significado',
    day: dateOf('es-ES'),
  },
  columns: {
    direction: 'Sentido',
    affects: 'Afecta a',
    bump: 'Cambio de versión',
    change: 'Cambio',
    where: 'Dónde',
    kind: 'Tipo',
    before: 'Antes',
    after: 'Después',
    version: 'Versión',
    sla: 'SLA',
    commitment: 'Compromiso',
    measure: 'Medida',
    owner: 'Responsable',
    status: 'Estado',
    leadsChanged: 'Leads que cambian',
    verdictsThatChange: 'Veredictos que cambian',
  },
};
