import { posix } from 'node:path';
import { loadContract, type LoadedContract } from '../../app/contract.js';
import { defaultMappingFor, diskReader, loadMapping, openLeadData, type ContractRelativeReader } from '../../app/lead-data.js';
import { mappingNotes, reviewContractChange, type ImpactData } from '../../app/review.js';
import { resolveWhen } from '../../app/when.js';
import type { Diagnostic } from '../../contract/diagnostics.js';
import { GitError, gitShow, parseSide, refuseLink, type SideSpec } from '../../review/git.js';
import { DIFF_FORMATS, renderDiff } from '../../review/render/index.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { readBytes } from '../../shared/files.js';
import { choice, defineCommand, localeFlag } from '../command.js';
import type { CliIO } from '../io.js';
import { LEAD_DATA_OPTIONS, periodSpec, startProgress, whenWarning, crmWarning } from '../leads.js';
import { showDiagnostics, writeOutput } from '../output.js';

export const diff = defineCommand({
  name: 'diff',
  summary: 'Review a contract change: what it means, the version it needs, its impact',
  usage:
    'revpact diff <base> <head> [--format text|json|markdown] [--locale en|es|pt|ca] [--leads FILE... [--mapping M] [--period P | --from D --to D] [--as-of T]] [--fail-on version] [--out FILE]',
  help: [
    '  <base> <head>         each a contract file, or git:<ref>:<path> to read it from Git',
    '                        (git show <ref>:<path> in this directory’s repository; the work tree is not touched)',
    '  --format F            text (default), json, or markdown (for a pull-request comment)',
    "  --locale L            language of text and markdown: en, es, pt or ca (default: the head contract's metadata.locale);",
    '                        each change’s one-line summary stays English (it is the JSON’s summary too)',
    '  --leads FILE          simulate both contracts on this export (repeat for a mapping that joins files), or hubspot:,',
    '                        or salesforce: (the CRM’s API; see README, HubSpot and Salesforce)',
    '  --mapping M           hubspot, salesforce, canonical, or a mapping file (default: the head contract’s metadata.mapping)',
    '  --period P            2026-10, 2026-Q3, ... (default: the last full month before --as-of)',
    '  --from D --to D       a custom range instead of --period',
    '  --as-of T             the instant both reports are true at (default: now)',
    '  --fail-on version     exit 1 when the version bump is smaller than the changes need (default: never)',
    '  --out FILE            write the review there instead of standard output',
    '  --quiet               no progress line while the export is read (it only appears on a terminal)',
    '',
    'Lists are matched by id: reordering is no change, and a renamed id with the same content is a rename.',
    'Version policy: tightening an obligation or removing a clause needs a major bump; loosening or',
    'adding something optional a minor; wording, descriptions and meetings a patch.',
    '',
    'Exit codes: 0 review produced, 1 a side is invalid or (with --fail-on version) the bump is too small,',
    '2 usage, Git or I/O error.',
  ].join('\n'),
  files: { inputs: ['leads', 'mapping'], outputs: ['out'], stdout: 'out' },
  options: {
    format: { type: 'string', short: 'f' },
    locale: { type: 'string' },
    ...LEAD_DATA_OPTIONS,
    'fail-on': { type: 'string' },
    out: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 2)
      throw new UsageError('name two contracts: the base and the head', 'e.g. revpact diff git:main:contracts/b2b-saas.yaml contracts/b2b-saas.yaml');
    const format = choice(values['format'], DIFF_FORMATS, '--format', 'text');
    const failOn = choice(values['fail-on'], ['version', 'never'] as const, '--fail-on', 'never');
    const locale = localeFlag(values['locale']);
    const leads = (values['leads'] as string[] | undefined) ?? [];
    if (leads.length === 0) {
      const stray = ['mapping', 'period', 'from', 'to', 'as-of'].find((k) => values[k] !== undefined);
      if (stray) throw new UsageError(`--${stray} is for the impact simulation, which needs --leads`, 'add --leads FILE, or drop the option');
    }

    // Phase 1: both sides, read and checked. An invalid side is a finding (exit 1).
    const specs = positionals.map(side) as [SideSpec, SideSpec];
    const [baseBytes, headBytes] = await Promise.all(specs.map((s) => readSide(s, io)));
    const loaded = [loadContract(specs[0].display, baseBytes as Uint8Array), loadContract(specs[1].display, headBytes as Uint8Array)];
    const [base, head] = loaded.map((c) => (c.ok ? c.value : undefined));
    if (!base || !head) {
      const diagnostics: Diagnostic[] = loaded.flatMap((c) => (c.ok ? [] : c.diagnostics));
      return showDiagnostics(io, diagnostics, 2, format === 'json' ? 'json' : 'text');
    }

    // Two different agreements (another metadata.name) read as one contract changed beyond
    // recognition: every difference is listed as a change, and nothing said why.
    const [baseName, headName] = [base.rules.contract.name, head.rules.contract.name];
    if (baseName !== headName)
      io.stderr(
        `revpact: note: the base is the contract "${baseName}" and the head "${headName}": each difference between the two agreements is listed as a change; to review one contract's change, name its two versions (e.g. git:main:${specs[1].path} ${specs[1].path})\n`,
      );

    // Phase 2: the meaning of the change, the version it needs and, with lead data, what it would have done to the period.
    const sides = { base: { ...base, display: specs[0].display }, head: { ...head, display: specs[1].display } };
    const impact = leads.length > 0 ? await impactData(values, leads, base, { spec: specs[1], contract: head }, io) : undefined;
    const { report } = await reviewContractChange(sides.base, sides.head, impact);

    writeOutput(io, values['out'], renderDiff[format](report, { locale: locale ?? head.rules.contract.locale }));
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
    const bytes = await gitShow(io.cwd, spec.ref, spec.path);
    await refuseLink(io.cwd, spec.ref, spec.path, bytes);
    return bytes;
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`${spec.display}: ${e.message}`, e.hint);
    throw e;
  }
}

/**
 * The data both sides are measured on: --leads read with --mapping, else the head's
 * metadata.mapping (a file named there is relative to the head contract, read from Git for
 * a Git side), else canonical. One mapping, so both sides see the same leads; one instant
 * for both sides when --as-of is not given.
 */
async function impactData(
  values: Record<string, unknown>,
  leads: string[],
  base: LoadedContract,
  head: { spec: SideSpec; contract: LoadedContract },
  io: CliIO,
): Promise<ImpactData> {
  const option = values['mapping'] as string | undefined;
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
  const headRules = head.contract.rules;
  const mapping = await loadMapping(option, defaultMappingFor(leads, headRules.contract.mapping), fromGit ?? diskReader(io.cwd, head.contract.checked.file), {
    cwd: io.cwd,
    warn: io.stderr,
  });
  const now = Date.now();
  const warn = whenWarning(io);
  return {
    data: openLeadData(io.cwd, leads, mapping, { env: io.env, warn: crmWarning(io) }),
    when: (zone) => resolveWhen(periodSpec(values), zone, now, 'now', warn),
    notes: mappingNotes(option, base.rules, headRules),
    watch: (stats) => startProgress(io, stats, values['quiet'] === true),
  };
}
