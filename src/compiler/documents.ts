/**
 * rules → the agreement as a document people read, in Markdown or HTML, in en/es/pt/ca.
 *
 * Pure: takes the IR and a loaded TemplateSet, returns a string; no clock, no files, no
 * randomness, so identical input gives byte-identical output. The work splits in three:
 *
 *   1. text      escaping per format, Intl formatting per locale, `t` over the locale files
 *   2. model     the IR turned into what a reader sees: every string already escaped for
 *                the format (a `Safe`), every sentence composed from locale fragments
 *   3. render    a private Handlebars instance, strict, with its helpers registered here
 *
 * Untrusted text (anything from the contract) only reaches the output through an escaper:
 * in Markdown it cannot open a table cell, a link, HTML or an @mention; in HTML it is
 * entity-escaped. GitHub logins are printed as code, which never mentions.
 */
import Handlebars from 'handlebars';
import { parseDuration } from '../contract/quantities.js';
import { funnelMermaid, funnelSvg, type FunnelChart } from './funnel-chart.js';
import type { RuleCalendar, RuleCommitment, RuleCondition, RuleDuration, RuleEvent, RuleFunnelStep, RulesIR, RuleSla, RuleStage, TeamId, Weekday } from './ir.js';
import type { Messages, TemplateSet } from './templates.js';

export const DOCUMENT_FORMATS = ['md', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export const DOCUMENT_LOCALES = ['en', 'es', 'pt', 'ca'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

export interface RenderAgreementOptions {
  format: DocumentFormat;
  locale: DocumentLocale;
}

/** The agreement as one Markdown or HTML document. Throws only on bugs (a template or locale key that does not exist). */
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions): string {
  const text = createText(templates, { ...options, currency: rules.contract.currency }, options.format === 'md' ? MARKDOWN : HTML);
  // The chart escapes for its own syntax (Mermaid, SVG), so it takes its words unescaped.
  const plain = createText(templates, { ...options, currency: rules.contract.currency }, PLAIN);
  const model = buildModel(rules, text, plain);
  const hb = createHandlebars(templates, text);
  const source = templates.templates[`docs/agreement.${options.format}.hbs`];
  if (source === undefined) throw new Error(`templates: docs/agreement.${options.format}.hbs is missing`);
  const output = hb.compile(source, COMPILE_OPTIONS)(model);
  return tidy(output);
}

const HELPERS = ['t', 'text', 'code', 'strong', 'number', 'points', 'money', 'percent', 'date', 'duration'] as const;
const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])),
  knownHelpersOnly: true,
};
type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

/* ───────────────────────── 1. text: escaping, formatting, translation ───────────────────────── */

/**
 * A string already escaped for the output format. Handlebars prints anything with a
 * `toHTML()` as is, so the model can hand it over without triple-stashes.
 */
class Safe {
  constructor(readonly value: string) {}
  toHTML(): string {
    return this.value;
  }
  toString(): string {
    return this.value;
  }
}

interface Escaper {
  /** Untrusted data, inline: one line, nothing that markup could act on. */
  data(s: string): string;
  /** Fixed text (locale files, Intl output): inline markup characters neutralized. */
  literal(s: string): string;
  /** Data as code: identifiers, field names, GitHub logins. */
  code(s: string): string;
  /** Wraps already-escaped text in strong emphasis. */
  strong(escaped: string): string;
}

const ZWJ = '\u200D';

/** Characters Markdown (GFM + GitHub's math) could act on inline; each gets a backslash. */
function mdInline(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~$]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/@/g, `@${ZWJ}`);
}

