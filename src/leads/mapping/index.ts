/**
 * Mappings: how a CRM export becomes canonical leads (DESIGN.md §3). Load and check a
 * mapping file (`parseMapping`), take a preset (`presetMapping`), and compile the row →
 * Lead conversion for a file's header (`compileCsv`, `compileObjects`). No file access
 * here: the CLI reads mapping files, sources/ reads exports.
 */
export { parseMapping, presetMapping, isPresetName, withDefaultTimeZone, resolveSpec, MAPPING_SCHEMA, MAPPING_LIMITS } from './parse.js';
export { PRESETS, HUBSPOT_LIFECYCLE } from './presets.js';
export { compileCsv, compileObjects, blankLead, camelCase, fieldsWithColumn, RowConverter, type Compiled } from './convert.js';
export { JoinTable } from './join.js';
export { DateReader, zoneClock, isValidTimeZone, checkDateFormat, startOfLocalDay, type ZoneClock } from './dates.js';
export { numberReader, readBoolean, autoValue } from './values.js';
export * from './types.js';
