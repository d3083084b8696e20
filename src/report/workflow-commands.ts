/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), shared by the
 * validation annotations and the compliance annotations. Escaping follows GitHub's rules
 * (actions/toolkit command.ts): in the message `%`, CR and LF; in properties also `:` and `,`.
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One command line; properties with an undefined value are left out. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v : escapeProperty(v as string)}`)
    .join(',');
  return `::${command}${props ? ' ' + props : ''}::${escapeData(message)}\n`;
}

/**
 * GitHub shows at most 10 error and 10 warning annotations of a step (and 50 of a job);
 * the rest are dropped without a word, so a contract with 40 mistakes showed 10 and looked
 * like one with 10.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/** One annotation, and the same as a plain log line for when GitHub would drop it. */
export interface Annotation {
  level: 'error' | 'warning';
  command: string;
  plain: string;
}

/**
 * The annotations GitHub shows (the first ten of each level, in order), then the others as
 * plain lines of the log, then one notice saying how many are only there.
 */
export function withinAnnotationLimits(items: readonly Annotation[]): string {
  const seen = { error: 0, warning: 0 };
  const shown: string[] = [];
  const plain: string[] = [];
  for (const a of items) {
    if (++seen[a.level] <= ANNOTATIONS_PER_LEVEL) shown.push(a.command);
    else plain.push(`${a.plain}\n`);
  }
  if (plain.length === 0) return shown.join('');
  const more = plain.length;
  const notice = workflowCommand(
    'notice',
    { title: 'revpact' },
    `${more} more problem${more === 1 ? '' : 's'} than GitHub shows as annotations: each is a line of this step's log`,
  );
  return shown.join('') + plain.join('') + notice;
}
