/**
 * The reasons a CSV row is rejected for that the report left in English in es, pt and ca:
 * the cell count with each of its notes (columns without a label, a quoted cell over lines,
 * a lone carriage return), a repeated header, a quote never closed, a number with a decimal
 * comma, a value a map rejects. Each reason comes from the real source (openLeadSource), so
 * that a change of its words fails here rather than leaving it untranslated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { message, rejectionDetail } from '../../../src/engine/metrics/data-quality.js';
import { parseMapping, presetMapping } from '../../../src/leads/mapping/index.js';
import { reportText } from '../../../src/report/render/messages.js';
import { findingText } from '../../../src/report/render/model.js';
import { englishIn, LOCALES, withoutData } from '../../helpers/english-scan.js';
import { file, readAll } from '../sources/helpers.js';

const said = (locale: 'en' | 'es' | 'pt' | 'ca', reason: string) =>
  findingText({ code: 'rejected-rows', count: 1, detail: reason, message: message('rejected-rows', 1, reason) }, reportText(locale));

const canonical = presetMapping('canonical');

/** The reasons the rows of `text` are rejected for, in order. */
async function reasons(name: string, text: string, mapping = canonical): Promise<string[]> {
  return (await readAll([file(name, text)], mapping)).rejections.map((r) => r.reason);
}

/** The one reason of a file with one rejected row. */
async function reason(name: string, text: string, mapping = canonical): Promise<string> {
  const all = await reasons(name, text, mapping);
  expect(all).toHaveLength(1);
  return all[0] as string;
}

/** No English word is left in the reason said in each locale, once its data (quoted values and labels, the mapping's literal keys) is cut out. */
function noEnglish(reason: string, literals: string[] = []): void {
  for (const locale of LOCALES) {
    const text = withoutData(said(locale, reason).replace(/"(?:[^"\\]|\\.)*"/g, ' '), literals);
    expect(englishIn(text, locale), `${locale}: ${said(locale, reason)}`).toEqual([]);
  }
}

