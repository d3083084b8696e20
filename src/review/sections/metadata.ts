/**
 * Metadata: the contract's identity, dates and owners. The version number is what the
 * version policy checks, so its own change needs no bump. Becoming active puts every
 * clause into force (tighter for both); leaving active status takes them all away.
 */
import type { TeamId } from '../../compiler/ir.js';
import { makeChange, tone } from '../change.js';
import { matchByKey } from '../match.js';
import type { Change, Direction } from '../types.js';
import { defined, wording, type DiffContext } from './context.js';

const at = '/metadata';

export function diffMetadata(ctx: DiffContext): Change[] {
  const b = ctx.base.contract;
  const h = ctx.head.contract;
  const out: (Change | undefined)[] = [];
  const neutral = (pointer: string, before: Change['before'], after: Change['after'], summary: string, unclear = false) =>
    makeChange({
      section: 'metadata',
      pointer: `${at}${pointer}`,
      kind: 'changed',
      before,
      after,
      direction: 'neutral',
      affects: 'both',
      unclear,
      summary: `${summary}${tone('neutral', 'both', unclear)}`,
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
        summary: `Version ${b.version} → ${h.version}`,
      }),
    );
  if (b.name !== h.name) out.push(neutral('/name', b.name, h.name, `Contract name ${b.name} → ${h.name}`));
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
        summary: `Status ${b.status} → ${h.status}${tone(d, 'both')}`,
      }),
    );
  }
  if (b.effective !== h.effective) out.push(neutral('/effective', b.effective, h.effective, `Effective date ${b.effective} → ${h.effective}`));
  // Periods are cut in the zone, and money goals are in the currency: both change what every number means.
  if (b.timezone !== h.timezone) out.push(neutral('/timezone', b.timezone, h.timezone, `Time zone for periods ${b.timezone} → ${h.timezone}`, true));
  if (b.currency !== h.currency) out.push(neutral('/currency', b.currency, h.currency, `Currency ${b.currency} → ${h.currency}`, true));
  if (b.mapping !== h.mapping)
    out.push(neutral('/mapping', b.mapping, h.mapping, `Lead data mapping ${b.mapping ?? 'canonical'} → ${h.mapping ?? 'canonical'}`));
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
        summary: `Language of the documents ${b.locale} → ${h.locale}`,
      }),
    );
  out.push(wording('metadata', `${at}/title`, 'Title', b.title, h.title, 'both'));
  out.push(wording('metadata', `${at}/description`, 'Description', b.description, h.description, 'both'));

  // Owners approve every change for their team; approvers too.
  for (const team of ['marketing', 'sales'] as TeamId[]) {
    const ob = ctx.base.owners[team];
    const oh = ctx.head.owners[team];
    const ptr = `${at}/owners/${team}`;
    const title = team === 'marketing' ? 'Marketing' : 'Sales';
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
          summary: `${title} owner (approves changes): ${ob.github} → ${oh.github}`,
        }),
      );
    out.push(wording('metadata', `${ptr}/name`, `${title} owner's name`, ob.name, oh.name, team));
    out.push(wording('metadata', `${ptr}/title`, `${title} owner's title`, ob.title, oh.title, team));
    out.push(wording('metadata', `${ptr}/email`, `${title} owner's e-mail`, ob.email, oh.email, team));
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
        summary: `Approver ${item.github} (${item.for}) removed`,
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
          summary: `Approver ${p.head.github} approves for ${p.base.for} → ${p.head.for}`,
        }),
      );
    out.push(wording('metadata', `${at}/approvers/${p.headIndex}/name`, `Approver ${p.head.github}: name`, p.base.name, p.head.name, p.head.for));
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
        summary: `New approver ${item.github} (${item.for})`,
      }),
    );
  return defined(out);
}