const MARKDOWN: Escaper = {
  data(s) {
    // One line (a newline could end a table row or start a block), then block markers
    // at the start neutralized: a value may open a list item or a table cell.
    const flat = mdInline(oneLine(s));
    return flat
      .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
      .replace(/^([-+=])(?=[\s+=-]|$)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  },
  literal: mdInline,
  code(s) {
    const flat = oneLine(s).replace(/\|/g, '\\|');
    if (flat === '') return '';
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
  },
  strong: (escaped) => (escaped === '' ? '' : `**${escaped}**`),
};

function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const HTML: Escaper = {
  data: (s) => htmlEscape(oneLine(s)),
  literal: htmlEscape,
  code: (s) => `<code>${htmlEscape(oneLine(s))}</code>`,
  strong: (escaped) => (escaped === '' ? '' : `<strong>${escaped}</strong>`),
};

/** No escaping: for text that another module escapes for its own syntax. */
const PLAIN: Escaper = {
  data: (s) => oneLine(s),
  literal: (s) => s,
  code: (s) => oneLine(s),
  strong: (s) => s,
};

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

type Param = string | number | Safe;

/** Everything locale- and format-dependent that the model and the helpers need. */
interface Text {
  locale: DocumentLocale;
  format: DocumentFormat;
  esc: Escaper;
  /** Translates `key`, interpolating `{name}` placeholders; `count` picks a plural form. */
  t: (key: string, params?: Record<string, Param>) => Safe;
  /** Untrusted data, escaped. */
  data: (s: string) => Safe;
  code: (s: string) => Safe;
  number: (n: number) => Safe;
  /** With an explicit sign: +10, −5. */
  points: (n: number) => Safe;
  money: (n: number) => Safe;
  percent: (ratio: number) => Safe;
  /** A calendar date "YYYY-MM-DD" in words. */
  date: (iso: string) => Safe;
  duration: (d: RuleDuration | string) => Safe;
  and: (items: Safe[]) => Safe;
  or: (items: Safe[]) => Safe;
  join: (items: Safe[], separatorKey: string) => Safe;
}

const INTL_TAGS: Record<DocumentLocale, string> = { en: 'en', es: 'es', pt: 'pt', ca: 'ca' };

function createText(templates: TemplateSet, options: RenderAgreementOptions & { currency: string }, esc: Escaper): Text {
  const { locale, format, currency } = options;
  const messages = templates.locales[locale];
  if (!messages) throw new Error(`templates: locales/${locale}.json is missing`);
  const fallback = templates.locales['en'];
  const tag = INTL_TAGS[locale];
  const plural = new Intl.PluralRules(tag);
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const signedFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const conjunction = new Intl.ListFormat(tag, { type: 'conjunction' });
  const disjunction = new Intl.ListFormat(tag, { type: 'disjunction' });

  const lit = (s: string) => new Safe(esc.literal(s));
  const param = (value: Param): string => (value instanceof Safe ? value.value : typeof value === 'number' ? esc.literal(numberFormat.format(value)) : esc.data(value));

  function lookup(root: Messages | undefined, key: string): string | Messages | undefined {
    let node: string | Messages | undefined = root;
    for (const part of key.split('.')) {
      if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
      node = node[part];
    }
    return node;
  }

  function message(key: string, count: number | undefined): string {
    const found = lookup(messages, key) ?? lookup(fallback, key);
    if (typeof found === 'string') return found;
    if (found !== undefined && count !== undefined) {
      const form = found[plural.select(count)] ?? found['other'];
      if (typeof form === 'string') return form;
    }
    throw new Error(`locale ${locale}: no text for "${key}"${found !== undefined ? ' (plural forms need a count)' : ''}`);
  }

  function t(key: string, params: Record<string, Param> = {}): Safe {
    const count = params['count'];
    const template = message(key, typeof count === 'number' ? count : undefined);
    let out = '';
    let last = 0;
    for (const m of template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
      const name = m[1] as string;
      if (!Object.hasOwn(params, name)) throw new Error(`locale ${locale}: "${key}" uses {${name}}, which is not given`);
      out += esc.literal(template.slice(last, m.index)) + param(params[name] as Param);
      last = m.index + m[0].length;
    }
    return new Safe(out + esc.literal(template.slice(last)));
  }

  const list = (format: Intl.ListFormat, items: Safe[]): Safe =>
    new Safe(
      format
        .formatToParts(items.map((i) => i.value))
        .map((p) => (p.type === 'element' ? p.value : esc.literal(p.value)))
        .join(''),
    );

  const text: Text = {
    locale,
    format,
    esc,
    t,
    data: (s) => new Safe(esc.data(s)),
    code: (s) => new Safe(esc.code(s)),
    number: (n) => lit(numberFormat.format(n)),
    points: (n) => lit(signedFormat.format(n)),
    money(n) {
      const digits = Number.isInteger(n) ? 0 : 2;
      try {
        return lit(new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n));
      } catch {
        return lit(`${numberFormat.format(n)} ${currency}`);
      }
    },
    percent: (r) => lit(percentFormat.format(r)),
    date(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? lit(dateFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : text.data(iso);
    },
    duration(d) {
      const written = typeof d === 'string' ? d : d.text;
      const parsed = parseDuration(written);
      if (parsed) {
        // "30m" on a business clock is 30 working minutes: say so.
        const business = typeof d !== 'string' && d.clock === 'business';
        const unit = business && parsed.unit === 'm' ? 'bm' : business && parsed.unit === 'h' ? 'bh' : parsed.unit;
        return t(`duration.${unit}`, { count: parsed.value });
      }
      return typeof d === 'string' ? text.data(d) : t('duration.m', { count: d.minutes });
    },
    and: (items) => list(conjunction, items),
    or: (items) => list(disjunction, items),
    join: (items, separatorKey) => new Safe(items.map((i) => i.value).join(t(separatorKey).value)),
  };
  return text;
}

/* ───────────────────────── 2. model: what the reader sees ───────────────────────── */

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TEAMS: readonly TeamId[] = ['marketing', 'sales'];
const ACTIVITIES = new Set(['created', 'first-touch', 'last-attempt', 'rejected', 'feedback', 'recycled']);

/** Builds the document model. Every string in it is a `Safe`, escaped for the format. */
function buildModel(rules: RulesIR, text: Text, plain: Text) {
  const { t } = text;
  const stageById = new Map(rules.stages.map((s) => [s.id, s]));
  const calendarById = new Map(rules.calendars.map((c) => [c.id, c]));
  const personaById = new Map(rules.personas.map((p) => [p.id, p]));
  const stageLabel: StageLabel = (id) => {
    const stage = stageById.get(id);
    return stage ? stageName(stage, text) : text.data(id);
  };
  const teamName = (team: TeamId | 'both') => t(`team.name.${team}`);
  const personaName = (id: string) => text.data(personaById.get(id)?.name ?? id);
  const condition = (c: RuleCondition) => conditionText(c, text, false);
  const maybe = (s: string | null) => (s === null || s.trim() === '' ? null : text.data(s));

  const contract = rules.contract;
  const title = contract.title !== null ? text.data(contract.title) : t('document.defaultTitle', { name: contract.name });

  const owners = TEAMS.map((team) => {
    const o = rules.owners[team];
    return { team: teamName(team), name: text.data(o.name), title: maybe(o.title), github: text.code(o.github) };
  });
  const approvers = rules.approvers.map((a) => ({ github: text.code(a.github), name: maybe(a.name), team: teamName(a.for) }));

  const roles = TEAMS.flatMap((team) => {
    const r = rules.roles[team];
    return r ? [{ team: teamName(team), summary: text.data(r.summary), responsibilities: r.responsibilities.map(text.data) }] : [];
  });

  const personas = rules.personas.map((p) => ({ id: text.code(p.id), name: text.data(p.name), description: maybe(p.description), criteria: p.criteria ? condition(p.criteria) : null }));

  const stages = rules.stages.map((s) => ({
    position: s.order + 1,
    id: text.code(s.id),
    name: stageName(s, text),
    kind: t(`stageKind.${s.kind}`),
    owner: teamName(s.owner),
    entry: maybe(s.entry),
    description: maybe(s.description),
    personas: s.personas.length > 0 ? text.and(s.personas.map(personaName)) : null,
  }));

  return {
    lang: text.locale,
    ir: rules,
    document: {
      title,
      description: maybe(contract.description),
      name: text.code(contract.name),
      status: t(`document.statusValue.${contract.status}`),
      version: text.data(contract.version),
      effective: text.date(contract.effective),
      hash: text.code(contract.hash),
      compiler: text.data(`${rules.compiler.name} ${rules.compiler.version}`),
    },
    parties: { owners, approvers, hasApprovers: approvers.length > 0 },
    roles,
    personas,
    stages,
    qualification: qualificationModel(rules, text, stageLabel, personaName),
    targets: targetsModel(rules, text, plain, stageById),
    commitments: TEAMS.flatMap((team) => {
      const items = rules.commitments.filter((c) => c.owner === team).map((c) => ({ id: text.code(c.id), sentence: commitmentSentence(c, text, stageLabel), description: maybe(c.description) }));
      return items.length > 0 ? [{ team: teamName(team), heading: t(`commitments.byTeam.${team}`), items }] : [];
    }),
    handoff: rules.handoff
      ? {
          when: t('handoff.when', { stage: stageLabel(rules.handoff.stage) }),
          description: maybe(rules.handoff.description),
          fields: rules.handoff.requiredFields.map((f) => ({ label: f.label !== null ? text.data(f.label) : text.code(f.field), field: text.code(f.field) })),
          channel: rules.handoff.channel !== null ? t('handoff.channel', { channel: t(`handoff.channels.${rules.handoff.channel}`) }) : null,
          routing: rules.handoff.routing
            ? {
                method: t(rules.handoff.routing.rules.length > 0 ? 'handoff.routingRules' : 'handoff.routing', { method: t(`handoff.methods.${rules.handoff.routing.method}`) }),
                rules: rules.handoff.routing.rules.map((r) => t('handoff.rule', { condition: condition(r.when), to: text.data(r.to) })),
              }
            : null,
        }
      : null,
    slas: rules.slas.map((s) => ({
      id: text.code(s.id),
      name: s.name !== null ? text.data(s.name) : text.code(s.id),
      sentence: slaSentence(s, text, stageById, calendarById),
      description: maybe(s.description),
    })),
    followUp: followUpModel(rules, text),
    recycling: rules.recycling
      ? {
          description: maybe(rules.recycling.description),
          feedback: t(rules.recycling.feedbackRequired ? 'recycling.feedbackRequired' : 'recycling.feedbackOptional'),
          reasons: rules.recycling.reasons.map((r) => ({
            id: text.code(r.id),
            label: text.data(r.label),
            destination: destinationText(r, text, stageLabel),
            values: r.values.length > 0 ? text.join(r.values.map(text.code), 'list.separator') : null,
          })),
          hasValues: rules.recycling.reasons.some((r) => r.values.length > 0),
        }
      : null,
    metrics: rules.metrics.map((m) => ({
      id: text.code(m.id),
      name: text.data(m.name),
      definition: text.data(m.definition),
      owner: teamName(m.owner),
      cadence: m.cadence !== null ? t(`period.adjective.${m.cadence}`) : t('metrics.noCadence'),
    })),
    meetings: rules.meetings.map((m) => ({
      id: text.code(m.id),
      name: text.data(m.name),
      purpose: maybe(m.purpose),
      when: meetingWhen(m, text),
      attendees: text.and(m.attendees.map(teamName)),
      agenda: m.agenda.map(text.data),
    })),
    scorecard: scorecardModel(rules, text),
    footer: {
      line: t('footer.line', { version: text.data(contract.version), date: text.date(contract.effective) }),
      approvers: t('footer.approvers', {
        list: text.and(TEAMS.map((team) => t('footer.approver', { name: text.data(rules.owners[team].name), github: text.code(rules.owners[team].github), team: teamName(team) }))),
      }),
      delegates:
        rules.approvers.length > 0
          ? t('footer.delegates', {
              list: text.and(rules.approvers.map((a) => (a.name !== null ? t('footer.approver', { name: text.data(a.name), github: text.code(a.github), team: teamName(a.for) }) : t('footer.delegate', { github: text.code(a.github), team: teamName(a.for) })))),
            })
          : null,
      generated: t('footer.generated', { compiler: text.data(`${rules.compiler.name} ${rules.compiler.version}`), name: text.code(contract.name), hash: text.code(contract.hash) }),
    },
  };
}

type StageLabel = (id: string) => Safe;

/** A stage as readers know it: its name, else the standard name of its kind. */
function stageName(stage: RuleStage, text: Text): Safe {
  return stage.name !== null ? text.data(stage.name) : text.t(`stageKind.${stage.kind}`);
}

/** A condition in words: "country is one of ES, PT and employees is at least 50". */
function conditionText(c: RuleCondition, text: Text, nested: boolean): Safe {
  const { t } = text;
  if ('all' in c || 'any' in c) {
    const items = ('all' in c ? c.all : c.any).map((x) => conditionText(x, text, true));
    const joined = 'all' in c ? text.and(items) : text.or(items);
    return nested && items.length > 1 ? t('cond.group', { condition: joined }) : joined;
  }
  if ('not' in c) return t('cond.not', { condition: conditionText(c.not, text, true) });
  const field = text.code(c.field);
  const value = (v: string | number | boolean): Safe => (typeof v === 'boolean' ? t(v ? 'cond.true' : 'cond.false') : typeof v === 'number' ? text.number(v) : text.data(v));
  switch (c.op) {
    case 'exists':
    case 'missing':
      return t(`cond.op.${c.op}`, { field });
    case 'in':
    case 'not-in':
      return t(`cond.op.${c.op}`, { field, values: text.join(c.value.map(value), 'list.separator') });
    default:
      return t(`cond.op.${c.op}`, { field, value: value(c.value) });
  }
}

function qualificationModel(rules: RulesIR, text: Text, stageLabel: StageLabel, personaName: (id: string) => Safe) {
  const q = rules.qualification;
  if (!q) return null;
  const { t } = text;
  const scoring = q.scoring
    ? {
        rules: q.scoring.rules.map((r) => ({
          id: text.code(r.id),
          description: r.description !== null ? text.data(r.description) : text.code(r.id),
          when: conditionText(r.when, text, false),
          category: t(`qualification.category.${r.category}`),
          award: text.points(r.points),
          max: r.max !== null ? text.number(r.max) : t('table.none'),
        })),
        caps: (['fit', 'engagement', 'total'] as const).flatMap((k) => {
          const cap = q.scoring?.caps[k];
          return cap === null || cap === undefined ? [] : [t(`qualification.cap.${k}`, { points: text.number(cap) })];
        }),
        decay: q.scoring.decay
          ? t(`qualification.decay.${q.scoring.decay.category}`, { by: text.percent(q.scoring.decay.by), every: text.duration(q.scoring.decay.every) })
          : null,
      }
    : null;
  const thresholds = q.thresholds.map((th) => {
    const extras: Safe[] = [];
    if (th.minFit !== null) extras.push(t('qualification.minFit', { points: text.number(th.minFit) }));
    if (th.minEngagement !== null) extras.push(t('qualification.minEngagement', { points: text.number(th.minEngagement) }));
    const base = t('qualification.threshold', { stage: stageLabel(th.stage), score: text.number(th.score) });
    return extras.length > 0 ? t('qualification.thresholdWith', { threshold: base, extras: text.and(extras) }) : t('qualification.thresholdOnly', { threshold: base });
  });
  return {
    description: q.description !== null && q.description.trim() !== '' ? text.data(q.description) : null,
    personas: q.personas.length > 0 ? t('qualification.personas', { personas: text.or(q.personas.map(personaName)) }) : null,
    fit: q.fit ? t('qualification.fit', { condition: conditionText(q.fit, text, false) }) : null,
    engagement: q.engagement ? t('qualification.engagement', { condition: conditionText(q.engagement, text, false) }) : null,
    scoring,
    thresholds,
  };
}

/** The funnel arithmetic step by step, and the chart. */
function targetsModel(rules: RulesIR, text: Text, plain: Text, stageById: Map<string, RuleStage>) {
  const tg = rules.targets;
  if (!tg) return null;
  const { t } = text;
  const label = (id: string, using: Text = text): Safe => {
    const stage = stageById.get(id);
    return stage ? stageName(stage, using) : using.data(id);
  };
  const noun = (id: string, count: number): Safe => t(`funnel.noun.${stageById.get(id)?.kind ?? 'lead'}`, { count });
  const rate = (r: number, oneIn: number | null, using: Text = text): Safe => (oneIn !== null ? using.t('funnel.oneIn', { n: using.number(oneIn) }) : using.percent(r));

  // Top of the funnel first: the stages that need leads, in lifecycle order.
  const ordered = Object.keys(tg.needed).sort((a, b) => (stageById.get(a)?.order ?? 0) - (stageById.get(b)?.order ?? 0));
  const count = (id: string) => tg.needed[id] ?? 0;
  const bars = ordered.map((id) => ({ label: label(id, plain).value, count: count(id), countText: plain.number(count(id)).value }));
  const chart: FunnelChart = {
    bars,
    links: ordered.slice(1).map((to, i) => {
      const conversion = tg.conversions.find((c) => c.from === ordered[i] && c.to === to);
      return { from: i, to: i + 1, label: conversion ? rate(conversion.rate, conversion.oneIn, plain).value : '' };
    }),
    title: plain.t('funnel.chartTitle').value,
    description: bars.map((b) => `${b.label}: ${b.countText}`).join(', '),
  };

  return {
    revenue: t('targets.revenue', { amount: text.money(tg.revenue), period: t(`period.per.${tg.period}`) }),
    dealSize: tg.dealSize !== null ? t('targets.dealSize', { amount: text.money(tg.dealSize) }) : null,
    deals: tg.deals !== null ? t('targets.deals', { count: tg.deals, period: t(`period.per.${tg.period}`) }) : null,
    conversions: tg.conversions.map((c) => ({ from: label(c.from), to: label(c.to), rate: rate(c.rate, c.oneIn) })),
    hasConversions: tg.conversions.length > 0,
    steps: tg.steps.map((step) => ({ stage: label(step.stage), arithmetic: stepText(step, text, noun) })),
    needed: ordered.map((id) => ({ stage: label(id), count: text.number(count(id)) })),
    chart: ordered.length === 0 ? null : new Safe(text.format === 'md' ? funnelMermaid(chart) : funnelSvg(chart)),
  };
}

function stepText(step: RuleFunnelStep, text: Text, noun: (stage: string, count: number) => Safe): Safe {
  const { t } = text;
  const b = step.basis;
  const result = text.esc.strong(t('funnel.count', { count: step.needed, n: text.number(step.needed), noun: noun(step.stage, step.needed) }).value);
  switch (b.kind) {
    case 'deals-from-revenue':
      return t(b.exact === step.needed ? 'funnel.step.fromRevenueExact' : 'funnel.step.fromRevenue', {
        revenue: text.number(b.revenue),
        dealSize: text.number(b.dealSize),
        result: new Safe(result),
      });
    case 'deals-stated':
      return t('funnel.step.stated', { result: new Safe(result) });
    case 'conversion': {
      const toNeeded = text.number(b.toNeeded);
      if (b.oneIn !== null) return t('funnel.step.oneIn', { toNeeded, oneIn: text.number(b.oneIn), result: new Safe(result), to: noun(b.to, 1), from: noun(b.from, b.oneIn) });
      return t(b.exact === step.needed ? 'funnel.step.rateExact' : 'funnel.step.rate', { toNeeded, rate: text.percent(b.rate), result: new Safe(result), to: noun(b.to, b.toNeeded), from: noun(b.from, step.needed) });
    }
  }
}

function commitmentSentence(c: RuleCommitment, text: Text, stageLabel: StageLabel): Safe {
  const { t } = text;
  const common = { who: t(`team.subject.${c.owner}`), every: t(`period.every.${c.period}`), segment: c.when ? t('commitments.segment', { condition: conditionText(c.when, text, false) }) : new Safe('') };
  switch (c.kind) {
    case 'volume':
      return t('commitments.volume', { ...common, goal: text.number(c.goal), stage: stageLabel(c.stage) });
    case 'conversion':
      return t('commitments.conversion', { ...common, goal: text.percent(c.goal), from: stageLabel(c.from), to: stageLabel(c.to) });
    case 'pipeline':
      return t('commitments.pipeline', { ...common, goal: text.money(c.goal), stage: stageLabel(c.stage) });
    case 'revenue':
      return t('commitments.revenue', { ...common, goal: text.money(c.goal) });
  }
}

/**
 * One SLA as one sentence a sales rep understands: who, does what (from the stop events),
 * to which leads (from the start event), within how long, on which hours, for which
 * leads, and the share of leads it must hold for.
 */
function slaSentence(sla: RuleSla, text: Text, stageById: Map<string, RuleStage>, calendarById: Map<string, RuleCalendar>): Safe {
  const { t } = text;
  const object = startObject(sla.start, text, stageById);

  const verbs: Safe[] = [];
  const moves: Safe[] = [];
  for (const stop of sla.stop) {
    const stage = stop.type === 'stage' ? stageById.get(stop.event) : undefined;
    if (stage) {
      if (stage.kind === 'sal') verbs.push(t('sla.verb.accept'));
      else if (stage.kind === 'recycled') verbs.push(t('sla.verb.recycled'));
      else if (stage.kind === 'disqualified') verbs.push(t('sla.verb.disqualify'));
      else moves.push(stageName(stage, text));
    } else if (ACTIVITIES.has(stop.event)) {
      verbs.push(t(`sla.verb.${stop.event}`));
    } else {
      verbs.push(t('sla.verb.other', { event: text.code(stop.event) }));
    }
  }
  const clauses: Safe[] = [];
  if (verbs.length > 0) clauses.push(t('sla.action', { verbs: text.or(verbs), object }));
  if (moves.length > 0) clauses.push(t('sla.move', { object, stages: text.or(moves) }));

  const calendar = sla.clock === 'business' && sla.calendar !== null ? calendarById.get(sla.calendar) : undefined;
  const params = {
    who: t(`team.subject.${sla.owner}`),
    action: text.or(clauses),
    duration: text.duration(sla.goal),
    segment: sla.when ? t('sla.segment', { condition: conditionText(sla.when, text, false) }) : new Safe(''),
    target: text.percent(sla.target),
  };
  return calendar ? t('sla.sentence.business', { ...params, hours: hoursText(calendar, text) }) : t('sla.sentence.calendar', params);
}

function startObject(start: RuleEvent, text: Text, stageById: Map<string, RuleStage>): Safe {
  const { t } = text;
  const stage = start.type === 'stage' ? stageById.get(start.event) : undefined;
  if (stage) return t('sla.object.stage', { stage: stageName(stage, text) });
  if (ACTIVITIES.has(start.event)) return t(`sla.object.${start.event}`);
  return t('sla.object.other', { event: text.code(start.event) });
}

/** "Monday–Friday 09:00–14:00 and 15:00–18:00 Europe/Madrid, holidays excluded". */
function hoursText(calendar: RuleCalendar, text: Text): Safe {
  const { t } = text;
  const groups: { days: Weekday[]; intervals: [number, number][] }[] = [];
  for (const day of WEEKDAYS) {
    const intervals = calendar.week[day];
    if (intervals.length === 0) continue;
    const last = groups[groups.length - 1];
    const previousDay = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (last && last.days[last.days.length - 1] === previousDay && sameIntervals(last.intervals, intervals)) last.days.push(day);
    else groups.push({ days: [day], intervals });
  }
  if (groups.length === 0) return t('calendar.closed', { timezone: text.data(calendar.timezone) });
  const dayName = (d: Weekday) => t(`weekday.${d}`);
  const schedule = groups.map((g) => {
    const first = g.days[0] as Weekday;
    const last = g.days[g.days.length - 1] as Weekday;
    const days = g.days.length === 1 ? dayName(first) : g.days.length === 2 ? text.and([dayName(first), dayName(last)]) : t('calendar.dayRange', { from: dayName(first), to: dayName(last) });
    const hours = text.and(g.intervals.map(([from, to]) => t('calendar.interval', { from: clock(from), to: clock(to) })));
    return t('calendar.group', { days, hours });
  });
  const hours = t('calendar.schedule', { schedule: text.join(schedule, 'calendar.groupSeparator'), timezone: text.data(calendar.timezone) });
  return calendar.holidayDates.length > 0 || calendar.holidayRegions.length > 0 ? t('calendar.withHolidays', { hours }) : hours;
}

function sameIntervals(a: [number, number][], b: [number, number][]): boolean {
  return a.length === b.length && a.every(([s, e], i) => b[i]?.[0] === s && b[i]?.[1] === e);
}

/** Minutes from midnight → "09:00". */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function followUpModel(rules: RulesIR, text: Text) {
  const f = rules.followUp;
  if (!f) return null;
  const { t } = text;
  const points: Safe[] = [];
  if (f.firstChannel !== null) points.push(t('followUp.first', { channel: t(`followUp.by.${f.firstChannel}`) }));
  if (f.channels.length > 0) points.push(t('followUp.channels', { channels: text.and(f.channels.map((c) => t(`followUp.channel.${c}`))) }));
  if (f.attemptsPerDay !== null) points.push(t('followUp.perDay', { count: f.attemptsPerDay }));
  points.push(t('followUp.minimum', { count: f.minAttempts, span: text.duration(f.minSpan) }));
  if (f.giveUpReason !== null) {
    const reason = rules.recycling?.reasons.find((r) => r.id === f.giveUpReason);
    points.push(t('followUp.giveUp', { reason: reason ? text.data(reason.label) : text.code(f.giveUpReason) }));
  }
  return { description: f.description !== null && f.description.trim() !== '' ? text.data(f.description) : null, items: points };
}

function destinationText(r: NonNullable<RulesIR['recycling']>['reasons'][number], text: Text, stageLabel: StageLabel): Safe {
  const { t } = text;
  let base: Safe;
  switch (r.destination) {
    case 'nurture':
      base = r.flow !== null ? t('recycling.to.nurtureFlow', { flow: text.data(r.flow) }) : t('recycling.to.nurture');
      break;
    case 'disqualified':
      base = t('recycling.to.disqualified');
      break;
    case 'sales-later':
      base = r.after !== null ? t('recycling.to.salesLaterAfter', { after: text.duration(r.after) }) : t('recycling.to.salesLater');
      break;
  }
  return r.stage !== null ? t('recycling.inStage', { destination: base, stage: stageLabel(r.stage) }) : base;
}

function meetingWhen(m: RulesIR['meetings'][number], text: Text): Safe {
  const { t } = text;
  const day = m.day !== null ? t(`weekday.${m.day}`) : null;
  let when: Safe;
  if (m.cadence === 'weekly' || m.cadence === 'biweekly') {
    when = day ? t(`meetings.cadence.${m.cadence}.day`, { day }) : t(`meetings.cadence.${m.cadence}.any`);
  } else if (day && m.week !== null) {
    when = t(`meetings.cadence.${m.cadence}.nth`, { nth: t(`meetings.nth.${m.week}`, { day }) });
  } else if (day) {
    when = t(`meetings.cadence.${m.cadence}.day`, { day });
  } else {
    when = t(`meetings.cadence.${m.cadence}.any`);
  }
  if (m.time !== null) when = t('meetings.at', { when, time: text.data(m.time), timezone: text.data(m.timezone) });
  if (m.durationMinutes !== null) when = t('meetings.lasting', { when, duration: minutesText(m.durationMinutes, text) });
  return when;
}

/** A length of time in minutes, in the largest whole unit: 60 → "1 hour", 90 → "90 minutes". */
function minutesText(minutes: number, text: Text): Safe {
  if (minutes >= 60 && minutes % 60 === 0) return text.t('duration.h', { count: minutes / 60 });
  return text.t('duration.m', { count: minutes });
}

function scorecardModel(rules: RulesIR, text: Text) {
  const s = rules.scorecard;
  if (!s) return null;
  const { t } = text;
  return {
    intro: t('scorecard.intro', { cadence: t(`scorecard.cadence.${s.cadence}`), scale: text.join(s.scale.map((g) => text.data(g.grade)), 'list.separator') }),
    commentBelow: t('scorecard.commentBelow', { grade: text.data(s.commentBelow) }),
    scale: s.scale.map((g) => ({ grade: text.data(g.grade), meaning: g.meaning !== null ? text.data(g.meaning) : t('table.none') })),
    hasMeanings: s.scale.some((g) => g.meaning !== null),
    needs: TEAMS.map((team) => ({ heading: t(`scorecard.needs.${team}`), items: s.needs[team].map((n) => ({ id: text.code(n.id), need: text.data(n.need) })) })).filter((n) => n.items.length > 0),
  };
}

/* ───────────────────────── 3. render: the Handlebars instance ───────────────────────── */

function createHandlebars(templates: TemplateSet, text: Text): typeof Handlebars {
  const hb = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) hb.registerPartial(name, hb.compile(source, COMPILE_OPTIONS));

  // Helpers take data from the model (already Safe) or from `ir` (raw: escaped here).
  const str = (value: unknown, helper: string): string => {
    if (value instanceof Safe) return value.value;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new Error(`templates: {{${helper}}} needs a text, got ${value === null ? 'null' : typeof value}`);
  };
  const num = (value: unknown, helper: string): number => {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw new Error(`templates: {{${helper}}} needs a number, got ${value === null ? 'null' : typeof value}`);
  };
  const escaped = (value: unknown): Safe => (value instanceof Safe ? value : typeof value === 'number' ? text.number(value) : text.data(str(value, 'text')));

  hb.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => {
    const params: Record<string, Param> = {};
    for (const [name, value] of Object.entries(options.hash as Record<string, unknown>)) params[name] = value instanceof Safe || typeof value === 'number' ? value : str(value, 't');
    return text.t(str(key, 't'), params);
  });
  hb.registerHelper('text', (value: unknown) => escaped(value));
  hb.registerHelper('code', (value: unknown) => (value instanceof Safe ? value : text.code(str(value, 'code'))));
  hb.registerHelper('strong', (value: unknown) => new Safe(text.esc.strong(escaped(value).value)));
  hb.registerHelper('number', (value: unknown) => text.number(num(value, 'number')));
  hb.registerHelper('points', (value: unknown) => text.points(num(value, 'points')));
  hb.registerHelper('money', (value: unknown) => text.money(num(value, 'money')));
  hb.registerHelper('percent', (value: unknown) => text.percent(num(value, 'percent')));
  hb.registerHelper('date', (value: unknown) => text.date(str(value, 'date')));
  hb.registerHelper('duration', (value: unknown) => {
    if (typeof value === 'string') return text.duration(value);
    if (typeof value === 'object' && value !== null && 'text' in value && 'minutes' in value) return text.duration(value as RuleDuration);
    throw new Error('templates: {{duration}} needs a duration');
  });
  return hb;
}

/** Same bytes whatever the template whitespace: no trailing spaces, no runs of blank lines, one final newline. */
function tidy(output: string): string {
  return (
    output
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
