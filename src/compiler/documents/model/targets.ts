import type { RuleFunnelStep } from '../../ir.js';
import { funnelMermaid, type FunnelChart } from '../../funnel-chart.js';
import { Safe } from '../../../render/safe.js';
import type { Text } from '../../../render/text.js';
import { stageLabeler, type ModelContext } from './context.js';

type Noun = (stage: string, count: number) => Safe;

/**
 * The reverse funnel as chart data: stages top first with the leads each needs, and the
 * conversion between neighbours. Null without targets or stages.
 */
export function funnelChartData({ rules, plain, stageById }: ModelContext): FunnelChart | null {
  const tg = rules.targets;
  if (!tg) return null;
  const plainLabel = stageLabeler(stageById, plain);
  const ordered = orderedStages(tg.needed, stageById);
  if (ordered.length === 0) return null;
  const bars = ordered.map((id) => ({ label: plainLabel(id).value, count: tg.needed[id] ?? 0, countText: plain.number(tg.needed[id] ?? 0).value }));
  return {
    bars,
    links: ordered.slice(1).map((to, i) => {
      const conversion = tg.conversions.find((c) => c.from === ordered[i] && c.to === to);
      return { from: i, to: i + 1, label: conversion ? rate(conversion.rate, conversion.oneIn, plain).value : '' };
    }),
    title: plain.t('funnel.chartTitle').value,
    description: bars.map((b) => `${b.label}: ${b.countText}`).join(', '),
  };
}

/** Top of the funnel first: the stages that need leads, in lifecycle order. */
function orderedStages(needed: Record<string, number>, stageById: ModelContext['stageById']): string[] {
  return Object.keys(needed).sort((a, b) => (stageById.get(a)?.order ?? 0) - (stageById.get(b)?.order ?? 0));
}

function rate(r: number, oneIn: number | null, using: Text): Safe {
  return oneIn !== null ? using.t('funnel.oneIn', { n: using.number(oneIn) }) : using.percent(r);
}

/**
 * The funnel arithmetic step by step, and the chart: Mermaid in Markdown; in HTML the SVG
 * the caller drew beforehand (render.ts: Vega renders asynchronously), or none.
 */
export function targetsModel(ctx: ModelContext, funnelSvg: string | null) {
  const { rules, text, stageLabel, stageById } = ctx;
  const tg = rules.targets;
  if (!tg) return null;
  const { t } = text;
  const noun: Noun = (id, count) => t(`funnel.noun.${stageById.get(id)?.kind ?? 'lead'}`, { count });
  const per = t(`period.per.${tg.period}`);
  const ordered = orderedStages(tg.needed, stageById);
  const count = (id: string) => tg.needed[id] ?? 0;
  const data = funnelChartData(ctx);
  const chart = data === null ? null : text.format === 'md' ? funnelMermaid(data) : funnelSvg;

  return {
    revenue: t('targets.revenue', { amount: text.money(tg.revenue), period: per }),
    dealSize: tg.dealSize !== null ? t('targets.dealSize', { amount: text.money(tg.dealSize) }) : null,
    deals: tg.deals !== null ? t('targets.deals', { count: tg.deals, period: per }) : null,
    conversions: tg.conversions.map((c) => ({ from: stageLabel(c.from), to: stageLabel(c.to), rate: rate(c.rate, c.oneIn, text) })),
    hasConversions: tg.conversions.length > 0,
    steps: tg.steps.map((step) => ({ stage: stageLabel(step.stage), arithmetic: stepText(step, text, noun) })),
    needed: ordered.map((id) => ({ stage: stageLabel(id), count: text.number(count(id)) })),
    chart: chart === null ? null : new Safe(chart),
  };
}

/** One step of the reverse funnel as arithmetic a reader can redo: "120 ÷ 8 ≈ **15 deals**". */
function stepText(step: RuleFunnelStep, text: Text, noun: Noun): Safe {
  const { t } = text;
  const b = step.basis;
  const result = text.strong(t('funnel.count', { count: step.needed, n: text.number(step.needed), noun: noun(step.stage, step.needed) }));
  switch (b.kind) {
    case 'deals-from-revenue':
      return t(b.exact === step.needed ? 'funnel.step.fromRevenueExact' : 'funnel.step.fromRevenue', {
        revenue: text.number(b.revenue),
        dealSize: text.number(b.dealSize),
        result,
      });
    case 'deals-stated':
      return t('funnel.step.stated', { result });
    case 'conversion': {
      const toNeeded = text.number(b.toNeeded);
      if (b.oneIn !== null) return t('funnel.step.oneIn', { toNeeded, oneIn: text.number(b.oneIn), result, to: noun(b.to, 1), from: noun(b.from, b.oneIn) });
      return t(b.exact === step.needed ? 'funnel.step.rateExact' : 'funnel.step.rate', {
        toNeeded,
        rate: text.percent(b.rate),
        result,
        to: noun(b.to, b.toNeeded),
        from: noun(b.from, step.needed),
      });
    }
  }
}
