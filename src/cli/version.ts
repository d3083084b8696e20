import { readFileSync } from 'node:fs';
import { assetPath } from '../assets.js';

let cached: string | undefined;

/** revpact's own version, from its package.json. */
export function version(): string {
  cached ??= (JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
