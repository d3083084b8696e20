/**
 * The compliance report in Portuguese (Brazil): pt-BR numbers (12.480; 94,5%), instants
 * as "1 de out. de 2026, 09:05 (UTC-03:00)", plurals by CLDR's pt rules (0 and 1 are
 * singular, as in the agreement's messages, whose Intl locale is also "pt" = pt-BR). The
 * words follow templates/locales/pt.json: "lead", "acordo", "responsável", "útil",
 * "vendas"; regional words (equipe/equipa, arquivo/ficheiro) lean Brazilian, as the
 * source material does. Counts go after a label where a plural would depend on a number
 * the function does not get.
 */
import { progressDetail, stageDetail } from '../../../engine/metrics/data-quality.js';
import { STAGE_KINDS } from '../../../contract/events.js';
import type { Status } from '../../../engine/types.js';
import type { ReportText } from '../messages.js';
import { dateOf, instantOf, localDetail, localReason, numberOf, pluralOf, splitDetail, type ReasonWords } from './common.js';

const TAG = 'pt-BR';
const plural = pluralOf(TAG);
const num = numberOf(TAG);
const date = dateOf(TAG);

function nouns(noun: 'sla' | 'commitment', n: number): string {
  return noun === 'sla' ? 'SLA' : plural(n, 'compromisso', 'compromissos');
}

