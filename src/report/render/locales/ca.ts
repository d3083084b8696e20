/**
 * The compliance report in Catalan: ca-ES numbers (12.480; 94,5 %), instants as
 * "1 d’oct. 2026, 9:05 (UTC+02:00)". The words follow templates/locales/ca.json: "lead",
 * "acord", "responsable", "laborable", "vendes", "màrqueting". Counts go after a label
 * where a plural would depend on a number the function does not get, and the period
 * range has no preposition before a date (no "de l'1" / "del 2" to choose between).
 */
import { progressDetail, stageDetail } from '../../../engine/metrics/data-quality.js';
import { STAGE_KINDS } from '../../../contract/events.js';
import type { Status } from '../../../engine/types.js';
import type { ReportText } from '../messages.js';
import { dateOf, instantOf, localDetail, localReason, numberOf, pluralOf, splitDetail, type ReasonWords } from './common.js';

const TAG = 'ca-ES';
const plural = pluralOf(TAG);
const num = numberOf(TAG);
const date = dateOf(TAG);

function nouns(noun: 'sla' | 'commitment', n: number): string {
  return noun === 'sla' ? 'SLA' : plural(n, 'compromís', 'compromisos');
}

export const CA: ReportText = {
  numberLocale: TAG,
  lang: 'ca',
  none: '–',
  listSeparator: ', ',

  title: 'Informe de compliment',
  generatedBy: 'Generat per revpact',
  otherRow: (other, n, count, pastTop) =>
    `${other} suma ${n} ${plural(count, 'valor', 'valors')} més${pastTop === null ? '' : `, i tots els valors després dels ${pastTop} amb més leads`}`,

  facts: {
    contract: 'Acord',
    period: 'Període',
    asOf: 'A data de',
    input: 'Dades',
    files: 'Fitxers',
  },
  periodRange: (label, from, to, timezone) => `${label} (${from} – ${to}, final exclòs; ${timezone})`,
  inputCounts: (rows, evaluated, rejected, rowCount) => `${rows} ${plural(rowCount, 'fila', 'files')}: avaluades ${evaluated}, rebutjades ${rejected}`,

  status: { pass: 'compleix', fail: 'NO COMPLEIX', 'no-data': 'sense dades' } satisfies Record<Status, string>,
  overall: { pass: 'COMPLEIX', fail: 'NO COMPLEIX', 'no-data': 'SENSE DADES' } satisfies Record<Status, string>,

  verdict: {
    // "objectiu no assolit: …" reads right whatever the counts, with no verb to agree.
    fail: (parts) => `objectiu no assolit: ${parts.join(' i ')}`,
    pass: (parts) => `objectiu assolit: ${parts.join(' i ')}`,
    noData: 'cap SLA ni compromís no tenia dades per mesurar en aquest període',
    nothing: "l'acord no té SLA ni compromisos per mesurar",
    failedOf: (failed, total, noun) => `${failed} de ${total} ${nouns(noun, total)}`,
    all: (total, noun) =>
      total === 1 ? (noun === 'sla' ? "l'SLA" : 'el compromís') : total === 2 ? `els dos ${nouns(noun, 2)}` : `els ${total} ${nouns(noun, total)}`,
    withoutData: (n) => `${n} sense dades`,
  },

  clock: { business: 'laborables', calendar: 'naturals' },
  goalOnClock: (duration, clock) => `${duration} ${clock}`,
  written: (value, unit) =>
    unit === 'bd'
      ? `${num(value)} ${plural(value, 'dia laborable', 'dies laborables')}`
      : unit === 'bh'
        ? `${num(value)} ${plural(value, 'hora laborable', 'hores laborables')}`
        : `${num(value)}${unit === 'm' ? 'min' : unit}`,
  units: { d: 'd', h: 'h', m: 'min', underMinute: '<1min' },
  team: { marketing: 'màrqueting', sales: 'vendes' },
  kind: { volume: 'volum', conversion: 'conversió', pipeline: 'oportunitats', revenue: 'ingressos' },
  severity: { error: 'error', warning: 'avís', info: 'informació' },
  goalBasis: {
    multiple: (stated, period, factor) => `${stated} per ${period} × ${factor}`,
    proratedDays: (stated, period, factor) => `${stated} per ${period}, prorratejat per dies (× ${factor})`,
  },
  period: { week: 'setmana', month: 'mes', quarter: 'trimestre', 'half-year': 'semestre', year: 'any' },
  ratioOfBase: (ratio, base) => `${ratio} sobre ${base}`,
  attainmentOf: (attainment, met, decided) => `${attainment} (${met}/${decided})`,
  followUpRule: (attempts, span) => `≥ ${attempts} intents en ≥ ${span}`,

  sections: {
    slas: 'SLA',
    commitments: 'Compromisos',
    funnel: 'Embut',
    followUp: 'Cadència de seguiment',
    handoff: 'Traspassos complets',
    worst: 'Incompliments més greus',
    dataQuality: 'Qualitat de les dades',
    breakdowns: 'Desglossaments',
  },
  sectionSummary: {
    dataQuality: (n) => (n === 0 ? 'cap incidència' : `${n} ${plural(n, 'incidència', 'incidències')}`),
    breakdowns: (dimensions) => `${dimensions} ${plural(dimensions, 'dimensió', 'dimensions')}`,
    worst: 'Els incompliments amb més retard, per identificador de lead.',
  },
  tables: {
    followUpWorst: 'Abandonats massa aviat',
    handoffMissing: 'Què falta al traspàs',
    byOwner: 'Per responsable',
    bySource: 'Per origen',
    byAttribute: (name) => `Per ${name}`,
  },

  columns: {
    sla: 'SLA',
    owner: 'Responsable',
    goal: 'Meta',
    basis: 'Base de la meta',
    met: 'Complerts',
    breached: 'Incomplerts',
    pending: 'Pendents',
    excluded: 'Exclosos',
    attainment: 'Compliment',
    target: 'Objectiu',
    status: 'Estat',
    commitment: 'Compromís',
    kind: 'Tipus',
    actual: 'Real',
    step: 'Pas',
    entered: 'Entrades',
    converted: 'Convertits',
    exited: 'Sortides',
    open: 'Oberts',
    rate: 'Taxa',
    checked: 'Revisats',
    compliant: 'Conformes',
    violations: 'Infraccions',
    compliance: 'Conformitat',
    rule: 'Regla',
    lead: 'Lead',
    attempts: 'Intents',
    span: 'Durada',
    stage: 'Etapa',
    leads: 'Leads',
    complete: 'Complets',
    field: 'Camp',
    missing: 'Falten',
    elapsed: 'Transcorregut',
    overdue: 'Retard',
    due: 'Venciment',
    email: 'Correu electrònic',
    name: 'Nom',
    severity: 'Gravetat',
    code: 'Codi',
    count: 'Quantitat',
    message: 'Missatge',
    examples: 'Exemples',
    source: 'Origen',
  },
  funnelStep: (from, to) => `${from} → ${to}`,

  findings: {
    slaTitle: (id) => `revpact SLA ${id}`,
    commitmentTitle: (id) => `revpact compromís ${id}`,
    dataTitle: (code) => `revpact dades ${code}`,
    slaFail: (id, attainment, target) => `${id}: compliment ${attainment}, per sota de l'objectiu (${target})`,
    slaNoData: (id) => `${id}: cap lead complert ni incomplert per mesurar`,
    commitmentFail: (id, actual, goal) => `${id}: ${actual}, per sota de la meta (${goal})`,
    commitmentNoData: (id) => `${id}: sense dades per mesurar`,
    slaCounts: (met, breached, pending, excluded) => `complerts: ${met}; incomplerts: ${breached}; pendents: ${pending}; exclosos: ${excluded}`,
    goal: (goal) => `meta: ${goal}`,
    when: (label, asOf) => `${label}, a data de ${asOf}`,
    leadsUnit: (n, count) => `${n} ${plural(count, 'lead', 'leads')}`,
  },
  junit: {
    slas: 'SLA',
    commitments: 'Compromisos',
    // A machine-readable failure type, the same in every language.
    failureType: 'below-target',
  },

  stoppedColumns: { median: 'Mediana (tancats)', p90: 'p90 (tancats)', open: 'Oberts (antiguitat)' },
  openAges: (count, median, oldest) => `${count}: mediana ${median}, màxima ${oldest}`,
  openAgesDetail: (count, median, oldest) => `oberts a la data de tall: ${count}; antiguitat mediana ${median}, màxima ${oldest}`,
  stoppedElapsed: (median, p90) => `leads tancats: mediana ${median}, p90 ${p90}`,
  leadsByDateFact: 'Leads per data',
  leadsByDate: (inPeriod, before, after, undated, undatedCount) =>
    `en el període: ${inPeriod}; abans: ${before}; després: ${after}${undatedCount > 0 ? `; sense data: ${undated}` : ''}`,
  outsideColumn: 'Iniciats abans / després',
  outsideCounts: (before, after) => `${before} / ${after}`,
  noTarget: 'sense objectiu',
  handoffNotMeasured: (fields) => `sense mesurar: l'exportació no inclou ${fields}`,
  missingFromExport: "no és a l'exportació",
  instant: instantOf(TAG),
  breakdownKeys: { '(none)': '(sense valor)', '(other)': '(altres)' },
  findingMessage,
  series: {
    title: { week: 'Setmana a setmana', month: 'Mes a mes', quarter: 'Trimestre a trimestre' },
    summary: (periods) =>
      `${periods}, cadascun mesurat com un informe propi: compliment de cada SLA i real / meta de cada compromís; el que el rang de l'informe talla es marca «(parcial)» i les seves metes es prorratejen per dies`,
    period: 'Període',
    partial: (label) => `${label} (parcial)`,
    soFar: (label) => `${label} (fins ara)`,
    future: 'encara no',
    without: { 'before-data': 'abans que comencin les dades', 'before-effective': "abans de l'entrada en vigor de l'acord", 'no-leads': 'cap lead' },
    pendingOnly: (n, count) => `${n} ${plural(count, 'pendent', 'pendents')}`,
    undecided: 'res decidit encara',
    attainmentColumn: (sla) => sla,
    commitmentColumn: (commitment) => commitment,
    actualOfGoal: (actual, goal) => `${actual} / ${goal}`,
    count: (n, every, count) =>
      `${n} ${{ week: plural(count, 'setmana', 'setmanes'), month: plural(count, 'mes', 'mesos'), quarter: plural(count, 'trimestre', 'trimestres') }[every]}`,
  },
  // Issue 15 (item 3): the monthly issue's trend and what changed since the previous month.
  trend: {
    title: (months) => `Tendència, últims ${months} mesos`,
    summary: "Cada mes mesurat com un informe propi; l'última fila és el mes d'aquest informe.",
    month: 'Mes',
    slaTable: "Compliment dels SLA (respecte a l'objectiu)",
    commitmentTable: 'Compromisos (real / meta)',
    slaColumn: (sla, target) => `${sla} (objectiu ${target})`,
    monthWithout: (month, why) => `${month}: ${why}`,
    state: {
      'before-data': 'abans que comencin les dades',
      'before-effective': "abans de l'entrada en vigor de l'acord",
      'no-leads': 'cap lead aquest mes',
      future: 'encara no',
    },
    sinceTitle: 'Des del mes passat',
    sinceSummary: (previous, current) => `${previous} → ${current}`,
    slaChange: (sla, from, to, delta) => `SLA ${sla}: compliment ${from} → ${to}, ${delta}`,
    commitmentChange: (commitment, from, to, delta) => `Compromís ${commitment}: ${from} → ${to}, ${delta}`,
    points: (signed) => `${signed} p. p.`,
    statusChange: (from, to) => `${from} → ${to}`,
    notComparable: (month, why) => `cap canvi a mostrar (${month}: ${why})`,
    noNumbers: 'res mesurat',
    noPrevious: 'La tendència no té cap mes anterior amb què comparar.',
  },

  charts: {
    elapsed: {
      title: 'Temps transcorregut davant del termini',
      description: (n) =>
        `Mediana i percentil 90 del temps transcorregut dels leads tancats en ${n} SLA, com a part del termini de cadascun, amb una línia al termini.`,
      x: 'Temps transcorregut, part del termini',
      y: 'SLA',
      median: 'Mediana',
      p90: 'Percentil 90',
      goal: 'termini',
    },
    distribution: {
      title: (sla) => `${sla}: temps transcorregut dels leads tancats`,
      description: (sla, leads, goal, within) =>
        `${leads} leads tancats de l'SLA ${sla}, comptats per temps transcorregut en trams del termini (${goal}); ${within} dins del termini.`,
      x: (goal) => `Temps transcorregut, part del termini (${goal})`,
      y: 'Leads tancats',
      within: 'Dins del termini',
      late: 'Fora de termini',
      goal: (goal) => `termini ${goal}`,
      mermaidX: (goal, whole) => `Temps transcorregut, part del termini (${goal}): fins al ${whole}, complert`,
    },
    commitments: {
      title: 'Compromisos: real davant de la meta',
      description: (n) => `Real de ${n} ${plural(n, 'compromís', 'compromisos')} com a part de cada meta, amb una línia a la meta.`,
      x: 'Real, part de la meta',
      y: 'Compromís',
      goal: 'meta',
      valueOf: (actual, goal) => `${actual} (meta: ${goal})`,
    },
    funnel: {
      title: "Embut: conversió davant de l'objectiu",
      description: (n) => `Taxa de conversió de ${n} ${plural(n, 'pas', 'passos')} de l'embut, cadascun davant de l'objectiu que fixa l'acord.`,
      x: 'Taxa de conversió',
      y: 'Pas',
      target: 'objectiu',
      rateWithTarget: (rate, target) => `${rate} (objectiu ${target})`,
    },
    attainment: {
      title: (sla) => `${sla}: compliment per període`,
      description: (sla, n) => `Compliment de l'SLA ${sla} en ${n} ${plural(n, 'període', 'períodes')}, davant del seu objectiu.`,
      x: 'Període',
      y: 'Compliment',
      attainment: 'Compliment',
      target: 'Objectiu',
    },
    elapsedPercent: 'Transcorregut, % del termini',
    elapsedMermaidTitle: 'Temps transcorregut davant del termini: percentil 90 (darrere), mediana (davant)',
    stepWithTarget: (step, target) => `${step} (objectiu ${target})`,
    commitmentsPercent: 'Real, % de la meta',
    ratePercent: 'Conversió, %',
  },
};