describe('the cell count of a CSV row, with and without each note', () => {
  it('alone, in the singular and the plural', async () => {
    const two = await reason('short.csv', 'id,owner,createdAt\nL1,ana\n');
    expect(two).toBe('row has 2 cells where the header has 3');
    expect(said('es', two)).toBe('1 fila rechazada: la fila tiene 2 celdas, pero el encabezado tiene 3');
    expect(said('pt', two)).toBe('1 linha rejeitada: a linha tem 2 células, mas o cabeçalho tem 3');
    expect(said('ca', two)).toBe('1 fila rebutjada: la fila té 2 cel·les, però la capçalera en té 3');
    const one = await reason('one.csv', 'id,owner\nL1\n');
    expect(one).toBe('row has 1 cell where the header has 2');
    expect(said('es', one)).toBe('1 fila rechazada: la fila tiene 1 celda, pero el encabezado tiene 2');
    expect(said('pt', one)).toContain('a linha tem 1 célula, mas');
    expect(said('ca', one)).toContain('la fila té 1 cel·la, però');
    noEnglish(two);
    // English stays as the source wrote it.
    expect(said('en', two)).toContain('row has 2 cells where the header has 3');
  });

  it('in the words of a joined file too (mapping/join.ts)', async () => {
    const dir = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));
    const acme = parseMapping('acme.mapping.yaml', readFileSync(dir + 'acme.mapping.yaml', 'utf8'));
    if (!acme.ok) throw new Error('the mapping is valid');
    const [header] = readFileSync(dir + 'acme-leads.csv', 'utf8').split('\n');
    const leads = file('short-leads.csv', [header, 'A-1;01/10/2026 09:00;MQL;01/10/2026 10:00;;;Ana Souza;Webinar;;;;;;;;', ''].join('\n'));
    const deals = file('short-deals.csv', ['Oportunidad;Lead;Importe;Etapa;Fecha cierre', 'O-1;A-1', ''].join('\n'));
    const [short] = (await readAll([leads, deals], acme.value)).rejections.map((r) => r.reason);
    expect(short).toBe('row has 2 cells where the header has 5');
    expect(said('es', short as string)).toBe('1 fila rechazada: la fila tiene 2 celdas, pero el encabezado tiene 5');
  });

  it("with the header's last columns without a label, one or several", async () => {
    const one = await reason('ghost.csv', 'id,owner,\nL1,ana\n');
    expect(said('es', one)).toBe(
      '1 fila rechazada: la fila tiene 2 celdas, pero el encabezado tiene 3, aunque están todas las columnas con nombre: el encabezado termina en una columna sin nombre (una hoja de cálculo guardó en él columnas vacías); borre los delimitadores que siguen al último nombre del encabezado',
    );
    expect(said('pt', one)).toContain('embora estejam todas as colunas com nome: o cabeçalho termina em uma coluna sem nome');
    expect(said('ca', one)).toContain('tot i que hi són totes les columnes amb nom: la capçalera acaba en una columna sense nom');
    const three = await reason('ghosts.csv', 'id,owner,createdAt,,,\nL3,carla,2026-10-05T09:00:00Z\n');
    expect(three).toMatch(/^row has 3 cells where the header has 6, but every column with a label/);
    expect(said('es', three)).toBe(
      '1 fila rechazada: la fila tiene 3 celdas, pero el encabezado tiene 6, aunque están todas las columnas con nombre: el encabezado termina en 3 columnas sin nombre (una hoja de cálculo guardó en él columnas vacías); borre los delimitadores que siguen al último nombre del encabezado',
    );
    expect(said('pt', three)).toContain('o cabeçalho termina em 3 colunas sem nome (uma planilha salvou nele colunas vazias); apague os delimitadores');
    expect(said('ca', three)).toContain(
      "la capçalera acaba en 3 columnes sense nom (un full de càlcul hi va desar columnes buides); esborreu els delimitadors que segueixen l'últim nom",
    );
    noEnglish(one);
    noEnglish(three);
  });

  it('with a quoted cell over lines (a quote left open)', async () => {
    const open = await reason('open.csv', 'id,owner,createdAt,attempts,notes\nL1,"Ana, 2026-10-05,1,x\nL2,carla",2026-10-05,1,z,extra\n');
    expect(open).toMatch(/^row has 6 cells where the header has 5, and a quoted cell in it runs over more than one line/);
    expect(said('es', open)).toBe(
      '1 fila rechazada: la fila tiene 6 celdas, pero el encabezado tiene 5, y en ella una celda entre comillas ocupa más de una línea: si se dejó una comilla abierta, las líneas siguientes se leyeron en esta fila, hasta la comilla siguiente',
    );
    expect(said('pt', open)).toContain('e nela uma célula entre aspas ocupa mais de uma linha: se aspas ficaram abertas');
    expect(said('ca', open)).toContain("i una cel·la entre cometes de la fila ocupa més d'una línia: si es va deixar una cometa oberta");
    noEnglish(open);
  });

  it('with a carriage return alone in a file whose lines end in LF', async () => {
    const mixed = await reason('mixed.csv', 'id,owner,createdAt\nL1,ana,2026-10-05\rL2,bruno,2026-10-05\n');
    expect(mixed).toMatch(/^row has 5 cells where the header has 3, and a carriage return \(CR\)/);
    expect(said('es', mixed)).toBe(
      '1 fila rechazada: la fila tiene 5 celdas, pero el encabezado tiene 3, y en ella hay un retorno de carro (CR) sin salto de línea detrás, que para algunos programas termina una línea, pero no en este archivo, cuyas líneas terminan en LF o CRLF: la exportación mezcla finales de línea, así que la línea que sigue al CR se leyó en esta fila; vuelva a guardar el archivo como CSV UTF-8',
    );
    expect(said('pt', mixed)).toContain('mas não neste arquivo, cujas linhas terminam em LF ou CRLF: a exportação mistura finais de linha');
    expect(said('ca', mixed)).toContain(
      "l'exportació barreja finals de línia, així que la línia que segueix el CR es va llegir dins d'aquesta fila; torneu a desar el fitxer com a CSV UTF-8",
    );
    noEnglish(mixed, ['CSV UTF-8']);
  });

  it('with both notes: columns without a label, then a quoted cell over lines or a lone CR', async () => {
    const open = await reason('ghost-open.csv', 'id,owner,notes,,\nL5,"two\nlines",x\n');
    expect(open).toMatch(/^row has 3 cells where the header has 5, but every column with a label: .*, and a quoted cell in it runs over more than one line/);
    expect(said('es', open)).toBe(
      '1 fila rechazada: la fila tiene 3 celdas, pero el encabezado tiene 5, aunque están todas las columnas con nombre: el encabezado termina en 2 columnas sin nombre (una hoja de cálculo guardó en él columnas vacías); borre los delimitadores que siguen al último nombre del encabezado, y en ella una celda entre comillas ocupa más de una línea: si se dejó una comilla abierta, las líneas siguientes se leyeron en esta fila, hasta la comilla siguiente',
    );
    const mixed = await reason('ghost-cr.csv', 'id,owner,,\nL1,ana\rL2,bruno\n');
    expect(mixed).toMatch(/^row has 3 cells where the header has 4, but every column with a label: .*, and a carriage return \(CR\)/);
    expect(said('es', mixed)).toMatch(
      /^1 fila rechazada: la fila tiene 3 celdas, pero el encabezado tiene 4, aunque están todas las columnas con nombre: el encabezado termina en 2 columnas sin nombre .*, y en ella hay un retorno de carro \(CR\) .*; vuelva a guardar el archivo como CSV UTF-8$/,
    );
    expect(said('pt', mixed)).toMatch(/o cabeçalho termina em 2 colunas sem nome .*, e nela há um retorno de carro \(CR\)/);
    expect(said('ca', open)).toMatch(/la capçalera acaba en 2 columnes sense nom .*, i una cel·la entre cometes de la fila ocupa més d'una línia/);
    noEnglish(open);
    noEnglish(mixed, ['CSV UTF-8']);
    // Whole in the finding the report keeps (its detail is bounded): cut, they stayed English.
    for (const r of [open, mixed]) {
      expect(rejectionDetail(r)).toBe(r);
      expect(said('es', rejectionDetail(r))).toBe(said('es', r));
    }
  });
});

