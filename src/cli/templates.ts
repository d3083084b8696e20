/**
 * The templates a command renders with (`--templates DIR` laid over the shipped ones); a
 * folder that cannot be used is the user's to fix: a usage error (exit 2), not a crash.
 */
import { loadTemplates, TemplatesError, type TemplateSet } from '../render/templates.js';
import { UsageError } from '../shared/errors.js';

export function loadTemplatesOrExplain(dir: string | undefined): TemplateSet {
  try {
    return loadTemplates(dir);
  } catch (e) {
    if (e instanceof TemplatesError) throw new UsageError(e.message, e.hint);
    throw e;
  }
}
