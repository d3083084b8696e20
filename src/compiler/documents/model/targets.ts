import type { RuleFunnelStep } from '../../ir.js';
import { funnelMermaid, funnelSvg, type FunnelChart } from '../../funnel-chart.js';
import { Safe } from '../../../render/safe.js';
import type { Text } from '../../../render/text.js';
import { stageLabeler, type ModelContext } from './context.js';

type Noun = (stage: string, count: number) => Safe;

/** The funnel arithmetic step by step, and the chart. */
export function targetsModel({ rules, text, plain, stageById, stageLabel }: ModelContext) {
  const tg = rules.targets;
  if (!tg) return null;
  const { t } = text;
  const plainLabel = stageLabeler(stageById, plain);
  const noun: Noun = (id, count) => t(`funnel.noun.${stageById.get(id)?.kind ?? 'lead'}`, { count });
  const rate = (r: number, oneIn: number | null, using: Text = text): Safe =>
    oneIn !== null ? using.t('funnel.oneIn', { n: using.number(oneIn) }) : using.percent(r);
  const per = t(`period.per.${tg.period}`);

  // Top of the funnel first: the stages that need leads, in lifecycle order.
  const ordered = Object.keys(tg.needed).sort((a, b) => (stageById.get(a)?.order ?? 0) - (stageById.get(b)?.order ?? 0));
  const count = (id: string) => tg.needed[id] ?? 0;
  const bars = ordered.map((id) => ({ label: plainLabel(id).value, count: count(id), countText: plain.number(count(id)).value }));
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
    revenue: t('targets.revenue', { amount: text.money(tg.revenue), period: per }),
    dealSize: tg.dealSize !== null ? t('targets.dealSize', { amount: text.money(tg.dealSize) }) : null,
    deals: tg.deals !== null ? t('targets.deals', { count: tg.deals, period: per }) : null,
    conversions: tg.conversions.map((c) => ({ from: stageLabel(c.from), to: stageLabel(c.to), rate: rate(c.rate, c.oneIn) })),
    hasConversions: tg.conversions.length > 0,
    steps: tg.steps.map((step) => ({ stage: stageLabel(step.stage), arithmetic: stepText(step, text, noun) })),
    needed: ordered.map((id) => ({ stage: stageLabel(id), count: text.number(count(id)) })),
    chart: ordered.length === 0 ? null : new Safe(text.format === 'md' ? funnelMermaid(chart) : funnelSvg(chart)),
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
