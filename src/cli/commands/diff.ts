import { posix, resolve } from 'node:path';
import { checkContract, type CheckedContract } from '../../contract/index.js';
import type { Diagnostic } from '../../contract/diagnostics.js';
import type { RulesIR } from '../../compiler/ir.js';
import { withDefaultTimeZone } from '../../leads/mapping/index.js';
import type { Mapping } from '../../leads/mapping/types.js';
import { openLeadSource, type LeadInput } from '../../leads/sources/index.js';
import { renderDiagnostics } from '../../report/diagnostics.js';
import { findRenames } from '../../review/diff.js';
import { GitError, gitShow, parseSide, type SideSpec } from '../../review/git.js';
import { simulateImpact, unsimulatedNotes, type ImpactSide } from '../../review/impact.js';
import { DIFF_FORMATS, renderDiff } from '../../review/render/index.js';
import { reviewChange, reviewSide } from '../../review/review.js';
import type { Impact } from '../../review/types.js';
import { choice, defineCommand } from '../command.js';
import { readBytes, writeFileAtomic } from '../../shared/files.js';
import { diskReader, LEAD_DATA_OPTIONS, loadMapping, parseAsOf, resolvePeriod, sourceUsage, type ContractRelativeReader } from '../leads.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { type CliIO } from '../io.js';

export const diff = defineCommand({
  name: 'diff',
  summary: 'Review a contract change: what it means, the version it needs, its impact',
  usage:
    'revpact diff <base> <head> [--format text|json|markdown] [--leads FILE... [--mapping M] [--period P | --from D --to D] [--as-of T]] [--fail-on version] [--out FILE]',
  help: [
    '  <base> <head>         each a contract file, or git:<ref>:<path> to read it from Git',
    '                        (git show <ref>:<path> in this directory’s repository; the work tree is not touched)',
    '  --format F            text (default), json, or markdown (for a pull-request comment)',
    '  --leads FILE          simulate both contracts on this export (repeat for a mapping that joins files)',
    '  --mapping M           hubspot, salesforce, canonical, or a mapping file (default: the head contract’s metadata.mapping)',
    '  --period P            2026-10, 2026-Q3, ... (default: the last full month before --as-of)',
    '  --from D --to D       a custom range instead of --period',
    '  --as-of T             the instant both reports are true at (default: now)',
    '  --fail-on version     exit 1 when the version bump is smaller than the changes need (default: never)',
    '  --out FILE            write the review there instead of standard output',
    '',
    'Lists are matched by id: reordering is no change, and a renamed id with the same content is a rename.',
    'Version policy: tightening an obligation or removing a clause needs a major bump; loosening or',
    'adding something optional a minor; wording, descriptions and meetings a patch.',
    '',
    'Exit codes: 0 review produced, 1 a side is invalid or (with --fail-on version) the bump is too small,',
    '2 usage, Git or I/O error.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    ...LEAD_DATA_OPTIONS,
    'fail-on': { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 2)
      throw new UsageError('name two contracts: the base and the head', 'e.g. revpact diff git:main:contracts/b2b-saas.yaml contracts/b2b-saas.yaml');
    const format = choice(values['format'], DIFF_FORMATS, '--format', 'text');
    const failOn = choice(values['fail-on'], ['version', 'never'] as const, '--fail-on', 'never');
    const leads = (values['leads'] as string[] | undefined) ?? [];
    if (leads.length === 0) {
      const stray = ['mapping', 'period', 'from', 'to', 'as-of'].find((k) => values[k] !== undefined);
      if (stray) throw new UsageError(`--${stray} is for the impact simulation, which needs --leads`, 'add --leads FILE, or drop the option');
    }

    // Phase 1: both sides, read and checked. An invalid side is a finding (exit 1).
    const specs = positionals.map(side) as [SideSpec, SideSpec];
    const [baseBytes, headBytes] = await Promise.all(specs.map((s) => readSide(s, io)));
    const checked = [checkContract(specs[0].display, baseBytes as Uint8Array), checkContract(specs[1].display, headBytes as Uint8Array)];
    const [base, head] = checked.map((c) => (c.ok ? c.value : undefined));
    if (!base || !head) {
      const diagnostics: Diagnostic[] = checked.flatMap((c) => (c.ok ? [] : c.diagnostics));
      io.stdout(renderDiagnostics[format === 'json' ? 'json' : 'text']({ files: 2, diagnostics }));
      return EXIT.findings;
    }

    // Phase 2: the meaning of the change, and the version it needs.
    const sides = { base: reviewSide(base, specs[0].display), head: reviewSide(head, specs[1].display) };
    const report = reviewChange(sides.base, sides.head);
    const rules = { base: sides.base.rules, head: sides.head.rules };

    // Phase 3: with lead data, what the change would have done to the period.
    if (leads.length > 0) {
      report.impact = await impact(values, leads, { base: rules.base, head: rules.head }, { spec: specs[1], checked: head }, io);
      report.impact.notes.push(...unsimulatedNotes(report.changes));
    }

    const text = renderDiff[format](report);
    if (typeof values['out'] === 'string') writeFileAtomic(resolve(io.cwd, values['out']), text);
    else io.stdout(text);
    return failOn === 'version' && !report.version.ok ? EXIT.findings : EXIT.ok;
  },
});

