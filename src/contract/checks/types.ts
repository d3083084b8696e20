import type { Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';

/** A check beyond the schema: runs on a contract that already has the schema's shape. */
export interface Check {
  id: string;
  run(contract: RevpactContract): Finding[];
}
