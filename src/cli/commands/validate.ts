import { DateTime } from 'luxon';
import { checkContract } from '../../contract/index.js';
import { hasErrors, type Diagnostic } from '../../contract/diagnostics.js';
import { declaredKind } from '../../contract/source.js';
import { normalize } from '../../compiler/normalize.js';
import type { RulesIR } from '../../compiler/ir.js';
import { parseMapping } from '../../leads/mapping/index.js';
import { DIAGNOSTIC_FORMATS, renderDiagnostics } from '../../report/diagnostics.js';
import { checkGradeFileShape } from '../../scorecard/parse.js';
import { parseGradeFile } from '../../scorecard/index.js';
import { choice, defineCommand } from '../command.js';
import { expandYamlInputs } from '../files.js';
import { readBytes } from '../../shared/files.js';
import { EXIT, UsageError } from '../../shared/errors.js';

export const validate = defineCommand({
  name: 'validate',
  summary: 'Check contracts, mapping files and report cards against the language and its rules',
  usage: 'revpact validate <file-or-dir>... [--format text|json|github]',
  help: [
    '  --format text|json|github   text (default), a JSON report, or GitHub Actions annotations',
    '',
    'Each file is checked as what it declares: `kind: mapping` a lead mapping, `kind: scorecard`',
    'a report card (against its contract when that is among the files), otherwise a contract.',
    '',
    'Exit codes: 0 valid (warnings allowed), 1 any error, 2 usage or I/O error.',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' } },
  run({ values, positionals }, io) {
    const format = choice(values['format'], DIAGNOSTIC_FORMATS, '--format', 'text');
    if (positionals.length === 0) throw new UsageError('name at least one contract file or directory', 'e.g. revpact validate contracts/');
    const files = expandYamlInputs(io.cwd, positionals).map((file) => {
      const bytes = readBytes(io.cwd, file);
      return { file, bytes, kind: declaredKind(bytes) };
    });
    // Per file, so that the report keeps the order the files were named in.
    const found: Diagnostic[][] = files.map(() => []);

    // Contracts first: a report card is checked against its contract when it is here too.
    const rulesByName = new Map<string, RulesIR>();
    files.forEach(({ file, bytes, kind }, i) => {
      if (kind === 'mapping' || kind === 'scorecard') return;
      const checked = checkContract(file, bytes);
      found[i] = checked.diagnostics;
      if (checked.ok && checked.value.contract.scorecard)
        rulesByName.set(checked.value.contract.metadata.name, normalize(checked.value.contract, { compilerVersion: 'validate' }));
    });
    files.forEach(({ file, bytes, kind }, i) => {
      if (kind === 'mapping') found[i] = parseMapping(file, bytes).diagnostics;
      if (kind === 'scorecard') {
        const shaped = checkGradeFileShape(file, bytes);
        const rules = shaped.ok ? rulesByName.get(shaped.value.spec.contract) : undefined;
        found[i] = rules
          ? parseGradeFile(file, bytes, rules, DateTime.now().setZone(rules.contract.timezone).toISODate() ?? undefined).diagnostics
          : shaped.diagnostics;
      }
    });
    const diagnostics = found.flat();
    io.stdout(renderDiagnostics[format]({ files: files.length, diagnostics }));
    return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
  },
});
