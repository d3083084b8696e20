import { join, relative, resolve } from 'node:path';
import { assetPath } from '../../shared/assets.js';
import { defineCommand } from '../command.js';
import { lstatSync } from 'node:fs';
import { exists, readBytes, readText, writeFilesTogether } from '../../shared/files.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { revpactCommand, shellWord } from '../invocation.js';
import { PULL_FOLDER } from '../../app/pull.js';

const SCHEMA_URL = 'https://raw.githubusercontent.com/revpact/revpact/main/schema/contract.schema.json';

export const init = defineCommand({
  name: 'init',
  summary: 'Write a commented starter contract and a pull-request workflow',
  usage: 'revpact init [dir] [--force]',
  help: [
    '  [dir]     where to write (default: the current directory)',
    '  --force   overwrite files that already exist',
    '',
    'Writes contracts/agreement.yaml and .github/workflows/revpact.yml, and adds .revpact/ (where',
    'revpact pull writes the CRM’s records) to .gitignore: personal data stays out of Git.',
  ].join('\n'),
  options: { force: { type: 'boolean' } },
  run({ values, positionals }, io) {
    if (positionals.length > 1) throw new UsageError('init takes at most one directory');
    const dir = resolve(io.cwd, positionals[0] ?? '.');
    const targets = [
      { path: join(dir, 'contracts', 'agreement.yaml'), source: assetPath('templates', 'init', 'contract.yaml') },
      { path: join(dir, '.github', 'workflows', 'revpact.yml'), source: assetPath('templates', 'init', 'revpact.yml') },
    ];
    const existing = targets.filter((t) => exists(t.path));
    if (existing.length > 0 && values['force'] !== true) {
      throw new UsageError(
        `${existing.map((t) => t.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}`,
        'use --force to overwrite, or choose another directory',
      );
    }
    // The contract's comment is committed and read on other machines: it names `npx revpact`
    // when revpact is a dependency of the project, plain `revpact` otherwise, never a path
    // of this machine. The hint printed below is for here and now: the exact command.
    const inProject = revpactCommand(dir, io.env) === 'npx revpact' ? 'npx revpact' : 'revpact';
    const writes: { path: string; text: string | Uint8Array; said: string }[] = targets.map((t) => ({
      path: t.path,
      text: readText(t.source)
        .replace(/\$schema=\S+/, `$schema=${SCHEMA_URL}`)
        .replace(/^(#\s+)revpact validate /m, (_, lead: string) => `${lead}${inProject} validate `),
      said: 'wrote',
    }));
    const ignore = ignorePulled(dir);
    if (ignore) writes.push(ignore);
    // All three together or none: a folder that cannot be written leaves nothing half set up.
    writeFilesTogether(
      writes.map((w) => ({ path: w.path, content: w.text })),
      `init's folder (${relative(io.cwd, dir) || '.'})`,
    );
    for (const w of writes) io.stdout(`${w.said} ${relative(io.cwd, w.path) || w.path}\n`);
    const contracts = relative(io.cwd, join(dir, 'contracts')) || '.';
    // Quoted as the shell needs it: `init "Q3 plan"` printed `validate Q3 plan/contracts/`, two words.
    io.stdout(`next: edit ${join(contracts, 'agreement.yaml')}, then run \`${revpactCommand(io.cwd, io.env)} validate ${shellWord(`${contracts}/`)}\`\n`);
    return EXIT.ok;
  },
});

/** A .gitignore line that keeps the whole pull folder out of Git. */
const IGNORES_PULL_FOLDER = new RegExp(`^/?${PULL_FOLDER.replace('.', '\\.')}(/(\\*\\*?)?)?$`);

/**
 * `.revpact/` in the folder's .gitignore: pulled CRM records (names, e-mails) are never
 * committed. Added once, the rest kept byte for byte (a .gitignore saved as Latin-1 is
 * not rewritten as UTF-8, its "é" turned into "�"), in the file's own line endings;
 * undefined when it is there already.
 */
function ignorePulled(dir: string): { path: string; text: string | Uint8Array; said: string } | undefined {
  const path = join(dir, '.gitignore');
  const entry = `${PULL_FOLDER}/`;
  let before: Uint8Array | undefined;
  if (exists(path)) {
    if (!lstatSync(path).isFile())
      throw new UsageError(
        `${path}: is not a regular file, so revpact cannot add ${entry} to it`,
        'make .gitignore a file (or remove it), then run revpact init again',
      );
    // An unreadable .gitignore was an internal error (EACCES) instead of a word about it.
    before = readBytes(dir, path);
  }
  // Latin-1 reads every byte as one character: the entries compared are ASCII either way.
  const text = Buffer.from(before ?? new Uint8Array()).toString('latin1');
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  // Any line that ignores the whole folder: .revpact, /.revpact/, .revpact/** or .revpact/* (it was added again beside the last two).
  if (lines.some((l) => IGNORES_PULL_FOLDER.test(l))) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = `# CRM records pulled by revpact pull (personal data): never committed${eol}${entry}${eol}`;
  if (before === undefined || before.length === 0) return { path, text: block, said: before === undefined ? 'wrote' : `added ${entry} to` };
  const added = `${text.endsWith('\n') ? '' : eol}${eol}${block}`;
  return { path, text: Buffer.concat([before, Buffer.from(added)]), said: `added ${entry} to` };
}
