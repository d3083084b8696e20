/**
 * The reasons an NDJSON line is rejected for, said in the report's language like every CSV
 * reason (report/render/locales/common.ts, localReason). They were left in English in es,
 * pt and ca reports.
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/engine/metrics/data-quality.js';
import { parseLine } from '../../../src/leads/sources/ndjson.js';
import { reportText } from '../../../src/report/render/messages.js';
import { findingText } from '../../../src/report/render/model.js';

const said = (locale: 'es' | 'pt' | 'ca', reason: string) =>
  findingText({ code: 'rejected-rows', count: 1, detail: reason, message: message('rejected-rows', 1, reason) }, reportText(locale));

describe('NDJSON rejection reasons', () => {
  const notJson = parseLine('{bad json}') as string;
  const notObject = parseLine('[1, 2]') as string;
  const text = parseLine('"text"') as string;

  it('are the reasons the source writes', () => {
    expect(notJson).toMatch(/^not valid JSON \(/);
    expect(notObject).toBe('not a JSON object (found a list)');
    expect(text).toBe('not a JSON object (found string)');
  });

  it('are said in Spanish, Portuguese and Catalan', () => {
    expect(said('es', notObject)).toBe('1 fila rechazada: no es un objeto JSON (hay una lista)');
    expect(said('es', text)).toBe('1 fila rechazada: no es un objeto JSON (hay un texto)');
    expect(said('es', 'expected a text in "owner", found an object')).toBe('1 fila rechazada: se esperaba un texto en "owner", hay un objeto');
    expect(said('pt', 'expected a number in "score", found a list')).toBe('1 linha rejeitada: esperava-se um número em "score", há uma lista');
    expect(said('ca', notJson)).toMatch(/^1 fila rebutjada: JSON no vàlid \(.+\)$/);
    expect(said('ca', 'expected a date in "mqlAt", found an object')).toBe('1 fila rebutjada: s\'esperava una data a "mqlAt", hi ha un objecte');
  });
});
