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