export const PT: ReportText = {
  numberLocale: TAG,
  lang: 'pt',
  none: '–',
  listSeparator: ', ',

  title: 'Relatório de cumprimento',
  generatedBy: 'Gerado pelo revpact',
  otherRow: (other, n, count, pastTop) =>
    `${other} soma mais ${n} ${plural(count, 'valor', 'valores')}${pastTop === null ? '' : `, e todos os valores depois dos ${pastTop} com mais leads`}`,

  facts: {
    contract: 'Acordo',
    period: 'Período',
    asOf: 'Data de referência',
    input: 'Dados',
    files: 'Arquivos',
  },
  periodRange: (label, from, to, timezone) => `${label} (de ${from} a ${to}, sem incluir o fim; ${timezone})`,
  inputCounts: (rows, evaluated, rejected, rowCount) => `${rows} ${plural(rowCount, 'linha', 'linhas')}: avaliadas ${evaluated}, rejeitadas ${rejected}`,

  status: { pass: 'cumpre', fail: 'NÃO CUMPRE', 'no-data': 'sem dados' } satisfies Record<Status, string>,
  overall: { pass: 'CUMPRE', fail: 'NÃO CUMPRE', 'no-data': 'SEM DADOS' } satisfies Record<Status, string>,

  verdict: {
    // "objetivo não atingido: …" reads right whatever the counts, with no verb to agree.
    fail: (parts) => `objetivo não atingido: ${parts.join(' e ')}`,
    pass: (parts) => `objetivo atingido: ${parts.join(' e ')}`,
    noData: 'nenhum SLA ou compromisso tinha dados para medir neste período',
    nothing: 'o acordo não tem SLA nem compromissos para medir',
    failedOf: (failed, total, noun) => `${failed} de ${total} ${nouns(noun, total)}`,
    all: (total, noun) =>
      total === 1 ? (noun === 'sla' ? 'o SLA' : 'o compromisso') : total === 2 ? `os dois ${nouns(noun, 2)}` : `os ${total} ${nouns(noun, total)}`,
    withoutData: (n) => `${n} sem dados`,
  },

  clock: { business: 'tempo útil', calendar: 'tempo corrido' },
  goalOnClock: (duration, clock) => `${duration} de ${clock}`,
  written: (value, unit) =>
    unit === 'bd'
      ? `${num(value)} ${plural(value, 'dia útil', 'dias úteis')}`
      : unit === 'bh'
        ? `${num(value)} ${plural(value, 'hora útil', 'horas úteis')}`
        : `${num(value)}${unit === 'm' ? 'min' : unit}`,
  units: { d: 'd', h: 'h', m: 'min', underMinute: '<1min' },
  team: { marketing: 'marketing', sales: 'vendas' },
  kind: { volume: 'volume', conversion: 'conversão', pipeline: 'oportunidades', revenue: 'receita' },
  severity: { error: 'erro', warning: 'aviso', info: 'informação' },
  goalBasis: {
    multiple: (stated, period, factor) => `${stated} por ${period} × ${factor}`,
    proratedDays: (stated, period, factor) => `${stated} por ${period}, proporcional aos dias (× ${factor})`,
  },
  period: { week: 'semana', month: 'mês', quarter: 'trimestre', 'half-year': 'semestre', year: 'ano' },
  ratioOfBase: (ratio, base) => `${ratio} de ${base}`,
  attainmentOf: (attainment, met, decided) => `${attainment} (${met}/${decided})`,
  followUpRule: (attempts, span) => `≥ ${attempts} tentativas em ≥ ${span}`,

  sections: {
    slas: 'SLA',
    commitments: 'Compromissos',
    funnel: 'Funil',
    followUp: 'Cadência de acompanhamento',
    handoff: 'Passagens completas',
    worst: 'Piores descumprimentos',
    dataQuality: 'Qualidade dos dados',
    breakdowns: 'Detalhamentos',
  },
  sectionSummary: {
    dataQuality: (n) => (n === 0 ? 'nenhuma ocorrência' : `${n} ${plural(n, 'ocorrência', 'ocorrências')}`),
    breakdowns: (dimensions) => `${dimensions} ${plural(dimensions, 'dimensão', 'dimensões')}`,
    worst: 'Os descumprimentos mais atrasados, por identificador do lead.',
  },
  tables: {
    followUpWorst: 'Abandonados cedo demais',
    handoffMissing: 'O que falta na passagem',
    byOwner: 'Por responsável',
    bySource: 'Por origem',
    byAttribute: (name) => `Por ${name}`,
  },

  columns: {
    sla: 'SLA',
    owner: 'Responsável',
    goal: 'Meta',
    basis: 'Base da meta',
    met: 'Cumpridos',
    breached: 'Descumpridos',
    pending: 'Pendentes',
    excluded: 'Excluídos',
    attainment: 'Cumprimento',
    target: 'Objetivo',
    status: 'Situação',
    commitment: 'Compromisso',
    kind: 'Tipo',
    actual: 'Real',
    step: 'Passo',
    entered: 'Entradas',
    converted: 'Convertidos',
    exited: 'Saídas',
    open: 'Abertos',
    rate: 'Taxa',
    checked: 'Verificados',
    compliant: 'Conformes',
    violations: 'Violações',
    compliance: 'Conformidade',
    rule: 'Regra',
    lead: 'Lead',
    attempts: 'Tentativas',
    span: 'Duração',
    stage: 'Etapa',
    leads: 'Leads',
    complete: 'Completos',
    field: 'Campo',
    missing: 'Faltam',
    elapsed: 'Decorrido',
    overdue: 'Atraso',
    due: 'Vencimento',
    email: 'E-mail',
    name: 'Nome',
    severity: 'Gravidade',
    code: 'Código',
    count: 'Quantidade',
    message: 'Mensagem',
    examples: 'Exemplos',
    source: 'Origem',
  },
  funnelStep: (from, to) => `${from} → ${to}`,

  findings: {
    slaTitle: (id) => `revpact SLA ${id}`,
    commitmentTitle: (id) => `revpact compromisso ${id}`,
    dataTitle: (code) => `revpact dados ${code}`,
    slaFail: (id, attainment, target) => `${id}: cumprimento de ${attainment}, abaixo do objetivo de ${target}`,
    slaNoData: (id) => `${id}: nenhum lead cumprido ou descumprido para medir`,
    commitmentFail: (id, actual, goal) => `${id}: ${actual}, abaixo da meta de ${goal}`,
    commitmentNoData: (id) => `${id}: sem dados para medir`,
    slaCounts: (met, breached, pending, excluded) => `cumpridos: ${met}; descumpridos: ${breached}; pendentes: ${pending}; excluídos: ${excluded}`,
    goal: (goal) => `meta: ${goal}`,
    when: (label, asOf) => `${label}, na data de referência ${asOf}`,
    leadsUnit: (n, count) => `${n} ${plural(count, 'lead', 'leads')}`,
  },
  junit: {
    slas: 'SLA',
    commitments: 'Compromissos',
    // A machine-readable failure type, the same in every language.
    failureType: 'below-target',
  },

  stoppedColumns: { median: 'Mediana (encerrados)', p90: 'p90 (encerrados)', open: 'Abertos (idade)' },
  openAges: (count, median, oldest) => `${count}: mediana ${median}, máxima ${oldest}`,
  openAgesDetail: (count, median, oldest) => `abertos na data de referência: ${count}; idade mediana ${median}, máxima ${oldest}`,
  stoppedElapsed: (median, p90) => `leads encerrados: mediana ${median}, p90 ${p90}`,
  leadsByDateFact: 'Leads por data',
  leadsByDate: (inPeriod, before, after, undated, undatedCount) =>
    `no período: ${inPeriod}; antes: ${before}; depois: ${after}${undatedCount > 0 ? `; sem data: ${undated}` : ''}`,
  outsideColumn: 'Iniciados antes / depois',
  outsideCounts: (before, after) => `${before} / ${after}`,
  noTarget: 'sem objetivo',
  handoffNotMeasured: (fields) => `não medido: a exportação não traz ${fields}`,
  missingFromExport: 'ausente da exportação',
  instant: instantOf(TAG),
  breakdownKeys: { '(none)': '(sem valor)', '(other)': '(outros)' },
  findingMessage,
  series: {
    title: { week: 'Semana a semana', month: 'Mês a mês', quarter: 'Trimestre a trimestre' },
    summary: (periods) =>
      `${periods}, cada um medido como um relatório próprio: cumprimento de cada SLA e real / meta de cada compromisso; o que o intervalo do relatório corta é marcado “(parcial)” e suas metas são proporcionais aos dias`,
    period: 'Período',
    partial: (label) => `${label} (parcial)`,
    soFar: (label) => `${label} (até agora)`,
    future: 'ainda não',
    without: { 'before-data': 'antes do início dos dados', 'before-effective': 'antes da entrada em vigor do acordo', 'no-leads': 'sem leads' },
    pendingOnly: (n, count) => `${n} ${plural(count, 'pendente', 'pendentes')}`,
    undecided: 'nada decidido ainda',
    attainmentColumn: (sla) => sla,
    commitmentColumn: (commitment) => commitment,
    actualOfGoal: (actual, goal) => `${actual} / ${goal}`,
    count: (n, every, count) =>
      `${n} ${{ week: plural(count, 'semana', 'semanas'), month: plural(count, 'mês', 'meses'), quarter: plural(count, 'trimestre', 'trimestres') }[every]}`,
  },
  // Issue 15 (item 3): the monthly issue's trend and what changed since the previous month.
  trend: {
    title: (months) => `Tendência, últimos ${months} meses`,
    summary: 'Cada mês medido como um relatório próprio; a última linha é o mês deste relatório.',
    month: 'Mês',
    slaTable: 'Cumprimento dos SLA (face à meta)',
    commitmentTable: 'Compromissos (real / meta)',
    slaColumn: (sla, target) => `${sla} (meta ${target})`,
    monthWithout: (month, why) => `${month}: ${why}`,
    state: {
      'before-data': 'antes do início dos dados',
      'before-effective': 'antes da entrada em vigor do acordo',
      'no-leads': 'sem leads neste mês',
      future: 'ainda não',
    },
    sinceTitle: 'Desde o mês passado',
    sinceSummary: (previous, current) => `${previous} → ${current}`,
    slaChange: (sla, from, to, delta) => `SLA ${sla}: cumprimento ${from} → ${to}, ${delta}`,
    commitmentChange: (commitment, from, to, delta) => `Compromisso ${commitment}: ${from} → ${to}, ${delta}`,
    points: (signed) => `${signed} p.p.`,
    statusChange: (from, to) => `${from} → ${to}`,
    notComparable: (month, why) => `sem variação a mostrar (${month}: ${why})`,
    noNumbers: 'nada medido',
    noPrevious: 'A tendência não tem um mês anterior com que comparar.',
  },

  charts: {
    elapsed: {
      title: 'Tempo decorrido frente ao prazo',
      description: (n) => `Mediana e percentil 90 do tempo decorrido dos leads encerrados em ${n} SLA, como parte do prazo de cada um, com uma linha no prazo.`,
      x: 'Tempo decorrido, parte do prazo',
      y: 'SLA',
      median: 'Mediana',
      p90: 'Percentil 90',
      goal: 'prazo',
    },
    distribution: {
      title: (sla) => `${sla}: tempo decorrido dos leads encerrados`,
      description: (sla, leads, goal, within) =>
        `${leads} leads encerrados do SLA ${sla}, contados por tempo decorrido em faixas do prazo (${goal}); ${within} dentro do prazo.`,
      x: (goal) => `Tempo decorrido, parte do prazo (${goal})`,
      y: 'Leads encerrados',
      within: 'Dentro do prazo',
      late: 'Fora do prazo',
      goal: (goal) => `prazo ${goal}`,
      mermaidX: (goal, whole) => `Tempo decorrido, parte do prazo (${goal}): até ${whole}, cumprido`,
    },
    commitments: {
      title: 'Compromissos: real frente à meta',
      description: (n) => `Real de ${n} ${plural(n, 'compromisso', 'compromissos')} como parte de cada meta, com uma linha na meta.`,
      x: 'Real, parte da meta',
      y: 'Compromisso',
      goal: 'meta',
      valueOf: (actual, goal) => `${actual} de ${goal}`,
    },
    funnel: {
      title: 'Funil: conversão frente ao objetivo',
      description: (n) => `Taxa de conversão de ${n} ${plural(n, 'passo', 'passos')} do funil, cada um frente ao objetivo que o acordo fixa.`,
      x: 'Taxa de conversão',
      y: 'Passo',
      target: 'objetivo',
      rateWithTarget: (rate, target) => `${rate} (objetivo ${target})`,
    },
    attainment: {
      title: (sla) => `${sla}: cumprimento por período`,
      description: (sla, n) => `Cumprimento do SLA ${sla} em ${n} ${plural(n, 'período', 'períodos')}, frente ao seu objetivo.`,
      x: 'Período',
      y: 'Cumprimento',
      attainment: 'Cumprimento',
      target: 'Objetivo',
    },
    elapsedPercent: 'Decorrido, % do prazo',
    elapsedMermaidTitle: 'Tempo decorrido frente ao prazo: percentil 90 (atrás), mediana (na frente)',
    stepWithTarget: (step, target) => `${step} (objetivo ${target})`,
    commitmentsPercent: 'Real, % da meta',
    ratePercent: 'Conversão, %',
  },
};

