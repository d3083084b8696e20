/**
 * The HTML agreement as a reader's browser shows it: headless Chromium (the Debian
 * package) opens the rendered file and checks that the key sections are visible, that
 * the page asks for nothing beyond itself and logs nothing, that a phone-sized screen
 * needs no sideways scrolling, and that it prints. Screenshots land in test/artifacts/
 * (git-ignored) for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_LOCALES, renderAgreement, type DocumentLocale } from '../../src/compiler/documents.js';
import { loadTemplates } from '../../src/render/templates.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';
import { FULL_CONTRACT, rulesFrom } from '../unit/agreement-fixture.js';

const available = chromiumFor('test/e2e/html.test.ts', 'HTML agreement in Chromium', 'the HTML checks');

describe.skipIf(!available)('HTML agreement in Chromium', () => {
  const templates = loadTemplates();
  const rules = rulesFrom(FULL_CONTRACT);
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    work = mkdtempSync(join(tmpdir(), 'revpact-html-'));
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Opens the agreement in a fresh page, recording every request and console message. */
  async function open(locale: DocumentLocale, width: number) {
    const file = join(work, `agreement-${locale}.html`);
    writeFileSync(file, await renderAgreement(rules, templates, { format: 'html', locale }));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, messages, close: () => context.close() };
  }

  // Evaluated in the page; written as a string because the project's TypeScript has no DOM types.
  const overflow = (page: Page) =>
    page.evaluate<{ body: number; page: number; viewport: number }>(
      '({ body: document.body.scrollWidth, page: document.documentElement.scrollWidth, viewport: window.innerWidth })',
    );

  it.each(DOCUMENT_LOCALES)('%s: key sections visible, nothing fetched, nothing logged', async (locale) => {
    const { page, url, requests, messages, close } = await open(locale, 1024);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      expect(await page.locator('h1').count()).toBe(1);
      for (const selector of ['#slas .sla', '#commitments li', 'svg.funnel[role="img"]', '#handoff .checklist li', '#definitions table']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(true);
      }
      expect(await page.locator('svg.funnel title').textContent()).not.toBe('');
      expect(await page.locator('#slas .sla').count()).toBe(rules.slas.length);
      expect(await page.locator('th:not([scope])').count()).toBe(0);
      expect(requests).toEqual([url]);
      expect(messages).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `agreement-${locale}.png`), fullPage: true });
    } finally {
      await close();
    }
  });

  it.each(DOCUMENT_LOCALES)('%s: a 390px-wide phone screen needs no sideways scrolling', async (locale) => {
    const { page, messages, close } = await open(locale, 390);
    try {
      const size = await overflow(page);
      expect(size.body).toBeLessThanOrEqual(size.viewport);
      expect(size.page).toBeLessThanOrEqual(size.viewport);
      await expect(page.locator('svg.funnel').isVisible()).resolves.toBe(true);
      expect(messages).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `agreement-${locale}-phone.png`), fullPage: true });
    } finally {
      await close();
    }
  });

  it('a 390px-wide phone screen shows a long URL or word in a table card whole, without a sideways scroll', async () => {
    const url = `https://www.example.com/landing/${'very-long-campaign-path-'.repeat(6)}?utm_source=newsletter&utm_campaign=q3`;
    const word = 'Arbeitsgemeinschaftsvorsitzendenstellvertreterin';
    const awkward = FULL_CONTRACT.replace('name: Laia Puig,', `name: Laia Puig ${word},`).replace(
      'entry: Deja sus datos en un formulario',
      `entry: Deja sus datos en ${url}`,
    );
    expect(awkward).toContain(url);
    expect(awkward).toContain(word);
    const file = join(work, 'agreement-long-words.html');
    writeFileSync(file, await renderAgreement(rulesFrom(awkward), templates, { format: 'html', locale: 'es' }));
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // Each card-table's wrapper scrolls sideways only when a card is wider than the screen,
      // which would hide the end of its text behind the wrapper's scrollbar.
      const wrappers = await page.evaluate<{ scroll: number; client: number }[]>(
        "[...document.querySelectorAll('.table-wrap')].filter((w) => w.querySelector('table.stack')).map((w) => ({ scroll: w.scrollWidth, client: w.clientWidth }))",
      );
      expect(wrappers.length).toBeGreaterThan(0);
      for (const w of wrappers) expect(w.scroll).toBeLessThanOrEqual(w.client);
      const size = await overflow(page);
      expect(size.page).toBeLessThanOrEqual(size.viewport);
      await page.screenshot({ path: join(ARTIFACTS, 'agreement-long-words-phone.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('prints: the print stylesheet applies and a PDF comes out', async () => {
    const { page, close } = await open('es', 1024);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth")).toBe('none');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await close();
    }
  });
});
