/**
 * The compliance report in Spanish (Spain): es-ES numbers (12.480; 94,5 %), instants as
 * "1 oct 2026, 9:05 (UTC+02:00)". The words follow the agreement documents
 * (templates/locales/es.json): "lead", "acuerdo", "responsable", "laborable", "ventas".
 * Sentences are built so they read right for any count: counts go after a label
 * ("evaluadas: 12") where a plural would depend on a number the function does not get.
 */
import { progressDetail, stageDetail } from '../../../engine/metrics/data-quality.js';
import { STAGE_KINDS } from '../../../contract/events.js';
import type { Status } from '../../../engine/types.js';
import type { ReportText } from '../messages.js';
import { dateOf, instantOf, localDetail, localReason, numberOf, pluralOf, splitDetail, type ReasonWords } from './common.js';

const TAG = 'es-ES';
const plural = pluralOf(TAG);
const num = numberOf(TAG);
const date = dateOf(TAG);

function nouns(noun: 'sla' | 'commitment', n: number): string {
  // RAE: acronyms do not take a written plural ("los SLA").
  return noun === 'sla' ? 'SLA' : plural(n, 'compromiso', 'compromisos');
}

export const ES: ReportText = {
  numberLocale: TAG,
  lang: 'es',
  none: '–',
  listSeparator: ', ',

  title: 'Informe de cumplimiento',
  generatedBy: 'Generado por revpact',
  otherRow: (other, n, count, pastTop) =>
    `${other} suma ${n} ${plural(count, 'valor', 'valores')} más${pastTop === null ? '' : `, y todos los valores después de los ${pastTop} con más leads`}`,

  facts: {
    contract: 'Acuerdo',
    period: 'Periodo',
    asOf: 'A fecha de',
    input: 'Datos',
    files: 'Archivos',
  },
  periodRange: (label, from, to, timezone) => `${label} (del ${from} al ${to}, sin incluir el final; ${timezone})`,
  inputCounts: (rows, evaluated, rejected, rowCount) => `${rows} ${plural(rowCount, 'fila', 'filas')}: evaluadas ${evaluated}, rechazadas ${rejected}`,

  status: { pass: 'cumple', fail: 'NO CUMPLE', 'no-data': 'sin datos' } satisfies Record<Status, string>,
  overall: { pass: 'CUMPLE', fail: 'NO CUMPLE', 'no-data': 'SIN DATOS' } satisfies Record<Status, string>,

  verdict: {
    // "Objetivo no alcanzado: …" reads right whatever the counts, with no verb to agree.
    fail: (parts) => `objetivo no alcanzado: ${parts.join(' y ')}`,
    pass: (parts) => `objetivo alcanzado: ${parts.join(' y ')}`,
    noData: 'ningún SLA ni compromiso tenía datos que medir en este periodo',
    nothing: 'el acuerdo no tiene SLA ni compromisos que medir',
    failedOf: (failed, total, noun) => `${failed} de ${total} ${nouns(noun, total)}`,
    all: (total, noun) =>
      total === 1 ? (noun === 'sla' ? 'el SLA' : 'el compromiso') : total === 2 ? `ambos ${nouns(noun, 2)}` : `los ${total} ${nouns(noun, total)}`,
    withoutData: (n) => `${n} sin datos`,
  },

  clock: { business: 'laborables', calendar: 'naturales' },
  goalOnClock: (duration, clock) => `${duration} ${clock}`,
  written: (value, unit) =>
    unit === 'bd'
      ? `${num(value)} ${plural(value, 'día laborable', 'días laborables')}`
      : unit === 'bh'
        ? `${num(value)} ${plural(value, 'hora laborable', 'horas laborables')}`
        : `${num(value)}${unit === 'm' ? 'min' : unit}`,
  units: { d: 'd', h: 'h', m: 'min', underMinute: '<1min' },
  team: { marketing: 'marketing', sales: 'ventas' },
  kind: { volume: 'volumen', conversion: 'conversión', pipeline: 'oportunidades', revenue: 'ingresos' },
  severity: { error: 'error', warning: 'aviso', info: 'información' },
  goalBasis: {
    multiple: (stated, period, factor) => `${stated} por ${period} × ${factor}`,
    proratedDays: (stated, period, factor) => `${stated} por ${period}, prorrateado por días (× ${factor})`,
  },
  period: { week: 'semana', month: 'mes', quarter: 'trimestre', 'half-year': 'semestre', year: 'año' },
  ratioOfBase: (ratio, base) => `${ratio} de ${base}`,
  attainmentOf: (attainment, met, decided) => `${attainment} (${met}/${decided})`,
  followUpRule: (attempts, span) => `≥ ${attempts} intentos en ≥ ${span}`,

  sections: {
    slas: 'SLA',
    commitments: 'Compromisos',
    funnel: 'Embudo',
    followUp: 'Cadencia de seguimiento',
    handoff: 'Traspasos completos',
    worst: 'Incumplimientos más graves',
    dataQuality: 'Calidad de los datos',
    breakdowns: 'Desgloses',
  },
  sectionSummary: {
    dataQuality: (n) => (n === 0 ? 'ninguna incidencia' : `${n} ${plural(n, 'incidencia', 'incidencias')}`),
    breakdowns: (dimensions) => `${dimensions} ${plural(dimensions, 'dimensión', 'dimensiones')}`,
    worst: 'Los incumplimientos con más retraso, por identificador de lead.',
  },
  tables: {
    followUpWorst: 'Abandonados demasiado pronto',
    handoffMissing: 'Qué falta en el traspaso',
    byOwner: 'Por responsable',
    bySource: 'Por origen',
    byAttribute: (name) => `Por ${name}`,
  },

  columns: {
    sla: 'SLA',
    owner: 'Responsable',
    goal: 'Meta',
    basis: 'Base de la meta',
    met: 'Cumplidos',
    breached: 'Incumplidos',
    pending: 'Pendientes',
    excluded: 'Excluidos',
    attainment: 'Cumplimiento',
    target: 'Objetivo',
    status: 'Estado',
    commitment: 'Compromiso',
    kind: 'Tipo',
    actual: 'Real',
    step: 'Paso',
    entered: 'Entradas',
    converted: 'Convertidos',
    exited: 'Salidas',
    open: 'Abiertos',
    rate: 'Tasa',
    checked: 'Revisados',
    compliant: 'Conformes',
    violations: 'Infracciones',
    compliance: 'Conformidad',
    rule: 'Regla',
    lead: 'Lead',
    attempts: 'Intentos',
    span: 'Duración',
    stage: 'Etapa',
    leads: 'Leads',
    complete: 'Completos',
    field: 'Campo',
    missing: 'Faltan',
    elapsed: 'Transcurrido',
    overdue: 'Retraso',
    due: 'Vencimiento',
    email: 'Correo electrónico',
    name: 'Nombre',
    severity: 'Gravedad',
    code: 'Código',
    count: 'Cantidad',
    message: 'Mensaje',
    examples: 'Ejemplos',
    source: 'Origen',
  },
  funnelStep: (from, to) => `${from} → ${to}`,

  findings: {
    slaTitle: (id) => `revpact SLA ${id}`,
    commitmentTitle: (id) => `revpact compromiso ${id}`,
    dataTitle: (code) => `revpact datos ${code}`,
    slaFail: (id, attainment, target) => `${id}: cumplimiento del ${attainment}, por debajo del objetivo del ${target}`,
    slaNoData: (id) => `${id}: ningún lead cumplido ni incumplido que medir`,
    commitmentFail: (id, actual, goal) => `${id}: ${actual}, por debajo de la meta de ${goal}`,
    commitmentNoData: (id) => `${id}: sin datos que medir`,
    slaCounts: (met, breached, pending, excluded) => `cumplidos: ${met}; incumplidos: ${breached}; pendientes: ${pending}; excluidos: ${excluded}`,
    goal: (goal) => `meta: ${goal}`,
    when: (label, asOf) => `${label}, a fecha de ${asOf}`,
    leadsUnit: (n, count) => `${n} ${plural(count, 'lead', 'leads')}`,
  },
  junit: {
    slas: 'SLA',
    commitments: 'Compromisos',
    // A machine-readable failure type, the same in every language.
    failureType: 'below-target',
  },

  stoppedColumns: { median: 'Mediana (cerrados)', p90: 'p90 (cerrados)', open: 'Abiertos (antigüedad)' },
  openAges: (count, median, oldest) => `${count}: mediana ${median}, máxima ${oldest}`,
  openAgesDetail: (count, median, oldest) => `abiertos a la fecha de corte: ${count}; antigüedad mediana ${median}, máxima ${oldest}`,
  stoppedElapsed: (median, p90) => `leads cerrados: mediana ${median}, p90 ${p90}`,
  leadsByDateFact: 'Leads por fecha',
  leadsByDate: (inPeriod, before, after, undated, undatedCount) =>
    `en el periodo: ${inPeriod}; antes: ${before}; después: ${after}${undatedCount > 0 ? `; sin fecha: ${undated}` : ''}`,
  outsideColumn: 'Iniciados antes / después',
  outsideCounts: (before, after) => `${before} / ${after}`,
  noTarget: 'sin objetivo',
  handoffNotMeasured: (fields) => `sin medir: la exportación no trae ${fields}`,
  missingFromExport: 'no está en la exportación',
  instant: instantOf(TAG),
  breakdownKeys: { '(none)': '(sin valor)', '(other)': '(otros)' },
  findingMessage,
  series: {
    title: { week: 'Semana a semana', month: 'Mes a mes', quarter: 'Trimestre a trimestre' },
    summary: (periods) =>
      `${periods}, cada uno medido como un informe propio: cumplimiento de cada SLA y real / meta de cada compromiso; el que el rango del informe corta se marca «(parcial)» y sus metas se prorratean por días`,
    period: 'Periodo',
    partial: (label) => `${label} (parcial)`,
    soFar: (label) => `${label} (hasta ahora)`,
    future: 'aún no',
    without: { 'before-data': 'antes del inicio de los datos', 'before-effective': 'antes de la entrada en vigor del acuerdo', 'no-leads': 'sin leads' },
    pendingOnly: (n, count) => `${n} ${plural(count, 'pendiente', 'pendientes')}`,
    undecided: 'nada decidido aún',
    attainmentColumn: (sla) => sla,
    commitmentColumn: (commitment) => commitment,
    actualOfGoal: (actual, goal) => `${actual} / ${goal}`,
    count: (n, every, count) =>
      `${n} ${{ week: plural(count, 'semana', 'semanas'), month: plural(count, 'mes', 'meses'), quarter: plural(count, 'trimestre', 'trimestres') }[every]}`,
  },
  // Issue 15 (item 3): the monthly issue's trend and what changed since the previous month.
  trend: {
    title: (months) => `Tendencia, últimos ${months} meses`,
    summary: 'Cada mes medido como un informe propio; la última fila es el mes de este informe.',
    month: 'Mes',
    slaTable: 'Cumplimiento de los SLA (frente al objetivo)',
    commitmentTable: 'Compromisos (real / meta)',
    slaColumn: (sla, target) => `${sla} (objetivo ${target})`,
    monthWithout: (month, why) => `${month}: ${why}`,
    state: {
      'before-data': 'antes del inicio de los datos',
      'before-effective': 'antes de la entrada en vigor del acuerdo',
      'no-leads': 'sin leads este mes',
      future: 'aún no',
    },
    sinceTitle: 'Desde el mes pasado',
    sinceSummary: (previous, current) => `${previous} → ${current}`,
    slaChange: (sla, from, to, delta) => `SLA ${sla}: cumplimiento ${from} → ${to}, ${delta}`,
    commitmentChange: (commitment, from, to, delta) => `Compromiso ${commitment}: ${from} → ${to}, ${delta}`,
    points: (signed) => `${signed} p. p.`,
    statusChange: (from, to) => `${from} → ${to}`,
    notComparable: (month, why) => `sin cambio que mostrar (${month}: ${why})`,
    noNumbers: 'nada medido',
    noPrevious: 'La tendencia no tiene un mes anterior con el que comparar.',
  },

  charts: {
    elapsed: {
      title: 'Tiempo transcurrido frente al plazo',
      description: (n) =>
        `Mediana y percentil 90 del tiempo transcurrido de los leads cerrados en ${n} SLA, como parte del plazo de cada uno, con una línea en el plazo.`,
      x: 'Tiempo transcurrido, parte del plazo',
      y: 'SLA',
      median: 'Mediana',
      p90: 'Percentil 90',
      goal: 'plazo',
    },
    distribution: {
      title: (sla) => `${sla}: tiempo transcurrido de los leads cerrados`,
      description: (sla, leads, goal, within) =>
        `${leads} leads cerrados del SLA ${sla}, contados por tiempo transcurrido en tramos del plazo (${goal}); ${within} dentro del plazo.`,
      x: (goal) => `Tiempo transcurrido, parte del plazo (${goal})`,
      y: 'Leads cerrados',
      within: 'Dentro del plazo',
      late: 'Fuera de plazo',
      goal: (goal) => `plazo ${goal}`,
      mermaidX: (goal, whole) => `Tiempo transcurrido, parte del plazo (${goal}): hasta ${whole}, cumplido`,
    },
    commitments: {
      title: 'Compromisos: real frente a la meta',
      description: (n) => `Real de ${n} ${plural(n, 'compromiso', 'compromisos')} como parte de cada meta, con una línea en la meta.`,
      x: 'Real, parte de la meta',
      y: 'Compromiso',
      goal: 'meta',
      valueOf: (actual, goal) => `${actual} de ${goal}`,
    },
    funnel: {
      title: 'Embudo: conversión frente al objetivo',
      description: (n) => `Tasa de conversión de ${n} ${plural(n, 'paso', 'pasos')} del embudo, cada uno frente al objetivo que fija el acuerdo.`,
      x: 'Tasa de conversión',
      y: 'Paso',
      target: 'objetivo',
      rateWithTarget: (rate, target) => `${rate} (objetivo ${target})`,
    },
    attainment: {
      title: (sla) => `${sla}: cumplimiento por periodo`,
      description: (sla, n) => `Cumplimiento del SLA ${sla} en ${n} ${plural(n, 'periodo', 'periodos')}, frente a su objetivo.`,
      x: 'Periodo',
      y: 'Cumplimiento',
      attainment: 'Cumplimiento',
      target: 'Objetivo',
    },
    elapsedPercent: 'Transcurrido, % del plazo',
    elapsedMermaidTitle: 'Tiempo transcurrido frente al plazo: percentil 90 (detrás), mediana (delante)',
    stepWithTarget: (step, target) => `${step} (objetivo ${target})`,
    commitmentsPercent: 'Real, % de la meta',
    ratePercent: 'Conversión, %',
  },
};

