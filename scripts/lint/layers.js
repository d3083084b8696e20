// The parts of src/ and the arrows allowed between them: each part may import only the
// parts listed under it (and itself). The list is a strict order from the bottom up, so no
// two parts can import each other. eslint.config.js enforces it (eslint-plugin-boundaries);
// ARCHITECTURE.md shows it, and a test holds the two to the same arrows.
export const LAYERS = [
  { part: 'shared', may: [] },
  { part: 'render', may: ['shared'] },
  { part: 'contract', may: ['render', 'shared'] },
  { part: 'compiler', may: ['contract', 'render', 'shared'] },
  { part: 'leads', may: ['contract', 'render', 'shared'] },
  { part: 'engine', may: ['leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'sql', may: ['engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'report', may: ['engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'notify', may: ['report', 'engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'review', may: ['report', 'engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'scorecard', may: ['report', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'app', may: ['notify', 'review', 'scorecard', 'report', 'sql', 'engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'cli', may: ['app', 'notify', 'review', 'scorecard', 'report', 'sql', 'engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
  { part: 'action', may: ['app', 'review', 'scorecard', 'report', 'engine', 'leads', 'compiler', 'contract', 'render', 'shared'] },
];
