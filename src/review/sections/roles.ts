/** Roles: each team's responsibilities in words. Words only: a patch. */
import type { TeamId } from '../../compiler/ir.js';
import { say } from '../phrase.js';
import { defined, wording, wordList, type DiffContext } from './context.js';
import type { Change } from '../types.js';

export function diffRoles(ctx: DiffContext): Change[] {
  const out: (Change | undefined)[] = [];
  for (const team of ['marketing', 'sales'] as TeamId[]) {
    const b = ctx.base.roles[team];
    const h = ctx.head.roles[team];
    out.push(wording('roles', `/roles/${team}/summary`, say(`subject.roleSummary.${team}`), b?.summary ?? null, h?.summary ?? null, team));
    out.push(
      wordList('roles', `/roles/${team}/responsibilities`, say(`subject.responsibilities.${team}`), b?.responsibilities ?? [], h?.responsibilities ?? [], team),
    );
  }
  return defined(out);
}