const REASON_WORDS: ReasonWords = {
  duplicateId: (id, row) => `id duplicado ${id} (aparece antes en la fila ${row})`,
  missingId: (column) => `falta el id (${column} está vacío)`,
  unparseableDate: (value, column, expected) => `fecha ilegible ${value} en la columna ${column}${expected === null ? '' : ` (se esperaba ${expected})`}`,
  epochText: (unit) =>
    unit === 'seconds'
      ? '; parecen segundos desde 1970: escríbala como número JSON de milisegundos (× 1000)'
      : '; parecen milisegundos desde 1970: escríbala como número JSON, sin comillas',
  unparseableNumber: (value, column) => `número ilegible ${value} en la columna ${column}`,
  badAttempts: (value, column) => `${value} en la columna ${column} no es un número de intentos (se esperaba un número entero, 0 o más)`,
  negativeDealAmount: (value, column) => `importe de venta negativo ${value} en la columna ${column} (una venta vale 0 o más)`,
  dealTooLarge: (value, column) =>
    `importe de venta demasiado grande ${value} en la columna ${column} (una venta vale menos de 10^18: dígitos que se juntaron, o la columna equivocada)`,
  unparseableBoolean: (value, column) => `valor sí/no ilegible ${value} en la columna ${column} (se esperaba true/false, yes/no o 1/0)`,
  noKey: (key, column, near) =>
    `ningún lead tiene la clave ${key} (columna ${column})${near === null ? '' : `; el lead ${near} solo se diferencia en mayúsculas o espacios`}`,
  epochDate: (value, key, why) =>
    `fecha ilegible ${value} en ${key}: un número en un campo de fecha se lee como milisegundos desde el 1970-01-01 UTC, y este ${({ infinite: 'no es un número finito', fraction: 'tiene una fracción de milisegundo', seconds: 'es anterior a 1973: si cuenta segundos, multiplíquelo por 1000', far: 'es posterior al año 9999' } as const)[why]}; o escriba la fecha como texto ISO 8601 ("2026-10-05T14:03:00Z")`,
  missingKey: (column) => `falta la clave (${column} está vacía)`,
  notJson: (detail) => `JSON no válido (${detail})`,
  notObject: (found) =>
    `no es un objeto JSON (hay ${({ null: 'null', list: 'una lista', string: 'un texto', number: 'un número', boolean: 'un valor true/false' } as Record<string, string>)[found] ?? found}): ${found === 'list' ? 'escriba cada registro de la lista en una línea propia, como objeto JSON {…} sin los corchetes' : 'cada línea de un archivo NDJSON es un registro, un objeto JSON como {"id": "L-1", "mqlAt": "2026-10-05T14:03:00Z"}'}`,
  wrongType: (expected, key, found) =>
    `se esperaba ${{ number: 'un número', date: 'una fecha', text: 'un texto' }[expected]} en ${key}, hay ${found === 'list' ? 'una lista' : 'un objeto'}`,
  inexactNumber: (key, value) => `número demasiado largo para leerlo exacto en ${key} (se lee como ${value}): escríbalo como texto JSON, entre comillas`,
  repeatedKey: (key, times) =>
    `la clave ${key} está escrita ${times} veces en este registro, y solo se leería su último valor: escriba cada clave una sola vez en un registro, con el valor que corresponde`,
  cellCount: (count, width) => `la fila tiene ${count} ${plural(count, 'celda', 'celdas')}, pero el encabezado tiene ${width}`,
  unlabelled: (n) =>
    `, aunque están todas las columnas con nombre: el encabezado termina en ${n === 1 ? 'una columna' : `${n} columnas`} sin nombre (una hoja de cálculo guardó en él columnas vacías); borre los delimitadores que siguen al último nombre del encabezado`,
  openQuote:
    ', y en ella una celda entre comillas ocupa más de una línea: si se dejó una comilla abierta, las líneas siguientes se leyeron en esta fila, hasta la comilla siguiente',
  mixedLineEnds:
    ', y en ella hay un retorno de carro (CR) sin salto de línea detrás, que para algunos programas termina una línea, pero no en este archivo, cuyas líneas terminan en LF o CRLF: la exportación mezcla finales de línea, así que la línea que sigue al CR se leyó en esta fila; vuelva a guardar el archivo como CSV UTF-8',
  repeatedHeader:
    'la fila repite el encabezado (cada celda es el nombre de su columna): el archivo parece varias exportaciones unidas una tras otra; borre esta línea y deje solo el primer encabezado (dos archivos --leads no se leen como una sola exportación: el segundo es el que un mapeo une al primero)',
  neverClosed: 'una celda entre comillas no se cierra nunca',
  pullHeaderAgain:
    'una línea de encabezado de revpact pull ({"#revpact-pull": …}) después de la línea 1: el archivo parece varios archivos de pull unidos uno tras otro; borre esta línea (revpact pull reúne lo que descarga en un solo archivo, por id)',
  decimalComma:
    ' (una coma decimal: la lee un archivo de mapeo que diga numbers: { decimal: "," }, y que puede extender un mapeo predefinido: extends: hubspot)',
  unexpectedValue: (value, column, expected) => `valor inesperado ${value} en la columna ${column} (se esperaba uno de estos: ${expected})`,
  or: 'o',
};