const REASON_WORDS: ReasonWords = {
  duplicateId: (id, row) => `id duplicat ${id} (ja aparegut a la fila ${row})`,
  missingId: (column) => `falta l'id (${column} és buit)`,
  unparseableDate: (value, column, expected) => `data il·legible ${value} a la columna ${column}${expected === null ? '' : ` (s'esperava ${expected})`}`,
  epochText: (unit) =>
    unit === 'seconds'
      ? '; semblen segons des de 1970: escriviu-la com a nombre JSON de mil·lisegons (× 1000)'
      : '; semblen mil·lisegons des de 1970: escriviu-la com a nombre JSON, sense cometes',
  unparseableNumber: (value, column) => `nombre il·legible ${value} a la columna ${column}`,
  badAttempts: (value, column) => `${value} a la columna ${column} no és un nombre d'intents (s'esperava un nombre enter, 0 o més)`,
  negativeDealAmount: (value, column) => `import de venda negatiu ${value} a la columna ${column} (una venda val 0 o més)`,
  dealTooLarge: (value, column) =>
    `import de venda massa gran ${value} a la columna ${column} (una venda val menys de 10^18: xifres que s'han ajuntat, o la columna equivocada)`,
  unparseableBoolean: (value, column) => `valor sí/no il·legible ${value} a la columna ${column} (s'esperava true/false, yes/no o 1/0)`,
  noKey: (key, column, near) =>
    `cap lead no té la clau ${key} (columna ${column})${near === null ? '' : `; el lead ${near} només se'n diferencia en majúscules o espais`}`,
  epochDate: (value, key, why) =>
    `data il·legible ${value} a ${key}: un nombre en un camp de data es llegeix com a mil·lisegons des de l'1970-01-01 UTC, i aquest ${({ infinite: 'no és un nombre finit', fraction: 'té una fracció de mil·lisegon', seconds: 'és anterior a 1973: si compta segons, multipliqueu-lo per 1000', far: "és posterior a l'any 9999" } as const)[why]}; o escriviu la data com a text ISO 8601 ("2026-10-05T14:03:00Z")`,
  missingKey: (column) => `falta la clau (${column} és buida)`,
  notJson: (detail) => `JSON no vàlid (${detail})`,
  notObject: (found) =>
    `no és un objecte JSON (hi ha ${({ null: 'null', list: 'una llista', string: 'un text', number: 'un nombre', boolean: 'un valor true/false' } as Record<string, string>)[found] ?? found}): ${found === 'list' ? 'escriviu cada registre de la llista en una línia pròpia, com a objecte JSON {…} sense els claudàtors' : 'cada línia d\'un fitxer NDJSON és un registre, un objecte JSON com {"id": "L-1", "mqlAt": "2026-10-05T14:03:00Z"}'}`,
  wrongType: (expected, key, found) =>
    `s'esperava ${{ number: 'un nombre', date: 'una data', text: 'un text' }[expected]} a ${key}, hi ha ${found === 'list' ? 'una llista' : 'un objecte'}`,
  inexactNumber: (key, value) => `nombre massa llarg per llegir-lo exacte a ${key} (es llegeix com ${value}): escriviu-lo com a text JSON, entre cometes`,
  repeatedKey: (key, times) =>
    `la clau ${key} està escrita ${times} vegades en aquest registre, i només se'n llegiria l'últim valor: escriviu cada clau una sola vegada en un registre, amb el valor que correspon`,
  cellCount: (count, width) => `la fila té ${count} ${plural(count, 'cel·la', 'cel·les')}, però la capçalera en té ${width}`,
  unlabelled: (n) =>
    `, tot i que hi són totes les columnes amb nom: la capçalera acaba en ${n === 1 ? 'una columna' : `${n} columnes`} sense nom (un full de càlcul hi va desar columnes buides); esborreu els delimitadors que segueixen l'últim nom de la capçalera`,
  openQuote:
    ", i una cel·la entre cometes de la fila ocupa més d'una línia: si es va deixar una cometa oberta, les línies següents es van llegir dins d'aquesta fila, fins a la cometa següent",
  mixedLineEnds:
    ", i a la fila hi ha un retorn de carro (CR) sense salt de línia al darrere, que per a alguns programes acaba una línia, però no en aquest fitxer, les línies del qual acaben en LF o CRLF: l'exportació barreja finals de línia, així que la línia que segueix el CR es va llegir dins d'aquesta fila; torneu a desar el fitxer com a CSV UTF-8",
  repeatedHeader:
    "la fila repeteix la capçalera (cada cel·la és el nom de la seva columna): el fitxer sembla diverses exportacions unides l'una darrere l'altra; esborreu aquesta línia i deixeu només la primera capçalera (dos fitxers --leads no es llegeixen com una sola exportació: el segon és el que un mapatge uneix al primer)",
  neverClosed: 'una cel·la entre cometes no es tanca mai',
  pullHeaderAgain:
    'una línia de capçalera de revpact pull ({"#revpact-pull": …}) després de la línia 1: el fitxer sembla diversos fitxers de pull units l\'un darrere l\'altre; esborreu aquesta línia (revpact pull aplega el que descarrega en un sol fitxer, per id)',
  decimalComma:
    ' (una coma decimal: la llegeix un fitxer de mapatge que digui numbers: { decimal: "," }, i que pot estendre un mapatge predefinit: extends: hubspot)',
  unexpectedValue: (value, column, expected) => `valor inesperat ${value} a la columna ${column} (s'esperava un d'aquests: ${expected})`,
  or: 'o',
};

/** The engine's data-quality messages in Catalan (engine/metrics/data-quality.ts `message`). */
function findingMessage(code: string, count: number, detail: string): string | null {
  const p = (one: string, other: string) => plural(count, one, other);
  const leads = `${num(count)} ${p('lead', 'leads')}`;
  const d = localDetail(detail, { before: 'abans de', to: 'a', commitment: 'compromís' });
  switch (code) {
    case 'missing-start':
      return `${leads} sense ${d} tot i que el rellotge es va aturar o es va arribar a una etapa posterior: ${p('exclòs', 'exclosos')} de l'SLA; completeu la data d'inici al CRM o mapegeu-ne la columna`;
    case 'stop-before-start':
      return `${leads} ${p('va aturar', 'van aturar')} el rellotge abans que comencés (${d}): ${p('comptat com a complert', 'comptats com a complerts')} en 0 minuts; reviseu les dates al CRM`;
    case 'start-after-as-of':
      return `${leads} ${p('comença', 'comencen')} després de la data de tall (${d}): ${p('exclòs', 'exclosos')}; genereu l'informe amb un --as-of posterior`;
    case 'date-only':
      return `${leads} amb dates sense hora (${d}): un inici sense hora compta des del començament del dia, i un final sense hora, fins al final`;
    case 'unknown-rejection-reason':
      return `${leads} ${p('rebutjat', 'rebutjats')} amb un motiu que no és a la llista de l'acord (${d})`;
    case 'missing-rejection-reason':
      return `${leads} ${p('rebutjat', 'rebutjats')} sense motiu, tot i que l'acord l'exigeix`;
    case 'stage-order':
      return `${leads} amb dates d'etapa fora de l'ordre del cicle de vida (${d})`;
    case 'unknown-stage':
      return `${leads} en una etapa que no és cap de les de revpact (${d}): es llegeix com sense etapa actual, de manera que no prova que el rellotge d'una etapa comencés; assigneu cada valor a ${STAGE_KINDS.slice(0, -1).join(', ')} o ${STAGE_KINDS[STAGE_KINDS.length - 1]} als valors del mapatge per a la columna de l'etapa (una etapa personalitzada del cicle de vida d'HubSpot arriba com el seu id intern)`;
    case 'not-a-number':
      return `${leads} amb un valor que no és un nombre on l'acord el compara amb un (${d}): no ${p('compleix', 'compleixen')} cap condició gt, gte, lt ni lte sobre ell; escriviu només nombres al CRM (sense intervals, paraules ni separadors de milers) o compareu amb una llista de valors (op: in)`;
    case 'missing-deal-amount':
      return `${leads} ${p('va arribar', 'van arribar')} a ${d} sense import de la venda: compta com a 0`;
    case 'rejected-rows':
      // The source's reason, said in the locale when it is one of the sentences the sources write.
      return `${count === 1 ? '1 fila rebutjada:' : `${num(count)} files rebutjades, per exemple:`} ${localReason(detail, REASON_WORDS)}`;
    case 'no-leads-in-period': {
      const [label, range] = splitDetail(detail);
      if (count === 0)
        return "no s'ha llegit cap lead: no hi ha res per mesurar, així que tots els SLA i compromisos queden «sense dades», no incomplerts; si hi ha files rebutjades, la incidència rejected-rows en diu el motiu (sovint un --mapping que no correspon a l'exportació)";
      const [from, to] = range.split(' to ');
      const dates = range === '' ? 'cap no té data' : `dates de l'exportació: ${date(from ?? '')} – ${date(to ?? '')}`;
      return `${leads} ${p('llegit', 'llegits')}, cap amb data dins el període ${label} (${dates}): no hi ha res per mesurar, així que tots els SLA i compromisos queden «sense dades», no incomplerts; compareu --period amb l'exportació`;
    }
    case 'sla-stop-not-in-export': {
      const [sla, fields] = splitDetail(detail);
      const one = !fields.includes('/');
      return `l'SLA ${sla} no es mesura: cap lead de l'exportació no té ${fields.replaceAll('/', ' ni ')}, ${one ? "l'esdeveniment que atura" : 'els esdeveniments que aturen'} el seu rellotge, així que ${p('el seu lead semblaria endarrerit o obert', `els seus ${leads} semblarien tots endarrerits o oberts`)}; mapegeu la columna que ${one ? 'el conté' : 'en conté un'} (--mapping) o ${one ? 'afegiu-lo' : 'afegiu-ne un'} a l'exportació`;
    }
    case 'handoff-fields-not-in-export': {
      const [stage, fields] = splitDetail(detail);
      const one = !fields.includes(', ');
      return `l'exportació no inclou ${fields}: cap lead no ${one ? 'el té' : 'els té'}, així que no es mesura si el traspàs a ${stage} és complet (${leads} hi ${p('va arribar', 'van arribar')}); mapegeu ${one ? 'la columna que el conté' : 'les columnes que els contenen'} (--mapping) o ${one ? 'afegiu-lo' : 'afegiu-los'} a l'exportació`;
    }
    case 'condition-field-not-in-export': {
      const [sla, fields] = splitDetail(detail);
      const one = !fields.includes(', ');
      return `la condició del SLA ${sla} llegeix ${fields}, que cap columna de l'exportació dona: per ${p('al', 'als')} ${leads} ${one ? 'falta' : 'falten'}, així que la condició no es pot complir com es volia; reviseu el nom a l'acord o assigneu la columna que ${one ? 'el' : 'els'} té (--mapping)`;
    }
    case 'stage-not-in-export': {
      const { field, stage, what, many } = stageDetail(detail, {
        commitment: ['el compromís', 'els compromisos'],
        step: ["el pas de l'embut", "els passos de l'embut"],
        and: 'i',
        quote: (id) => `«${id}»`,
      });
      return `${leads} ${p('llegit', 'llegits')}, cap amb ${field}, la data en què un lead arriba a ${stage}: ${what} no es ${many ? 'poden' : 'pot'} mesurar i ${many ? 'queden' : 'queda'} «sense dades», no ${many ? 'incomplerts' : 'incomplert'}; assigneu la columna que la conté (--mapping) o afegiu-la a l'exportació`;
    }
    case 'all-pending':
      return `${p("l'únic lead", `els ${leads}`)} del SLA ${detail} ${p('continua obert', 'continuen oberts')} dins del termini a la data de tall (${p('pendent', 'pendents')}): el compliment només compta els leads complerts o incomplerts, així que el SLA queda «sense dades» de moment; torneu a generar l'informe més endavant, o amb un --as-of posterior`;
    case 'segment-matches-none':
      return `la condició del SLA ${detail} no ha coincidit amb cap ${p('del', 'dels')} ${leads} que se li ${p('ha presentat', 'han presentat')}: tots han quedat fora, així que el SLA queda «sense dades»; compareu-ne els valors amb els de l'exportació (--by CAMP llista els valors d'un camp)`;
    case 'effective-in-period': {
      const [label, effective] = splitDetail(detail);
      return `l'acord va entrar en vigor el ${date(effective)}, dins del període ${label}: ${leads} amb data en ell es ${p('mesura', 'mesuren')} contra l'acord, fins i tot d'abans d'aquell dia; demaneu un període a partir del ${date(effective)}, o llegiu els dies anteriors amb la versió aleshores vigent`;
    }
    case 'period-in-progress': {
      const { label, percent, last, ids } = progressDetail(detail);
      const named = ids.map((id) => `«${id}»`).join(', ');
      return `el període ${label} no s'ha acabat: a l'instant de tall n'ha passat el ${percent} % (el seu últim dia és el ${date(last)}), i ${p('el compromís', 'els compromisos')} ${named}, per sota de la seva meta de moment, es ${p('jutja', 'jutgen')} contra la meta de tot el període i encara ${p('la pot assolir', 'la poden assolir')}; ${p('llegiu-lo', 'llegiu-los')} com un ritme, o demaneu un període ja acabat`;
    }
    case 'before-effective': {
      const [label, effective] = splitDetail(detail);
      return `el període ${label} acaba abans que l'acord entrés en vigor el ${date(effective)} (${leads} amb data dins): no es mesura res contra l'acord, així que tots els SLA i compromisos queden «sense dades»; demaneu un període que comenci aquell dia o després`;
    }
    default:
      return null;
  }
}
