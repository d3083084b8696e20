/** The Action's frame in Portuguese (Brazil, as the report), in the words of the agreement: "acordo", "vendas", "responsável". */
import { pluralOf } from '../../report/render/locales/common.js';
import type { FrameText } from '../messages.js';

const TAG = 'pt-BR';
const plural = pluralOf(TAG);

export const PT: FrameText = {
  numberLocale: TAG,
  heading: (what) => `Revisão do revpact · ${what}`,
  changed: (contracts, cards) =>
    [
      contracts > 0 ? `${contracts} ${plural(contracts, 'acordo alterado', 'acordos alterados')}` : '',
      cards > 0 ? `${cards} ${plural(cards, 'boletim de avaliação alterado', 'boletins de avaliação alterados')}` : '',
    ]
      .filter(Boolean)
      .join(' e '),
  valid: 'válido',
  withErrors: (n) => `${n} ${plural(n, 'arquivo com erros', 'arquivos com erros')}`,
  approved: 'aprovado por marketing e vendas',
  waiting: 'aguardando aprovação',
  fileStatus: { added: 'novo', removed: 'removido' },
  baseInvalid: (path, sha) => `a versão base (${path} em ${sha}) não é um acordo válido, então não é possível comparar a alteração com ela`,
  card: {
    title: (path, contract) => `Boletim de avaliação ${path} (${contract})`,
    summary: 'O boletim',
  },
  problems: {
    head: (errors, warnings) => `${errors} ${plural(errors, 'erro', 'erros')}, ${warnings} ${plural(warnings, 'aviso', 'avisos')}:`,
    severity: { error: 'erro', warning: 'aviso', info: 'informação' },
    newWarning: 'aviso novo',
    columns: { line: 'Linha', problem: 'Problema', fix: 'Como corrigir' },
  },
  approvals: {
    columns: { side: 'Parte', approves: 'Aprova', state: 'Situação' },
    side: { marketing: 'marketing', sales: 'vendas' },
    team: (name) => `equipe ${name}`,
    state: { approved: 'aprovado', waiting: 'aguardando', 'changes-requested': 'alterações solicitadas', stale: 'aprovou um commit anterior' },
    delegateApproves: (owner, side, delegates) => `${owner} escreveu esta alteração, então um delegado aprova em nome de ${side}: ${delegates}`,
    noDelegate: (owner, side) => `${owner} escreveu esta alteração e não pode aprová-la; indique um delegado para ${side} em metadata.approvers`,
    oneSideOnly: (login, approvedFor, side) =>
      `${login} aprovou em nome de ${approvedFor}, e a aprovação de uma pessoa conta para uma só parte: outra pessoa aprova em nome de ${side}`,
    teamUnreadable: (team, status) =>
      `não é possível ler os membros da equipe ${team} (HTTP ${status}): o token precisa ler os membros da organização (GitHub App com "Members: read" ou token com read:org, como github-token); até lá, só os delegados de metadata.approvers aprovam por esta parte`,
  },
  leads: {
    none: 'Nenhuma exportação de leads configurada (entrada leads): o impacto nos números do último período não foi simulado.',
    fork: (secret, crm) =>
      `Um pull request de um fork não recebe segredos (${secret} está vazio), então o impacto nos números do último período não foi simulado a partir do ${crm}.`,
  },
  footer: (version, sha) => `revpact ${version} · versão proposta ${sha}`,
  compiled: (file, path) => `${file}: o acordo compilado a partir de ${path} na versão proposta`,
  notWritten: 'Não escrito no GitHub',
  cut: {
    lead: 'O relatório é cortado aqui',
    rest: (limit, whereFull) => `é mais longo do que o GitHub aceita aqui (${limit} caracteres). O relatório completo está no ${whereFull}.`,
    jobSummary: (url) => `[resumo do trabalho](${url})`,
    reportPath: 'arquivo indicado pela saída report-path',
  },
  commitStatus: {
    approved: 'Aprovado por marketing e vendas',
    waiting: (who) => `Aguardando ${who}`,
    changesRequested: (who) => `Alterações solicitadas; aguardando ${who}`,
    who: (side, owner) => `${side} (${owner})`,
    and: ' e ',
  },
  monthly: {
    title: (label) => `Relatório de cumprimento ${label}`,
    closedUpdated: (issue) =>
      `O problema ${issue} deste período está fechado: o seu relatório foi atualizado e ele continua fechado. Reabra-o para acompanhar o período ali.`,
    unlabelledFound: (issue, label) =>
      `O problema ${issue} deste período tinha perdido a sua etiqueta ${label}: foi encontrado pela sua marca oculta e atualizado, sem abrir um segundo problema.`,
    periodsDiffer: (period, behind) =>
      `Os contratos não coincidem no período: para ${behind} é relatado um período anterior, porque a execução chegou antes de ele terminar no seu fuso horário. O relatório fica arquivado como ${period}; a próxima execução, quando o mês tiver terminado em todo o lado, relata ${period} para todos.`,
  },
};
