#!/usr/bin/env node
// Renders the picture of a notice in the README (docs/notify-email.png): an e-mail digest
// as `revpact notify --to email` builds it, from the compiled build/ (run `npm run build`
// first), shown in Chromium (playwright-core, /usr/bin/chromium) and cut to the message.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { split } from '../build/notify/compose.js';
import { renderEmail } from '../build/notify/render/email.js';
import { EN } from '../build/notify/words.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lead = (leadId, ruleId, kind, dueAt, minutesLeft, as, owner) => ({
  leadId,
  ruleId,
  kind,
  dueAt,
  minutesLeft,
  as,
  owner,
  clock: 'business',
  overdue: kind === 'breach',
});
const items = [
  lead('51000021151', 'accept-or-reject', 'breach', '2026-10-13T18:00:00+02:00', 0, 'owner', 'Marc Soler'),
  lead('51000001488', 'rejection-feedback', 'breach', '2026-10-14T10:02:00+02:00', 0, 'manager', 'Elena Petrova'),
  lead('51000037129', 'accept-or-reject', 'breach', '2026-10-14T09:40:00+02:00', 0, 'manager', 'David Chen'),
  lead('51000010549', 'accept-or-reject', 'due', '2026-10-14T17:46:00+02:00', 76, 'owner', 'Marc Soler'),
  lead('51000035427', 'first-touch', 'due', '2026-10-14T17:58:00+02:00', 88, 'owner', 'Marc Soler'),
];
const [message] = split({ key: 'Marc Soler', name: 'Marc Soler', email: 'marc@planfold.example' }, items, 500, 1);
const html = renderEmail(message, {
  words: EN,
  contract: { name: 'b2b-saas', version: '2.3.0' },
  asOf: '2026-10-14T16:30:00+02:00',
  within: '1bh',
  showPii: false,
  linkFor: (id) => `https://app.hubspot.com/contacts/0000000/record/0-1/${id}`,
}).html;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 400 }, deviceScaleFactor: 1 });
  await page.setContent(html.replace('<body>', '<body style="margin:0;padding:20px 24px;background:#fff">'));
  const height = await page.evaluate(() => globalThis.document.body.scrollHeight);
  await page.screenshot({ path: join(root, 'docs/notify-email.png'), clip: { x: 0, y: 0, width: 760, height } });
} finally {
  await browser.close();
}
console.log('wrote docs/notify-email.png');