describe('other reasons of CSV rows', () => {
  it('a row that repeats the header', async () => {
    const repeated = await reason('both.csv', 'id,owner\nL1,ana\nid,owner\nL2,bruno\n');
    expect(repeated).toMatch(/^row repeats the header/);
    expect(said('es', repeated)).toBe(
      '1 fila rechazada: la fila repite el encabezado (cada celda es el nombre de su columna): el archivo parece varias exportaciones unidas una tras otra; borre esta línea y deje solo el primer encabezado (dos archivos --leads no se leen como una sola exportación: el segundo es el que un mapeo une al primero)',
    );
    expect(said('pt', repeated)).toContain(
      'o arquivo parece várias exportações unidas uma depois da outra; apague esta linha e mantenha só o primeiro cabeçalho',
    );
    expect(said('ca', repeated)).toContain('(dos fitxers --leads no es llegeixen com una sola exportació: el segon és el que un mapatge uneix al primer)');
    noEnglish(repeated, ['--leads']);
  });

  it('a quoted cell never closed', async () => {
    const open = await reason('never.csv', 'id,owner\nL1,ana\n"L9,ana');
    expect(open).toBe('a quoted cell is never closed');
    expect(said('es', open)).toBe('1 fila rechazada: una celda entre comillas no se cierra nunca');
    expect(said('pt', open)).toBe('1 linha rejeitada: uma célula entre aspas nunca se fecha');
    expect(said('ca', open)).toBe('1 fila rebutjada: una cel·la entre cometes no es tanca mai');
  });

  it('a number with a decimal comma, with the mapping setting that reads it, and without it when the number has none', async () => {
    const [comma, two] = await reasons('eu.csv', 'id;dealAmount\nA;67234,91\nD;two\n');
    expect(comma).toMatch(/^unparseable number "67234,91" in column "dealAmount" \(a decimal comma: /);
    expect(said('es', comma as string)).toBe(
      '1 fila rechazada: número ilegible "67234,91" en la columna "dealAmount" (una coma decimal: la lee un archivo de mapeo que diga numbers: { decimal: "," }, y que puede extender un mapeo predefinido: extends: hubspot)',
    );
    expect(said('pt', comma as string)).toContain(
      'número ilegível "67234,91" na coluna "dealAmount" (uma vírgula decimal: um arquivo de mapeamento que diga numbers: { decimal: "," } a lê, e pode estender um mapeamento predefinido: extends: hubspot)',
    );
    expect(said('ca', comma as string)).toContain(
      '(una coma decimal: la llegeix un fitxer de mapatge que digui numbers: { decimal: "," }, i que pot estendre un mapatge predefinit: extends: hubspot)',
    );
    expect(said('es', two as string)).toBe('1 fila rechazada: número ilegible "two" en la columna "dealAmount"');
    noEnglish(comma as string, ['numbers', 'decimal', 'extends: hubspot']);
  });

  it('a value a value map with otherwise: reject does not name', async () => {
    const parsed = parseMapping(
      'stages.mapping.yaml',
      [
        'apiVersion: revpact/v1',
        'kind: mapping',
        'columns:',
        '  Ref: id',
        '  Stage: { field: stage, values: { New: lead, MQL: mql }, otherwise: reject }',
      ].join('\n'),
    );
    if (!parsed.ok) throw new Error('the mapping is valid');
    const unexpected = await reason('stages.csv', 'Ref,Stage\nA,MQL\nB,Won\n', parsed.value);
    expect(unexpected).toBe('unexpected value "Won" in column "Stage" (expected one of New, MQL)');
    expect(said('es', unexpected)).toBe('1 fila rechazada: valor inesperado "Won" en la columna "Stage" (se esperaba uno de estos: New, MQL)');
    expect(said('pt', unexpected)).toBe('1 linha rejeitada: valor inesperado "Won" na coluna "Stage" (esperado um destes: New, MQL)');
    expect(said('ca', unexpected)).toBe('1 fila rebutjada: valor inesperat "Won" a la columna "Stage" (s\'esperava un d\'aquests: New, MQL)');
    noEnglish(unexpected, ['New', 'MQL']);
  });
});

describe('a deal amount of 10^18 or more', () => {
  it('is said in Spanish, Portuguese and Catalan', async () => {
    const big = await reason('big.csv', `id,dealAmount\nL1,${'9'.repeat(30)}\n`);
    expect(big).toBe(
      `deal amount too large "${'9'.repeat(30)}" in column "dealAmount" (a deal is worth less than 10^18: digits run together, or the wrong column)`,
    );
    expect(said('es', big)).toBe(
      `1 fila rechazada: importe de venta demasiado grande "${'9'.repeat(30)}" en la columna "dealAmount" (una venta vale menos de 10^18: dígitos que se juntaron, o la columna equivocada)`,
    );
    expect(said('pt', big)).toContain('valor de negócio grande demais');
    expect(said('ca', big)).toContain('import de venda massa gran');
    noEnglish(big);
  });
});
