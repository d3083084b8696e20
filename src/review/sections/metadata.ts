/**
 * Metadata: the contract's identity, dates and owners. The version number is what the
 * version policy checks, so its own change needs no bump. Becoming active puts every
 * clause into force (tighter for both); leaving active status takes them all away.
 */
import type { TeamId } from '../../compiler/ir.js';
import { makeChange, tone } from '../change.js';
import { matchByKey } from '../match.js';
import { joined, say, type Phrase } from '../phrase.js';
import type { Change, Direction } from '../types.js';
import { defined, wording, type DiffContext } from './context.js';

const at = '/metadata';

export function diffMetadata(ctx: DiffContext): Change[] {
  const b = ctx.base.contract;
  const h = ctx.head.contract;
  const out: (Change | undefined)[] = [];
  const neutral = (pointer: string, before: Change['before'], after: Change['after'], summary: Phrase, unclear = false) =>
    makeChange({
      section: 'metadata',
      pointer: `${at}${pointer}`,
      kind: 'changed',
      before,
      after,
      direction: 'neutral',
      affects: 'both',
      unclear,
      summary: joined(summary, tone('neutral', 'both', unclear)),
    });

  if (b.version !== h.version)
    out.push(
      makeChange({
        section: 'metadata',
        pointer: `${at}/version`,
        kind: 'changed',
        before: b.version,
        after: h.version,
        direction: 'neutral',
        affects: 'both',
        bump: 'none',
        summary: say('meta.version', { from: b.version, to: h.version }),
      }),
    );
  if (b.name !== h.name) out.push(neutral('/name', b.name, h.name, say('meta.name', { from: b.name, to: h.name })));
  if (b.status !== h.status) {
    const d: Direction = h.status === 'active' ? 'tightened' : b.status === 'active' ? 'loosened' : 'neutral';
    out.push(
      makeChange({
        section: 'metadata',
        pointer: `${at}/status`,
        kind: 'changed',
        before: b.status,
        after: h.status,
        direction: d,
        affects: 'both',
        bump: d === 'neutral' ? 'minor' : 'major',
        summary: joined(say('meta.status', { from: say(`status.${b.status}`), to: say(`status.${h.status}`) }), tone(d, 'both')),
        shown: { before: say(`status.${b.status}`), after: say(`status.${h.status}`) },
      }),
    );
  }
  if (b.effective !== h.effective) out.push(neutral('/effective', b.effective, h.effective, say('meta.effective', { from: b.effective, to: h.effective })));
  // Periods are cut in the zone, and money goals are in the currency: both change what every number means.
  if (b.timezone !== h.timezone) out.push(neutral('/timezone', b.timezone, h.timezone, say('meta.timezone', { from: b.timezone, to: h.timezone }), true));
  if (b.currency !== h.currency) out.push(neutral('/currency', b.currency, h.currency, say('meta.currency', { from: b.currency, to: h.currency }), true));
  if (b.mapping !== h.mapping)
    out.push(neutral('/mapping', b.mapping, h.mapping, say('meta.mapping', { from: b.mapping ?? 'canonical', to: h.mapping ?? 'canonical' })));
  if (b.locale !== h.locale)
    out.push(
      makeChange({
        section: 'metadata',
        pointer: `${at}/locale`,
        kind: 'changed',
        before: b.locale,
        after: h.locale,
        direction: 'neutral',
        affects: 'both',
        wording: true,
        summary: say('meta.locale', { from: b.locale, to: h.locale }),
      }),
    );
  out.push(wording('metadata', `${at}/title`, say('subject.title'), b.title, h.title, 'both'));
  out.push(wording('metadata', `${at}/description`, say('subject.description'), b.description, h.description, 'both'));

  // Owners approve every change for their team; approvers too.
  for (const team of ['marketing', 'sales'] as TeamId[]) {
    const ob = ctx.base.owners[team];
    const oh = ctx.head.owners[team];
    const ptr = `${at}/owners/${team}`;
    if (ob.github.toLowerCase() !== oh.github.toLowerCase())
      out.push(
        makeChange({
          section: 'metadata',
          pointer: `${ptr}/github`,
          kind: 'changed',
          before: ob.github,
          after: oh.github,
          direction: 'neutral',
          affects: team,
          summary: say(`meta.owner.${team}`, { from: ob.github, to: oh.github }),
        }),
      );
    out.push(wording('metadata', `${ptr}/name`, say(`subject.ownerName.${team}`), ob.name, oh.name, team));
    out.push(wording('metadata', `${ptr}/title`, say(`subject.ownerTitle.${team}`), ob.title, oh.title, team));
    out.push(wording('metadata', `${ptr}/email`, say(`subject.ownerEmail.${team}`), ob.email, oh.email, team));
  }
  const approvers = matchByKey(ctx.base.approvers, ctx.head.approvers, (a) => a.github.toLowerCase(), null);
  for (const { item, index } of approvers.removed)
    out.push(
      makeChange({
        section: 'metadata',
        pointer: `${at}/approvers/${index}`,
        kind: 'removed',
        before: item.github,
        after: null,
        direction: 'neutral',
        affects: item.for,
        summary: say('meta.approverRemoved', { github: item.github, side: say(`side.${item.for}`) }),
      }),
    );
  for (const p of approvers.pairs) {
    if (p.base.for !== p.head.for)
      out.push(
        makeChange({
          section: 'metadata',
          pointer: `${at}/approvers/${p.headIndex}/for`,
          kind: 'changed',
          before: p.base.for,
          after: p.head.for,
          direction: 'neutral',
          affects: 'both',
          summary: say('meta.approverFor', { github: p.head.github, from: say(`side.${p.base.for}`), to: say(`side.${p.head.for}`) }),
          shown: { before: say(`side.${p.base.for}`), after: say(`side.${p.head.for}`) },
        }),
      );
    out.push(
      wording('metadata', `${at}/approvers/${p.headIndex}/name`, say('subject.approverName', { github: p.head.github }), p.base.name, p.head.name, p.head.for),
    );
  }
  for (const { item, index } of approvers.added)
    out.push(
      makeChange({
        section: 'metadata',
        pointer: `${at}/approvers/${index}`,
        kind: 'added',
        before: null,
        after: item.github,
        direction: 'neutral',
        affects: item.for,
        summary: say('meta.approverAdded', { github: item.github, side: say(`side.${item.for}`) }),
      }),
    );
  return defined(out);
}
