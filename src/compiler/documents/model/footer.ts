import type { TeamId } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import { TEAMS, type ModelContext } from './context.js';

/** Version and date, who approves changes (owners, then delegates), and what generated the file. */
export function footerModel({ rules, text, teamName, compiler }: ModelContext) {
  const { t } = text;
  const contract = rules.contract;
  const approver = (name: string, github: string, team: TeamId): Safe =>
    t('footer.approver', { name: text.data(name), github: text.code(github), team: teamName(team) });
  return {
    line: t('footer.line', { version: text.data(contract.version), date: text.date(contract.effective) }),
    approvers: t('footer.approvers', { list: text.and(TEAMS.map((team) => approver(rules.owners[team].name, rules.owners[team].github, team))) }),
    delegates:
      rules.approvers.length > 0
        ? t('footer.delegates', {
            list: text.and(
              rules.approvers.map((a) =>
                a.name !== null ? approver(a.name, a.github, a.for) : t('footer.delegate', { github: text.code(a.github), team: teamName(a.for) }),
              ),
            ),
          })
        : null,
    generated: t('footer.generated', { compiler, name: text.code(contract.name), hash: text.code(contract.hash) }),
  };
}
