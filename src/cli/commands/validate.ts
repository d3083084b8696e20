import { checkContract } from '../../contract/index.js';
import { hasErrors, type Diagnostic } from '../../contract/diagnostics.js';
import { DIAGNOSTIC_FORMATS, renderDiagnostics } from '../../report/diagnostics.js';
import { choice, defineCommand } from '../command.js';
import { expandYamlInputs } from '../files.js';
import { readBytes } from '../../shared/files.js';
import { EXIT, UsageError } from '../../shared/errors.js';

export const validate = defineCommand({
  name: 'validate',
  summary: 'Check contracts against the language and its rules',
  usage: 'revpact validate <file-or-dir>... [--format text|json|github]',
  help: [
    '  --format text|json|github   text (default), a JSON report, or GitHub Actions annotations',
    '',
    'Exit codes: 0 valid (warnings allowed), 1 any error, 2 usage or I/O error.',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' } },
  run({ values, positionals }, io) {
    const format = choice(values['format'], DIAGNOSTIC_FORMATS, '--format', 'text');
    if (positionals.length === 0) throw new UsageError('name at least one contract file or directory', 'e.g. revpact validate contracts/');
    const files = expandYamlInputs(io.cwd, positionals);
    const diagnostics: Diagnostic[] = [];
    for (const file of files) diagnostics.push(...checkContract(file, readBytes(io.cwd, file)).diagnostics);
    io.stdout(renderDiagnostics[format]({ files: files.length, diagnostics }));
    return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
  },
});
