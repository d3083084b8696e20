import { TEAMS, type ModelContext } from './context.js';

/** Who owns the agreement on each side, who else may approve changes, and what each team is for. */
export function partiesModel({ rules, text, teamName, optional }: ModelContext) {
  const owners = TEAMS.map((team) => {
    const o = rules.owners[team];
    return { team: teamName(team), name: text.data(o.name), title: optional(o.title), github: text.code(o.github) };
  });
  const approvers = rules.approvers.map((a) => ({ github: text.code(a.github), name: optional(a.name), team: teamName(a.for) }));
  return { owners, approvers, hasApprovers: approvers.length > 0 };
}

export function rolesModel({ rules, text, teamName }: ModelContext) {
  return TEAMS.flatMap((team) => {
    const r = rules.roles[team];
    return r ? [{ team: teamName(team), summary: text.data(r.summary), responsibilities: r.responsibilities.map(text.data) }] : [];
  });
}