const REASON_WORDS: ReasonWords = {
  duplicateId: (id, row) => `id duplicado ${id} (já visto na linha ${row})`,
  missingId: (column) => `falta o id (${column} está vazio)`,
  unparseableDate: (value, column, expected) => `data ilegível ${value} na coluna ${column}${expected === null ? '' : ` (esperado: ${expected})`}`,
  epochText: (unit) =>
    unit === 'seconds'
      ? '; parecem segundos desde 1970: escreva-a como número JSON de milissegundos (× 1000)'
      : '; parecem milissegundos desde 1970: escreva-a como número JSON, sem aspas',
  unparseableNumber: (value, column) => `número ilegível ${value} na coluna ${column}`,
  badAttempts: (value, column) => `${value} na coluna ${column} não é um número de tentativas (esperava-se um número inteiro, 0 ou mais)`,
  negativeDealAmount: (value, column) => `valor de negócio negativo ${value} na coluna ${column} (um negócio vale 0 ou mais)`,
  dealTooLarge: (value, column) =>
    `valor de negócio grande demais ${value} na coluna ${column} (um negócio vale menos de 10^18: dígitos que se juntaram, ou a coluna errada)`,
  unparseableBoolean: (value, column) => `valor sim/não ilegível ${value} na coluna ${column} (esperado: true/false, yes/no ou 1/0)`,
  noKey: (key, column, near) =>
    `nenhum lead tem a chave ${key} (coluna ${column})${near === null ? '' : `; o lead ${near} só difere em maiúsculas ou espaços`}`,
  epochDate: (value, key, why) =>
    `data ilegível ${value} em ${key}: um número em um campo de data é lido como milissegundos desde 1970-01-01 UTC, e este ${({ infinite: 'não é um número finito', fraction: 'tem uma fração de milissegundo', seconds: 'é anterior a 1973: se conta segundos, multiplique-o por 1000', far: 'é posterior ao ano 9999' } as const)[why]}; ou escreva a data como texto ISO 8601 ("2026-10-05T14:03:00Z")`,
  missingKey: (column) => `falta a chave (${column} está vazia)`,
  notJson: (detail) => `JSON inválido (${detail})`,
  notObject: (found) =>
    `não é um objeto JSON (há ${({ null: 'null', list: 'uma lista', string: 'um texto', number: 'um número', boolean: 'um valor true/false' } as Record<string, string>)[found] ?? found}): ${found === 'list' ? 'escreva cada registro da lista em uma linha própria, como objeto JSON {…} sem os colchetes' : 'cada linha de um arquivo NDJSON é um registro, um objeto JSON como {"id": "L-1", "mqlAt": "2026-10-05T14:03:00Z"}'}`,
  wrongType: (expected, key, found) =>
    `esperava-se ${{ number: 'um número', date: 'uma data', text: 'um texto' }[expected]} em ${key}, há ${found === 'list' ? 'uma lista' : 'um objeto'}`,
  inexactNumber: (key, value) => `número longo demais para ser lido exatamente em ${key} (é lido como ${value}): escreva-o como texto JSON, entre aspas`,
  repeatedKey: (key, times) =>
    `a chave ${key} está escrita ${times} vezes neste registro, e só o seu último valor seria lido: escreva cada chave uma só vez em um registro, com o valor pretendido`,
  cellCount: (count, width) => `a linha tem ${count} ${plural(count, 'célula', 'células')}, mas o cabeçalho tem ${width}`,
  unlabelled: (n) =>
    `, embora estejam todas as colunas com nome: o cabeçalho termina em ${n === 1 ? 'uma coluna' : `${n} colunas`} sem nome (uma planilha salvou nele colunas vazias); apague os delimitadores depois do último nome do cabeçalho`,
  openQuote:
    ', e nela uma célula entre aspas ocupa mais de uma linha: se aspas ficaram abertas, as linhas seguintes foram lidas como parte desta, até as próximas aspas',
  mixedLineEnds:
    ', e nela há um retorno de carro (CR) sem quebra de linha depois, que para alguns programas termina uma linha, mas não neste arquivo, cujas linhas terminam em LF ou CRLF: a exportação mistura finais de linha, por isso a linha depois do CR foi lida como parte desta; salve o arquivo de novo como CSV UTF-8',
  repeatedHeader:
    'a linha repete o cabeçalho (cada célula é o nome da sua coluna): o arquivo parece várias exportações unidas uma depois da outra; apague esta linha e mantenha só o primeiro cabeçalho (dois arquivos --leads não são lidos como uma só exportação: o segundo é o que um mapeamento junta ao primeiro)',
  neverClosed: 'uma célula entre aspas nunca se fecha',
  pullHeaderAgain:
    'uma linha de cabeçalho do revpact pull ({"#revpact-pull": …}) depois da linha 1: o arquivo parece vários arquivos de pull unidos um depois do outro; apague esta linha (o revpact pull junta o que baixa em um só arquivo, por id)',
  decimalComma:
    ' (uma vírgula decimal: um arquivo de mapeamento que diga numbers: { decimal: "," } a lê, e pode estender um mapeamento predefinido: extends: hubspot)',
  unexpectedValue: (value, column, expected) => `valor inesperado ${value} na coluna ${column} (esperado um destes: ${expected})`,
  or: 'ou',
};

