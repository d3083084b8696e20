/**
 * The years revpact measures: lead data comes from CRMs, and a year outside these is a typo
 * (`--as-of 20026-…`, `effective: 0000-01-01`) that would otherwise be read as meant: an
 * as-of that delays every breach by millennia, a document dated 1900.
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2099;
