/**
 * The one thing the SQL engines (issue 7) need from a database: run statements, read rows.
 * DuckDB (embedded) and PostgreSQL each implement it; the compiled SQL, the pipeline that
 * runs it and the assembly of the report are shared, so both engines give the same report.
 */
export type SqlDialect = 'duckdb' | 'postgres';

export interface SqlRunner {
  readonly dialect: SqlDialect;
  /** Runs statements that return nothing (DDL, inserts, a script of several statements). */
  exec(sql: string): Promise<void>;
  /**
   * Runs one query and returns its rows as plain objects. Values are JavaScript values:
   * strings, numbers (64-bit integers converted to number, the SQL keeps them in the safe
   * range: instants travel as epoch milliseconds), booleans and null.
   */
  all(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}
