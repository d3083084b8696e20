/** A diff in Portuguese (Brazil): the words of ../messages.ts, with the report's pt-BR numbers and verdicts. */
import { dateOf } from '../../../report/render/locales/common.js';
import type { DiffText } from '../messages.js';

// CLDR pt: 0 and 1 are singular, as in the report and the agreement.
const plural = (n: number, one: string, other: string): string => (n === 0 || n === 1 ? one : other);

export const PT: DiffText = {
  title: 'revpact diff',
  noChange: (subject) => `${subject}: nenhuma mudança de significado`,
  headline: (subject, changes, count, tally, version) => `${subject}: ${changes} ${plural(count, 'mudança', 'mudanças')} (${tally}); ${version}`,
  tally: {
    tightened: (n, count) => `${n} ${plural(count, 'mais exigente', 'mais exigentes')}`,
    loosened: (n, count) => `${n} ${plural(count, 'menos exigente', 'menos exigentes')}`,
    unclear: (n) => `${n} a revisar`,
    neutral: (n, count) => `${n} ${plural(count, 'neutra', 'neutras')}`,
  },
  direction: { tightened: 'mais exigente', loosened: 'menos exigente', unclear: 'revisar', neutral: 'neutra' },
  bump: { major: 'maior', minor: 'menor', patch: 'de correção', none: 'nenhuma' },
  kind: { added: 'adicionado', removed: 'removido', changed: 'alterado', renamed: 'renomeado' },
  affects: { marketing: 'marketing', sales: 'vendas', both: 'ambos' },
  versionShort: {
    down: (from, to) => `a versão desce (${from} → ${to})`,
    notNeeded: 'não é preciso mudar a versão',
    enough: (actual) => `mudança de versão ${actual}: suficiente`,
    needs: (required, actual) => `precisa de uma mudança de versão ${required}; há ${actual === null ? 'nenhuma' : `uma ${actual}`}`,
  },
  versionSentence: {
    down: (from, to, required, next) =>
      `A versão desce de ${from} para ${to}; uma mudança precisa de uma versão mais alta${required === null ? '' : ` (${required}: ${next ?? '?'} ou posterior)`}.`,
    canStay: 'Nenhuma mudança de significado: a versão pode ficar como está.',
    noMeaning: (from, to, actual) => `Nenhuma mudança de significado; ${from} → ${to} é uma mudança de versão ${actual}.`,
    stays: (version) => `a versão continua ${version}`,
    bumped: (from, to, actual) => `${from} → ${to} é uma mudança de versão ${actual}`,
    enough: (required, made) => `As mudanças pedem uma mudança de versão ${required}; ${made}: suficiente.`,
    notEnough: (required, next, made) => `As mudanças pedem uma mudança de versão ${required} (${next ?? '?'} ou posterior); ${made}: insuficiente.`,
  },
  version: 'Versão',
  changes: 'Mudanças',
  details: 'Detalhes',
  note: (note) => `Nota: ${note}`,
  noneValue: '(nenhum)',
  impactOn: (label) => `Impacto em ${label}`,
  impactFacts: (p) =>
    `${p.label} (de ${p.from} a ${p.to}, ${p.timezone}), na data de referência ${p.asOf}; ${p.rows} ${plural(p.rowCount, 'linha', 'linhas')} de ${p.files} (mapeamento ${p.mapping}): avaliadas ${p.evaluated}, rejeitadas ${p.rejected}`,
  ofGoal: (actual, goal) => `${actual} de ${goal}`,
  shareOf: (rate, leads, count, noun) => `${rate} de ${leads} ${noun === 'mqls' ? 'MQL' : plural(count, 'lead', 'leads')}`,
  renamedFrom: (name, from, to) => (name === null ? `${from} → ${to} (renomeado)` : `${name} (identificador ${from} → ${to})`),
  notInBase: 'não está na versão base',
  notInHead: 'não está na versão proposta',
  newWarnings: (n, count) => `${plural(count, 'Aviso novo', 'Avisos novos')} (${n}), que a versão base não tinha`,
  measures: { handoff: 'Passagem completa', followUp: 'Acompanhamento completo antes de desistir' },
  leadsChanged: {
    unavailable: 'Leads com outro veredito: não disponível.',
    noCommonSla: 'Nenhum SLA está nos dois acordos: não há vereditos para comparar.',
    counted: (changed, compared, per) => `Leads com outro veredito: ${changed} de ${compared} medidos` + (per.length > 0 ? ` (${per.join(', ')})` : '') + '.',
  },
  verdict: { met: 'cumprido', breached: 'descumprido', pending: 'pendente', excluded: 'excluído', none: 'nenhum' },
  log: {
    historyOf: (file, commits, count) => `Histórico de ${file}: ${commits} ${plural(count, 'commit', 'commits')}`,
    changelog: (file) => `Registro de alterações: ${file}`,
    created: 'criado',
    deleted: 'removido',
    invalid: (errors, count) => `inválido (${errors} ${plural(count, 'erro', 'erros')})`,
    movedFrom: (path) => `movido de ${path}`,
    noChange: 'nenhuma mudança de significado',
    day: dateOf('pt-BR'),
  },
  columns: {
    direction: 'Sentido',
    affects: 'Afeta',
    bump: 'Mudança de versão',
    change: 'Mudança',
    where: 'Onde',
    kind: 'Tipo',
    before: 'Antes',
    after: 'Depois',
    version: 'Versão',
    sla: 'SLA',
    commitment: 'Compromisso',
    measure: 'Medida',
    owner: 'Responsável',
    status: 'Situação',
    leadsChanged: 'Leads que mudam',
    verdictsThatChange: 'Vereditos que mudam',
    warning: 'Aviso',
    fix: 'Como corrigir',
  },
};