/** The engine's data-quality messages in Spanish (engine/metrics/data-quality.ts `message`). */
function findingMessage(code: string, count: number, detail: string): string | null {
  const p = (one: string, other: string) => plural(count, one, other);
  const leads = `${num(count)} ${p('lead', 'leads')}`;
  const d = localDetail(detail, { before: 'antes de', to: 'a', commitment: 'compromiso' });
  switch (code) {
    case 'missing-start':
      return `${leads} sin ${d} aunque el reloj se paró o se llegó a una etapa posterior: ${p('excluido', 'excluidos')} del SLA; rellene la fecha de inicio en el CRM o mapee su columna`;
    case 'stop-before-start':
      return `${leads} ${p('paró', 'pararon')} el reloj antes de que empezara (${d}): ${p('contado como cumplido', 'contados como cumplidos')} en 0 minutos; revise las fechas en el CRM`;
    case 'start-after-as-of':
      return `${leads} ${p('empieza', 'empiezan')} después de la fecha de corte (${d}): ${p('excluido', 'excluidos')}; genere el informe con un --as-of posterior`;
    case 'date-only':
      return `${leads} con fechas sin hora (${d}): un inicio sin hora cuenta desde el principio de su día, y un final sin hora, hasta el final`;
    case 'unknown-rejection-reason':
      return `${leads} ${p('rechazado', 'rechazados')} con un motivo que no está en la lista del acuerdo (${d})`;
    case 'missing-rejection-reason':
      return `${leads} ${p('rechazado', 'rechazados')} sin motivo, aunque el acuerdo lo exige`;
    case 'stage-order':
      return `${leads} con fechas de etapa fuera del orden del ciclo de vida (${d})`;
    case 'unknown-stage':
      return `${leads} en una etapa que no es ninguna de las de revpact (${d}): se lee como sin etapa actual, así que no prueba que empezara el reloj de una etapa; asigne cada valor a ${STAGE_KINDS.slice(0, -1).join(', ')} o ${STAGE_KINDS[STAGE_KINDS.length - 1]} en los valores del mapeo para la columna de la etapa (una etapa del ciclo de vida personalizada de HubSpot llega como su id interno)`;
    case 'not-a-number':
      return `${leads} con un valor que no es un número donde el acuerdo lo compara con uno (${d}): ${p('no cumple', 'no cumplen')} ninguna condición gt, gte, lt ni lte sobre él; escribe números sin más en el CRM (sin rangos, palabras ni separadores de miles) o compara con una lista de valores (op: in)`;
    case 'missing-deal-amount':
      return `${leads} ${p('llegó', 'llegaron')} a ${d} sin importe de la venta: se cuenta 0`;
    case 'rejected-rows':
      // The source's reason, said in the locale when it is one of the sentences the sources write.
      return `${count === 1 ? '1 fila rechazada:' : `${num(count)} filas rechazadas, por ejemplo:`} ${localReason(detail, REASON_WORDS)}`;
    case 'no-leads-in-period': {
      const [label, range] = splitDetail(detail);
      if (count === 0)
        return 'no se leyó ningún lead: no hay nada que medir, así que todos los SLA y compromisos quedan «sin datos», no incumplidos; si hubo filas rechazadas, la incidencia rejected-rows dice por qué (a menudo un --mapping que no corresponde a la exportación)';
      const [from, to] = range.split(' to ');
      const dates = range === '' ? 'ninguno tiene fecha' : `sus fechas van del ${date(from ?? '')} al ${date(to ?? '')}`;
      return `${leads} ${p('leído', 'leídos')}, ninguno con fecha en el periodo ${label} (${dates}): no hay nada que medir, así que todos los SLA y compromisos quedan «sin datos», no incumplidos; compare --period con la exportación`;
    }
    case 'sla-stop-not-in-export': {
      const [sla, fields] = splitDetail(detail);
      const one = !fields.includes('/');
      return `el SLA ${sla} no se mide: ningún lead de la exportación tiene ${fields.replaceAll('/', ' ni ')}, ${one ? 'el evento que detiene' : 'los eventos que detienen'} su reloj, así que ${p('su lead parecería', `sus ${leads} parecerían todos`)} ${p('atrasado o abierto', 'atrasados o abiertos')}; mapee la columna que ${one ? 'lo contiene' : 'contiene uno'} (--mapping) o ${one ? 'añádalo' : 'añada uno'} a la exportación`;
    }
    case 'handoff-fields-not-in-export': {
      const [stage, fields] = splitDetail(detail);
      const one = !fields.includes(', ');
      return `la exportación no trae ${fields}: ningún lead ${one ? 'lo' : 'los'} tiene, así que no se mide si el traspaso en ${stage} está completo (${leads} ${p('llegó', 'llegaron')}); mapee ${one ? 'la columna que lo contiene' : 'las columnas que los contienen'} (--mapping) o ${one ? 'añádalo' : 'añádalos'} a la exportación`;
    }
    case 'condition-field-not-in-export': {
      const [sla, fields] = splitDetail(detail);
      const one = !fields.includes(', ');
      return `la condición del SLA ${sla} lee ${fields}, que ninguna columna de la exportación da: para ${p('el', 'los')} ${leads} ${one ? 'falta' : 'faltan'}, así que la condición no puede cumplirse como se quería; revise el nombre en el acuerdo o asigne la columna que ${one ? 'lo' : 'los'} tiene (--mapping)`;
    }
    case 'stage-not-in-export': {
      const { field, stage, what, many } = stageDetail(detail, {
        commitment: ['el compromiso', 'los compromisos'],
        step: ['el paso del embudo', 'los pasos del embudo'],
        and: 'y',
        quote: (id) => `«${id}»`,
      });
      return `${leads} ${p('leído', 'leídos')}, ninguno con ${field}, la fecha en que un lead llega a ${stage}: ${what} no ${many ? 'pueden' : 'puede'} medirse y ${many ? 'quedan' : 'queda'} «sin datos», no ${many ? 'incumplidos' : 'incumplido'}; mapee la columna que la contiene (--mapping) o añádala a la exportación`;
    }
    case 'all-pending':
      return `${p('el único lead', `los ${leads}`)} del SLA ${detail} ${p('sigue abierto', 'siguen abiertos')} dentro del plazo en la fecha de corte (${p('pendiente', 'pendientes')}): el cumplimiento cuenta solo los leads cumplidos o incumplidos, así que el SLA queda «sin datos» por ahora; vuelva a generar el informe más adelante, o con un --as-of posterior`;
    case 'segment-matches-none':
      return `la condición del SLA ${detail} no coincidió con ninguno de ${p('el', 'los')} ${leads} que se le ${p('presentó', 'presentaron')}: todos quedaron fuera, así que el SLA queda «sin datos»; compare sus valores con los de la exportación (--by CAMPO lista los valores de un campo)`;
    case 'effective-in-period': {
      const [label, effective] = splitDetail(detail);
      return `el acuerdo entró en vigor el ${date(effective)}, dentro del periodo ${label}: ${leads} con fecha en él se ${p('mide', 'miden')} contra él, aun de antes de ese día; pida un periodo a partir del ${date(effective)}, o lea los días anteriores con la versión entonces vigente`;
    }
    case 'period-in-progress': {
      const { label, percent, last, ids } = progressDetail(detail);
      const named = ids.map((id) => `«${id}»`).join(', ');
      return `el periodo ${label} no ha terminado: en el instante de corte ha pasado el ${percent} % (su último día es el ${date(last)}), y ${p('el compromiso', 'los compromisos')} ${named}, por debajo de su meta por ahora, se ${p('juzga', 'juzgan')} contra la meta de todo el periodo y aún ${p('puede alcanzarla', 'pueden alcanzarla')}; ${p('léalo', 'léalos')} como un ritmo, o pida un periodo ya terminado`;
    }
    case 'before-effective': {
      const [label, effective] = splitDetail(detail);
      return `el periodo ${label} termina antes de que el acuerdo entrara en vigor el ${date(effective)} (${leads} con fecha en él): no se mide nada contra el acuerdo, así que todos los SLA y compromisos quedan «sin datos»; pida un periodo a partir del ${date(effective)}`;
    }
    default:
      return null;
  }
}