function side(spec: string): SideSpec {
  const parsed = parseSide(spec);
  if ('error' in parsed) throw new UsageError(parsed.error);
  return parsed;
}

async function readSide(spec: SideSpec, io: CliIO): Promise<Uint8Array> {
  if (spec.kind === 'file') return readBytes(io.cwd, spec.path);
  try {
    return await gitShow(io.cwd, spec.ref, spec.path);
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`${spec.display}: ${e.message}`, e.hint);
    throw e;
  }
}

async function impact(
  values: Record<string, unknown>,
  leads: string[],
  rules: { base: RulesIR; head: RulesIR },
  head: { spec: SideSpec; checked: CheckedContract },
  io: CliIO,
): Promise<Impact> {
  // One instant for both sides when --as-of is not given.
  const now = Date.now();
  const { mapping, name, notes } = await loadDiffMapping(values['mapping'], rules, head, io);
  const inputs: LeadInput[] = leads.map((l) => ({ path: resolve(io.cwd, l), display: l }));
  const sideOf = (r: RulesIR): ImpactSide => {
    // Each side as `check` would read it alone: periods, as-of and dates without an offset in its own zone.
    const zone = r.contract.timezone;
    const asOfMs = values['as-of'] === undefined ? now : parseAsOf(values['as-of'], zone);
    try {
      return { rules: r, period: resolvePeriod(values, asOfMs, zone), asOfMs, items: openLeadSource(inputs, withDefaultTimeZone(mapping, zone)).items };
    } catch (e) {
      throw sourceUsage(e);
    }
  };
  const sides = { base: sideOf(rules.base), head: sideOf(rules.head) };
  if (rules.base.contract.timezone !== rules.head.contract.timezone)
    notes.push(
      `the contracts cut periods in different zones (${rules.base.contract.timezone}, ${rules.head.contract.timezone}): each side reads ${sides.head.period.label} in its own`,
    );
  try {
    const result = await simulateImpact(sides.base, sides.head, { files: leads, mapping: name, renamedSlas: findRenames(rules.base, rules.head).slas, notes });
    return result.impact;
  } catch (e) {
    throw sourceUsage(e);
  }
}

/**
 * The mapping both sides read the data with: --mapping, else the head's metadata.mapping
 * (a file named there is relative to the head contract, read from Git for a Git side),
 * else canonical. One mapping, so both sides see the same leads.
 */
async function loadDiffMapping(
  value: unknown,
  rules: { base: RulesIR; head: RulesIR },
  head: { spec: SideSpec; checked: CheckedContract },
  io: CliIO,
): Promise<{ mapping: Mapping; name: string; notes: string[] }> {
  const notes: string[] = [];
  if (value === undefined && rules.base.contract.mapping !== rules.head.contract.mapping) {
    const name = rules.head.contract.mapping ?? 'canonical';
    notes.push(
      `the base contract names the mapping ${rules.base.contract.mapping ?? 'canonical'}; both sides read the data with the head’s (${name}) so that they see the same leads`,
    );
  }
  const spec = head.spec;
  const fromGit: ContractRelativeReader | undefined =
    spec.kind === 'git'
      ? async (name) => {
          const path = posix.join(posix.dirname(spec.path), name);
          const display = `git:${spec.ref}:${path}`;
          try {
            return { bytes: await gitShow(io.cwd, spec.ref, path), display };
          } catch (e) {
            if (e instanceof GitError)
              throw new UsageError(`mapping ${display}: ${e.message}`, 'use --mapping hubspot, salesforce, canonical, or the path of a mapping file');
            throw e;
          }
        }
      : undefined;
  const { mapping, name } = await loadMapping(value, rules.head.contract.mapping, fromGit ?? diskReader(io, head.checked.file), io);
  return { mapping, name, notes };
}