/** The engine's data-quality messages in Portuguese (engine/metrics/data-quality.ts `message`). */
function findingMessage(code: string, count: number, detail: string): string | null {
  const p = (one: string, other: string) => plural(count, one, other);
  const leads = `${num(count)} ${p('lead', 'leads')}`;
  const d = localDetail(detail, { before: 'antes de', to: 'a', commitment: 'compromisso' });
  switch (code) {
    case 'missing-start':
      return `${leads} sem ${d} embora o relógio tenha parado ou uma etapa posterior tenha sido alcançada: ${p('excluído', 'excluídos')} do SLA; preencha a data de início no CRM ou mapeie a coluna dela`;
    case 'stop-before-start':
      return `${leads} ${p('parou', 'pararam')} o relógio antes de ele começar (${d}): ${p('contado como cumprido', 'contados como cumpridos')} em 0 minutos; confira as datas no CRM`;
    case 'start-after-as-of':
      return `${leads} ${p('começa', 'começam')} depois da data de referência (${d}): ${p('excluído', 'excluídos')}; gere o relatório com um --as-of posterior`;
    case 'date-only':
      return `${leads} com datas sem hora (${d}): um início sem hora conta do começo do dia, e um fim sem hora, até o final dele`;
    case 'unknown-rejection-reason':
      return `${leads} ${p('rejeitado', 'rejeitados')} com um motivo que não está na lista do acordo (${d})`;
    case 'missing-rejection-reason':
      return `${leads} ${p('rejeitado', 'rejeitados')} sem motivo, embora o acordo exija um`;
    case 'stage-order':
      return `${leads} com datas de etapa fora da ordem do ciclo de vida (${d})`;
    case 'unknown-stage':
      return `${leads} em uma etapa que não é nenhuma das etapas do revpact (${d}): essa etapa é lida como nenhuma etapa atual, então não prova que o relógio de uma etapa começou; associe cada valor a ${STAGE_KINDS.slice(0, -1).join(', ')} ou ${STAGE_KINDS[STAGE_KINDS.length - 1]} nos valores do mapeamento para a coluna da etapa (uma etapa personalizada do ciclo de vida do HubSpot chega como seu id interno)`;
    case 'not-a-number':
      return `${leads} com um valor que não é um número onde o acordo o compara com um (${d}): ${p('não cumpre', 'não cumprem')} nenhuma condição gt, gte, lt ou lte sobre ele; escreva só números no CRM (sem intervalos, palavras nem separadores de milhares) ou compare com uma lista de valores (op: in)`;
    case 'missing-deal-amount':
      return `${leads} ${p('chegou', 'chegaram')} a ${d} sem valor da venda: conta como 0`;
    case 'rejected-rows':
      // The source's reason, said in the locale when it is one of the sentences the sources write.
      return `${count === 1 ? '1 linha rejeitada:' : `${num(count)} linhas rejeitadas, por exemplo:`} ${localReason(detail, REASON_WORDS)}`;
    case 'no-leads-in-period': {
      const [label, range] = splitDetail(detail);
      if (count === 0)
        return 'nenhum lead foi lido: não há nada para medir, então todos os SLA e compromissos ficam “sem dados”, não descumpridos; se houve linhas rejeitadas, a ocorrência rejected-rows diz por quê (muitas vezes um --mapping que não corresponde à exportação)';
      const [from, to] = range.split(' to ');
      const dates = range === '' ? 'nenhum tem data' : `as datas vão de ${date(from ?? '')} a ${date(to ?? '')}`;
      return `${leads} ${p('lido', 'lidos')}, nenhum com data no período ${label} (${dates}): não há nada para medir, então todos os SLA e compromissos ficam “sem dados”, não descumpridos; compare --period com a exportação`;
    }
    case 'sla-stop-not-in-export': {
      const [sla, fields] = splitDetail(detail);
      const one = !fields.includes('/');
      return `o SLA ${sla} não é medido: nenhum lead da exportação tem ${fields.replaceAll('/', ' nem ')}, ${one ? 'o evento que para' : 'os eventos que param'} o seu relógio, então ${p('o seu lead pareceria atrasado ou aberto', `os seus ${leads} pareceriam todos atrasados ou abertos`)}; mapeie a coluna que ${one ? 'o contém' : 'contém um deles'} (--mapping) ou ${one ? 'adicione-o' : 'adicione um deles'} à exportação`;
    }
    case 'handoff-fields-not-in-export': {
      const [stage, fields] = splitDetail(detail);
      const one = !fields.includes(', ');
      return `a exportação não traz ${fields}: nenhum lead ${one ? 'tem esse campo' : 'tem esses campos'}, então não se mede se a passagem em ${stage} está completa (${leads} ${p('chegou', 'chegaram')} lá); mapeie ${one ? 'a coluna que o contém' : 'as colunas que os contêm'} (--mapping) ou ${one ? 'inclua-o' : 'inclua-os'} na exportação`;
    }
    case 'condition-field-not-in-export': {
      const [sla, fields] = splitDetail(detail);
      const one = !fields.includes(', ');
      return `a condição do SLA ${sla} lê ${fields}, que nenhuma coluna da exportação dá: para ${p('o', 'os')} ${leads} ${one ? 'falta' : 'faltam'}, por isso a condição não pode cumprir-se como se queria; verifique o nome no acordo ou mapeie a coluna que ${one ? 'o' : 'os'} contém (--mapping)`;
    }
    case 'stage-not-in-export': {
      const { field, stage, what, many } = stageDetail(detail, {
        commitment: ['o compromisso', 'os compromissos'],
        step: ['o passo do funil', 'os passos do funil'],
        and: 'e',
        quote: (id) => `«${id}»`,
      });
      return `${leads} ${p('lido', 'lidos')}, nenhum com ${field}, a data em que um lead chega a ${stage}: ${what} não ${many ? 'podem' : 'pode'} ser ${many ? 'medidos' : 'medido'} e ${many ? 'ficam' : 'fica'} «sem dados», não em falha; mapeie a coluna que a contém (--mapping) ou acrescente-a à exportação`;
    }
    case 'all-pending':
      return `${p('o único lead', `os ${leads}`)} do SLA ${detail} ${p('continua aberto', 'continuam abertos')} dentro do prazo na data de referência (${p('pendente', 'pendentes')}): o cumprimento conta só os leads cumpridos ou descumpridos, por isso o SLA fica «sem dados» por enquanto; gere o relatório de novo mais tarde, ou com um --as-of posterior`;
    case 'segment-matches-none':
      return `a condição do SLA ${detail} não coincidiu com nenhum ${p('do', 'dos')} ${leads} que lhe ${p('foi apresentado', 'foram apresentados')}: todos ficaram de fora, por isso o SLA fica «sem dados»; compare os seus valores com os da exportação (--by CAMPO lista os valores de um campo)`;
    case 'effective-in-period': {
      const [label, effective] = splitDetail(detail);
      return `o acordo entrou em vigor em ${date(effective)}, dentro do período ${label}: ${leads} com data nele ${p('é medido', 'são medidos')} contra ele, mesmo de antes desse dia; peça um período a partir de ${date(effective)}, ou leia os dias anteriores com a versão então em vigor`;
    }
    case 'period-in-progress': {
      const { label, percent, last, ids } = progressDetail(detail);
      const named = ids.map((id) => `«${id}»`).join(', ');
      return `o período ${label} não terminou: no instante de referência passaram ${percent} % dele (o último dia é ${date(last)}), e ${p('o compromisso', 'os compromissos')} ${named}, abaixo da meta por agora, ${p('é julgado', 'são julgados')} contra a meta do período inteiro e ainda ${p('pode alcançá-la', 'podem alcançá-la')}; ${p('leia-o', 'leia-os')} como um ritmo, ou peça um período já terminado`;
    }
    case 'before-effective': {
      const [label, effective] = splitDetail(detail);
      return `o período ${label} termina antes de o acordo entrar em vigor em ${date(effective)} (${leads} com data nele): nada é medido contra o acordo, então todos os SLA e compromissos ficam “sem dados”; peça um período a partir de ${date(effective)}`;
    }
    default:
      return null;
  }
}
