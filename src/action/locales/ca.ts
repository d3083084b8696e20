/** The Action's frame in Catalan, in the words of the agreement and the report: "acord", "vendes", "màrqueting", "responsable". */
import { pluralOf } from '../../report/render/locales/common.js';
import type { FrameText } from '../messages.js';

const TAG = 'ca-ES';
const plural = pluralOf(TAG);

export const CA: FrameText = {
  numberLocale: TAG,
  heading: (what) => `Revisió de revpact · ${what}`,
  changed: (contracts, cards) =>
    [
      contracts > 0 ? `${contracts} ${plural(contracts, 'acord modificat', 'acords modificats')}` : '',
      cards > 0 ? `${cards} ${plural(cards, 'butlletí de qualificacions modificat', 'butlletins de qualificacions modificats')}` : '',
    ]
      .filter(Boolean)
      .join(' i '),
  valid: 'vàlid',
  withErrors: (n) => `${n} ${plural(n, 'fitxer amb errors', 'fitxers amb errors')}`,
  approved: 'aprovat per màrqueting i vendes',
  waiting: "pendent d'aprovació",
  fileStatus: { added: 'nou', removed: 'eliminat' },
  baseInvalid: (path, sha) => `la versió base (${path} a ${sha}) no és un acord vàlid, així que no es pot comparar el canvi amb ella`,
  card: {
    title: (path, contract) => `Butlletí de qualificacions ${path} (${contract})`,
    summary: 'El butlletí',
  },
  problems: {
    head: (errors, warnings) => `${errors} ${plural(errors, 'error', 'errors')}, ${warnings} ${plural(warnings, 'avís', 'avisos')}:`,
    severity: { error: 'error', warning: 'avís', info: 'informació' },
    newWarning: 'avís nou',
    columns: { line: 'Línia', problem: 'Problema', fix: 'Com corregir-ho' },
  },
  approvals: {
    columns: { side: 'Part', approves: 'Aprova', state: 'Estat' },
    side: { marketing: 'màrqueting', sales: 'vendes' },
    team: (name) => `equip ${name}`,
    state: { approved: 'aprovat', waiting: 'pendent', 'changes-requested': 'canvis sol·licitats', stale: 'va aprovar un commit anterior' },
    delegateApproves: (owner, side, delegates) => `${owner} ha escrit aquest canvi, així que aprova en nom de ${side} una persona delegada: ${delegates}`,
    noDelegate: (owner, side) => `${owner} ha escrit aquest canvi i no el pot aprovar; designeu una persona delegada per a ${side} a metadata.approvers`,
    oneSideOnly: (login, approvedFor, side) =>
      `${login} ha aprovat en nom de ${approvedFor}, i l'aprovació d'una persona compta per a una sola part: una altra persona aprova en nom de ${side}`,
    teamUnreadable: (team, status) =>
      `no es poden llegir els membres de l'equip ${team} (HTTP ${status}): el token ha de poder llegir els membres de l'organització (GitHub App amb "Members: read" o token amb read:org, com a github-token); mentrestant només hi aproven per aquesta part els delegats de metadata.approvers`,
  },
  leads: {
    none: "No hi ha cap exportació de leads configurada (entrada leads): no s'ha simulat l'impacte en les xifres de l'últim període.",
    fork: (secret, crm) =>
      `Un pull request des d'un fork no rep secrets (${secret} és buit), així que no s'ha simulat amb ${crm} l'impacte en les xifres de l'últim període.`,
  },
  footer: (version, sha) => `revpact ${version} · versió proposada ${sha}`,
  compiled: (file, path) => `${file}: l'acord compilat a partir de ${path} a la versió proposada`,
  notWritten: 'No escrit a GitHub',
  cut: {
    lead: "L'informe es talla aquí",
    rest: (limit, whereFull) => `és més llarg del que GitHub admet aquí (${limit} caràcters). L'informe complet és al ${whereFull}.`,
    jobSummary: (url) => `[resum de la feina](${url})`,
    reportPath: 'fitxer que indica la sortida report-path',
  },
  commitStatus: {
    approved: 'Aprovat per màrqueting i vendes',
    waiting: (who) => `Pendent de ${who}`,
    changesRequested: (who) => `Canvis sol·licitats; pendent de ${who}`,
    who: (side, owner) => `${side} (${owner})`,
    and: ' i ',
  },
  monthly: {
    title: (label) => `Informe de compliment ${label}`,
    closedUpdated: (issue) =>
      `La incidència ${issue} d’aquest període està tancada: se n’ha actualitzat l’informe i continua tancada. Reobre-la per seguir-hi el període.`,
    unlabelledFound: (issue, label) =>
      `La incidència ${issue} d’aquest període havia perdut la seva etiqueta ${label}: s’ha trobat per la seva marca oculta i s’ha actualitzat, sense obrir-ne una segona.`,
    periodsDiffer: (period, behind) =>
      `Els contractes no coincideixen en el període: per a ${behind} s’informa d’un període anterior, perquè l’execució ha arribat abans que acabés a la seva zona horària. L’informe s’arxiva com a ${period}; la propera execució, quan el mes hagi acabat a tot arreu, informa de ${period} per a tots.`,
  },
};
