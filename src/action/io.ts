/**
 * What the Action does to the world besides the API: log lines, annotations, outputs,
 * the job summary and the report file. An interface, so the orchestration stays testable
 * and the entry (index.ts) is the only place that knows about @actions/core.
 */
import { ANNOTATIONS_PER_LEVEL, workflowCommand } from '../report/workflow-commands.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import type { DocumentLocale } from '../render/locale.js';
import { githubAnnotation } from '../report/diagnostics.js';

export interface ActionIO {
  info: (message: string) => void;
  warning: (message: string) => void;
  /** One workflow-command line (`::error file=…::…`), written as is. */
  command: (line: string) => void;
  setOutput: (name: string, value: string) => void;
  /** Appends Markdown to the job summary; a notice where it is cut speaks `locale` (the frame's). */
  summary: (markdown: string, locale?: DocumentLocale) => Promise<void>;
  /** Writes a file (the full report for report-path), atomically. */
  writeFile: (path: string, text: string) => void;
}

/**
 * GitHub shows at most ANNOTATIONS_PER_LEVEL error and warning annotations of a step; more
 * are dropped without a word. The first ten of each go out as annotations on their lines;
 * one notice says how many more there are, and all are in the job summary.
 */
export { ANNOTATIONS_PER_LEVEL };

export function annotate(io: ActionIO, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  for (const d of [...errors.slice(0, ANNOTATIONS_PER_LEVEL), ...warnings.slice(0, ANNOTATIONS_PER_LEVEL)]) io.command(githubAnnotation(d));
  const more = Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL) + Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL);
  if (more > 0)
    io.command(
      workflowCommand(
        'notice',
        { title: 'revpact' },
        `${more} more problem${more === 1 ? '' : 's'} than GitHub shows as annotations: every one is listed in the job summary`,
      ),
    );
}
