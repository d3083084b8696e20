/**
 * The reasons an NDJSON line is rejected for, said in the report's language like every CSV
 * reason (report/render/locales/common.ts, localReason). They were left in English in es,
 * pt and ca reports.
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/engine/metrics/data-quality.js';
import { epochProblem, inexactNumberProblem } from '../../../src/leads/mapping/convert.js';
import { parseLine, PULL_HEADER_AGAIN } from '../../../src/leads/sources/ndjson.js';
import { repeatedKeyProblem } from '../../../src/leads/sources/repeated-keys.js';
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
    // Each with what to write instead: one record a line, a JSON object.
    expect(notObject).toBe('not a JSON object (found a list): write each record of the list on a line of its own, as a JSON object {…} without the brackets');
    expect(text).toBe(
      'not a JSON object (found string): each line of an NDJSON file is one record, a JSON object such as {"id": "L-1", "mqlAt": "2026-10-05T14:03:00Z"}',
    );
  });

  it('are said in Spanish, Portuguese and Catalan', () => {
    expect(said('es', notObject)).toBe(
      '1 fila rechazada: no es un objeto JSON (hay una lista): escriba cada registro de la lista en una línea propia, como objeto JSON {…} sin los corchetes',
    );
    expect(said('es', text)).toBe(
      '1 fila rechazada: no es un objeto JSON (hay un texto): cada línea de un archivo NDJSON es un registro, un objeto JSON como {"id": "L-1", "mqlAt": "2026-10-05T14:03:00Z"}',
    );
    expect(said('pt', parseLine('null') as string)).toContain('não é um objeto JSON (há null): cada linha de um arquivo NDJSON é um registro');
    expect(said('ca', notObject)).toContain('no és un objecte JSON (hi ha una llista): escriviu cada registre de la llista en una línia pròpia');
    expect(said('es', 'expected a text in "owner", found an object')).toBe('1 fila rechazada: se esperaba un texto en "owner", hay un objeto');
    expect(said('pt', 'expected a number in "score", found a list')).toBe('1 linha rejeitada: esperava-se um número em "score", há uma lista');
    expect(said('ca', notJson)).toMatch(/^1 fila rebutjada: JSON no vàlid \(.+\)$/);
    expect(said('ca', 'expected a date in "mqlAt", found an object')).toBe('1 fila rebutjada: s\'esperava una data a "mqlAt", hi ha un objecte');
  });

  // Before: the reasons of a number in a date field that is no epoch time, and of a joined
  // key written otherwise than its lead's, stayed English in es, pt and ca reports.
  it('a number in a date field that is no epoch time, each way it fails, in the three languages', () => {
    expect(said('es', epochProblem(1785740400, 'mqlAt') as string)).toBe(
      '1 fila rechazada: fecha ilegible 1785740400 en "mqlAt": un número en un campo de fecha se lee como milisegundos desde el 1970-01-01 UTC, y este es anterior a 1973: si cuenta segundos, multiplíquelo por 1000; o escriba la fecha como texto ISO 8601 ("2026-10-05T14:03:00Z")',
    );
    expect(said('pt', epochProblem(1.5e12 + 0.5, 'mqlAt') as string)).toContain('e este tem uma fração de milissegundo;');
    expect(said('ca', epochProblem(Infinity, 'mqlAt') as string)).toContain('i aquest no és un nombre finit;');
    expect(said('es', epochProblem(1e300, 'mqlAt') as string)).toContain('y este es posterior al año 9999;');
  });

  it('a date written as digits, with what it looks like, in the three languages', () => {
    const ms =
      'unparseable date "1785740400000" in column "createdAt" (expected ISO 8601); it looks like milliseconds since 1970: write it as a JSON number, without quotes';
    const s =
      'unparseable date "1785740400" in column "createdAt" (expected ISO 8601); it looks like seconds since 1970: write it as a JSON number of milliseconds (× 1000)';
    expect(said('es', ms)).toBe(
      '1 fila rechazada: fecha ilegible "1785740400000" en la columna "createdAt" (se esperaba ISO 8601); parecen milisegundos desde 1970: escríbala como número JSON, sin comillas',
    );
    expect(said('pt', s)).toContain('; parecem segundos desde 1970: escreva-a como número JSON de milissegundos (× 1000)');
    expect(said('ca', ms)).toContain('; semblen mil·lisegons des de 1970: escriviu-la com a nombre JSON, sense cometes');
  });

  it('an id written as a JSON number too long to read exactly, in the three languages', () => {
    const reason = inexactNumberProblem(12345678901234567000, 'id');
    expect(said('es', reason)).toBe(
      '1 fila rechazada: número demasiado largo para leerlo exacto en "id" (se lee como 12345678901234567000): escríbalo como texto JSON, entre comillas',
    );
    expect(said('pt', reason)).toContain('número longo demais para ser lido exatamente em "id"');
    expect(said('ca', reason)).toContain('nombre massa llarg per llegir-lo exacte a "id"');
  });

  it('a joined key no lead has, with the lead it differs from only in case, in the three languages', () => {
    const reason = 'no lead has the key "a-1" (column "Lead"); the lead "A-1" differs from it only in case or spaces';
    expect(said('es', reason)).toBe(
      '1 fila rechazada: ningún lead tiene la clave "a-1" (columna "Lead"); el lead "A-1" solo se diferencia en mayúsculas o espacios',
    );
    expect(said('pt', reason)).toContain('; o lead "A-1" só difere em maiúsculas ou espaços');
    expect(said('ca', 'no lead has the key "Z-9" (column "Lead")')).toBe('1 fila rebutjada: cap lead no té la clau "Z-9" (columna "Lead")');
  });

  it('a pull header after line 1 (pull files joined), in the three languages', () => {
    expect(said('es', PULL_HEADER_AGAIN)).toBe(
      '1 fila rechazada: una línea de encabezado de revpact pull ({"#revpact-pull": …}) después de la línea 1: el archivo parece varios archivos de pull unidos uno tras otro; borre esta línea (revpact pull reúne lo que descarga en un solo archivo, por id)',
    );
    expect(said('pt', PULL_HEADER_AGAIN)).toContain('depois da linha 1: o arquivo parece vários arquivos de pull unidos um depois do outro; apague esta linha');
    expect(said('ca', PULL_HEADER_AGAIN)).toContain(
      "després de la línia 1: el fitxer sembla diversos fitxers de pull units l'un darrere l'altre; esborreu aquesta línia",
    );
  });

  it('a key written twice in a record, in the three languages', () => {
    const reason = parseLine('{"id":"L-1","mqlAt":"2026-10-01T10:00:00Z","mqlAt":"2026-11-01T10:00:00Z"}') as string;
    expect(reason).toBe(repeatedKeyProblem('mqlAt', 2));
    expect(said('es', reason)).toBe(
      '1 fila rechazada: la clave "mqlAt" está escrita 2 veces en este registro, y solo se leería su último valor: escriba cada clave una sola vez en un registro, con el valor que corresponde',
    );
    expect(said('pt', repeatedKeyProblem('owner', 3))).toBe(
      '1 linha rejeitada: a chave "owner" está escrita 3 vezes neste registro, e só o seu último valor seria lido: escreva cada chave uma só vez em um registro, com o valor pretendido',
    );
    expect(said('ca', repeatedKeyProblem('a "b"', 2))).toBe(
      '1 fila rebutjada: la clau "a \\"b\\"" està escrita 2 vegades en aquest registre, i només se\'n llegiria l\'últim valor: escriviu cada clau una sola vegada en un registre, amb el valor que correspon',
    );
  });
});
