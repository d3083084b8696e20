/**
 * `--format github`: GitHub Actions workflow commands. An `::error` for each SLA or
 * commitment that fails and a `::warning` for each with no data, on the contract's line
 * for it when the caller knows the lines; nothing for those that pass. Then a `::warning`
 * for each data-quality warning (rows rejected, no lead in the period...), on no line:
 * a "no data" annotation alone would not say why.
 * Escaping: see ../workflow-commands.ts.
 */
import type { ComplianceReport } from '../../engine/types.js';
import { withinAnnotationLimits, workflowCommand, type Annotation } from '../workflow-commands.js';
import { clean, createFormatter } from '../../render/format.js';
import { commitmentFinding, slaFinding, type Finding } from './findings.js';
import type { ReportText } from './messages.js';
import { findingText } from './model.js';

export interface AnnotationOptions {
  contractFile?: string;
  /** SLA id → 1-based line of the SLA in the contract file. */
  slaLines?: Record<string, number>;
  /** Commitment id → 1-based line of the commitment in the contract file. */
  commitmentLines?: Record<string, number>;
}

export function renderGithub(report: ComplianceReport, text: ReportText, options: AnnotationOptions): string {
  const f = createFormatter(text, report.contract.currency);
  const when = text.findings.when(clean(report.period.label), text.instant(clean(report.period.asOf)));
  const out: Annotation[] = [];

  const annotate = (level: 'error' | 'warning', title: string, line: number | undefined, finding: Finding) => {
    const file = options.contractFile;
    const knownLine = file !== undefined && line !== undefined && Number.isInteger(line) && line >= 1 ? line : undefined;
    const message = `${finding.message} (${[...finding.details, when].join('; ')})`;
    out.push({ level, command: workflowCommand(level, { file, line: knownLine, title }, message), plain: `${level}: ${title}: ${message}` });
  };

  for (const s of report.slas) {
    if (s.status === 'pass') continue;
    annotate(s.status === 'fail' ? 'error' : 'warning', text.findings.slaTitle(clean(s.id)), lineOf(options.slaLines, s.id), slaFinding(s, text, f));
  }
  for (const c of report.commitments) {
    if (c.status === 'pass') continue;
    annotate(
      c.status === 'fail' ? 'error' : 'warning',
      text.findings.commitmentTitle(clean(c.id)),
      lineOf(options.commitmentLines, c.id),
      commitmentFinding(c, text, f),
    );
  }
  for (const d of report.dataQuality) {
    if (d.severity !== 'warning') continue;
    const title = text.findings.dataTitle(clean(d.code));
    const message = `${findingText(d, text)} (${when})`;
    out.push({ level: 'warning', command: workflowCommand('warning', { file: options.contractFile, title }, message), plain: `warning: ${title}: ${message}` });
  }
  // Past ten of a level GitHub drops annotations: those go to the log as lines, with a notice.
  return withinAnnotationLimits(out);
}

function lineOf(lines: Record<string, number> | undefined, id: string): number | undefined {
  return lines && Object.hasOwn(lines, id) ? lines[id] : undefined;
}
