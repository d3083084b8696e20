/**
 * One line per SLA or commitment that did not pass, with the numbers behind it: what the
 * JUnit failures and the GitHub annotations say. Ids first, so a line reads on its own.
 */
import type { CommitmentResult, SlaResult } from '../../engine/types.js';
import { clean, type Formatter } from '../../render/format.js';
import type { ReportText } from './messages.js';
import { commitmentActual, commitmentValue, goalText } from './model.js';

export interface Finding {
  message: string;
  /** Supporting numbers, one item per line. */
  details: string[];
}

/** An SLA that failed or had no data: "first-touch: attainment 82.0% below target 95%". */
export function slaFinding(s: SlaResult, text: ReportText, f: Formatter): Finding {
  const id = clean(s.id);
  const message = s.status === 'no-data' ? text.findings.slaNoData(id) : text.findings.slaFail(id, f.measured(s.attainment), f.stated(s.target));
  const details = [
    text.findings.slaCounts(f.count(s.met), f.count(s.breached), f.count(s.pending), f.count(s.excluded)),
    text.stoppedElapsed(f.duration(s.elapsedMinutes.median, s.clock), f.duration(s.elapsedMinutes.p90, s.clock)),
  ];
  if (s.open.count > 0)
    details.push(text.openAgesDetail(f.count(s.open.count), f.duration(s.open.medianAgeMinutes, s.clock), f.duration(s.open.oldestAgeMinutes, s.clock)));
  details.push(text.findings.goal(goalText(s, text, f)));
  return { message, details };
}

/** A commitment that failed or had no data: "mql-volume: 96 leads below goal 120". */
export function commitmentFinding(c: CommitmentResult, text: ReportText, f: Formatter): Finding {
  const id = clean(c.id);
  if (c.status === 'no-data' || c.actual === null) return { message: text.findings.commitmentNoData(id), details: [] };
  let actual = commitmentActual(c, text, f);
  if (c.unit === 'leads') actual = text.findings.leadsUnit(actual, c.actual);
  return { message: text.findings.commitmentFail(id, actual, commitmentValue(c, c.goal, 'stated', f)), details: [] };
}
