/**
 * A string already escaped for the output format. Handlebars prints anything with a
 * `toHTML()` as is, so the model can hand it over without triple-stashes.
 */
export class Safe {
  constructor(readonly value: string) {}
  toHTML(): string {
    return this.value;
  }
  toString(): string {
    return this.value;
  }
}

/** Nothing to say: an optional clause that does not apply. */
export const EMPTY = new Safe('');

/** A placeholder value for a message: escaped text as is, numbers formatted, strings escaped as data. */
export type Param = string | number | Safe;
