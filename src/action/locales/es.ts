/** The Action's frame in Spanish (Spain), in the words of the agreement and the report: "acuerdo", "ventas", "responsable". */
import { pluralOf } from '../../report/render/locales/common.js';
import type { FrameText } from '../messages.js';

const TAG = 'es-ES';
const plural = pluralOf(TAG);

export const ES: FrameText = {
  numberLocale: TAG,
  heading: (what) => `Revisión de revpact · ${what}`,
  changed: (contracts, cards) =>
    [
      contracts > 0 ? `${contracts} ${plural(contracts, 'acuerdo modificado', 'acuerdos modificados')}` : '',
      cards > 0 ? `${cards} ${plural(cards, 'boletín de calificaciones modificado', 'boletines de calificaciones modificados')}` : '',
    ]
      .filter(Boolean)
      .join(' y '),
  valid: 'válido',
  withErrors: (n) => `${n} ${plural(n, 'archivo con errores', 'archivos con errores')}`,
  approved: 'aprobado por marketing y ventas',
  waiting: 'pendiente de aprobación',
  fileStatus: { added: 'nuevo', removed: 'eliminado' },
  baseInvalid: (path, sha) => `la versión base (${path} en ${sha}) no es un acuerdo válido, así que no se puede comparar el cambio con ella`,
  card: {
    title: (path, contract) => `Boletín de calificaciones ${path} (${contract})`,
    summary: 'El boletín',
  },
  problems: {
    head: (errors, warnings) => `${errors} ${plural(errors, 'error', 'errores')}, ${warnings} ${plural(warnings, 'aviso', 'avisos')}:`,
    severity: { error: 'error', warning: 'aviso', info: 'información' },
    newWarning: 'aviso nuevo',
    columns: { line: 'Línea', problem: 'Problema', fix: 'Cómo corregirlo' },
  },
  approvals: {
    columns: { side: 'Parte', approves: 'Aprueba', state: 'Estado' },
    side: { marketing: 'marketing', sales: 'ventas' },
    team: (name) => `equipo ${name}`,
    state: { approved: 'aprobado', waiting: 'pendiente', 'changes-requested': 'cambios solicitados', stale: 'aprobó un commit anterior' },
    delegateApproves: (owner, side, delegates) => `${owner} ha escrito este cambio, así que aprueba en nombre de ${side} una persona delegada: ${delegates}`,
    noDelegate: (owner, side) => `${owner} ha escrito este cambio y no puede aprobarlo; nombre a una persona delegada para ${side} en metadata.approvers`,
    oneSideOnly: (login, approvedFor, side) =>
      `${login} ha aprobado en nombre de ${approvedFor}, y la aprobación de una persona cuenta para una sola parte: otra persona aprueba en nombre de ${side}`,
    teamUnreadable: (team, status) =>
      `no se pueden leer los miembros del equipo ${team} (HTTP ${status}): el token necesita leer los miembros de la organización (GitHub App con "Members: read" o token con read:org, como github-token); hasta entonces solo aprueban por esta parte los delegados de metadata.approvers`,
  },
  leads: {
    none: 'No hay ninguna exportación de leads configurada (entrada leads): no se ha simulado el impacto en las cifras del último periodo.',
    fork: (secret, crm) =>
      `Un pull request desde un fork no recibe secretos (${secret} está vacío), así que no se ha simulado con ${crm} el impacto en las cifras del último periodo.`,
  },
  footer: (version, sha) => `revpact ${version} · versión propuesta ${sha}`,
  compiled: (file, path) => `${file}: el acuerdo compilado a partir de ${path} en la versión propuesta`,
  notWritten: 'No escrito en GitHub',
  cut: {
    lead: 'El informe se corta aquí',
    rest: (limit, whereFull) => `es más largo de lo que GitHub admite aquí (${limit} caracteres). El informe completo está en el ${whereFull}.`,
    jobSummary: (url) => `[resumen del trabajo](${url})`,
    reportPath: 'archivo que indica la salida report-path',
  },
  commitStatus: {
    approved: 'Aprobado por marketing y ventas',
    waiting: (who) => `Pendiente de ${who}`,
    changesRequested: (who) => `Cambios solicitados; pendiente de ${who}`,
    who: (side, owner) => `${side} (${owner})`,
    and: ' y ',
  },
  monthly: {
    title: (label) => `Informe de cumplimiento ${label}`,
    closedUpdated: (issue) =>
      `La incidencia ${issue} de este periodo está cerrada: se actualizó su informe y sigue cerrada. Reábrela para seguir el periodo allí.`,
    unlabelledFound: (issue, label) =>
      `La incidencia ${issue} de este periodo había perdido su etiqueta ${label}: se encontró por su marca oculta y se actualizó, sin abrir una segunda incidencia.`,
    periodsDiffer: (period, behind) =>
      `Los contratos no coinciden en el periodo: para ${behind} se informa de un periodo anterior, porque la ejecución llegó antes de que este terminara en su zona horaria. El informe se archiva como ${period}; la próxima ejecución, cuando el mes haya terminado en todas partes, informa de ${period} para todos.`,
  },
};
