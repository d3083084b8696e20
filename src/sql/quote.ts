/**
 * Quoting for the SQL revpact writes: every identifier double-quoted, every value from a
 * contract or an export inlined as a literal with its quotes doubled. DuckDB and
 * PostgreSQL share these rules (standard SQL; PostgreSQL's standard_conforming_strings is
 * on by default since 9.1, so a backslash in a literal is just a backslash).
 */

/** An identifier, always quoted: `my table` → `"my table"`. */
export function ident(name: string): string {
  if (name.includes('\0')) throw new Error(`SQL identifier with a NUL character: ${JSON.stringify(name)}`);
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A possibly schema-qualified table name as typed by a user (`analytics.leads`): each
 * dot-separated part quoted. A name that should contain a dot cannot be given this way.
 */
export function tableName(name: string): string {
  const parts = name.split('.');
  if (parts.some((p) => p.length === 0)) throw new Error(`not a table name: ${JSON.stringify(name)}`);
  return parts.map(ident).join('.');
}

/** The name of a sibling table: `analytics.leads` + `_rejections` → `analytics.leads_rejections`. */
export function siblingTable(name: string, suffix: string): string {
  return `${name}${suffix}`;
}

/** A text literal: `O'Brien` → `'O''Brien'`. NUL cannot be stored in PostgreSQL text and is refused. */
export function str(value: string): string {
  if (value.includes('\0')) throw new Error(`SQL text literal with a NUL character: ${JSON.stringify(value)}`);
  return `'${value.replace(/'/g, "''")}'`;
}

/** A number literal; integers stay integers, others keep every digit JavaScript prints. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`SQL number literal that is not finite: ${value}`);
  const text = String(value);
  // Non-integers as a cast string: a bare 0.1 is DECIMAL in DuckDB and numeric in PostgreSQL, not the double JavaScript holds.
  return Number.isInteger(value) && !/e/i.test(text) ? (value < 0 ? `(${text})` : text) : `CAST('${text}' AS DOUBLE PRECISION)`;
}

/** A literal for a condition value from the contract. */
export function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return str(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return num(value);
}
