/**
 * Messages: a digest larger than a chat message is split into parts of at most 50 leads,
 * at most five parts a run, the rest summarized and left unsent; every part passes the
 * fake Slack webhook's Block Kit limits. Without --show-pii no e-mail address reaches any
 * channel's message; with it, the data is shown as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_MAX_MESSAGES, CHAT_PER_MESSAGE } from '../../../src/app/notify.js';
import { slackSender } from '../../../src/notify/channels/slack.js';
import { split, type View } from '../../../src/notify/compose.js';
import { renderEmail } from '../../../src/notify/render/email.js';
import { renderSlack } from '../../../src/notify/render/slack.js';
import { renderTeams } from '../../../src/notify/render/teams.js';
import { renderText } from '../../../src/notify/render/text.js';
import type { Recipient, Routed } from '../../../src/notify/types.js';
import { EN, NOTIFY_WORDS } from '../../../src/notify/words.js';
import { startFakeSlack, slackText, type FakeSlack } from '../../helpers/fake-slack.js';

const view = (showPii = false): View => ({
  words: EN,
  contract: { name: 'acme', version: '1.0.0' },
  asOf: '2026-10-14T16:30:00+02:00',
  within: '2bh',
  showPii,
  linkFor: (id) => `https://crm.example/contacts/${encodeURIComponent(id)}`,
});
const ana: Recipient = { key: 'Ana Souza', name: 'Ana Souza', slack: 'U0ANASOUZA', email: 'ana@acme.example' };

function items(n: number, leadId = (i: number) => `L${String(i).padStart(4, '0')}`): Routed[] {
  return Array.from({ length: n }, (_, i) => ({
    leadId: leadId(i),
    ruleId: 'first-touch',
    kind: i % 3 === 0 ? 'breach' : 'due',
    owner: 'Ana Souza',
    dueAt: '2026-10-14T17:00:00+02:00',
    minutesLeft: i % 3 === 0 ? 0 : 30,
    clock: 'business',
    overdue: i % 3 === 0,
    as: 'owner',
  }));
}

describe('splitting a digest', () => {
  let slack: FakeSlack;
  const clock = { t: 0, now: () => clock.t, sleep: (ms: number) => Promise.resolve(void (clock.t += ms)) };
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(() => slack.close());

  it.each([
    [1, 1, 0],
    [50, 1, 0],
    [51, 2, 0],
    [120, 3, 0],
    [310, 5, 60],
  ])('%i leads → %i messages within Slack’s limits, %i summarized for the next run', async (n, parts, rest) => {
    const all = items(n);
    const messages = split(ana, all, CHAT_PER_MESSAGE, CHAT_MAX_MESSAGES);
    expect(messages.length).toBe(parts);
    expect(messages.every((m) => m.items.length <= 50)).toBe(true);
    expect(messages.reduce((s, m) => s + m.items.length, 0) + messages.reduce((s, m) => s + m.rest, 0)).toBe(n);
    expect(messages[messages.length - 1]?.rest).toBe(rest);

    const before = slack.messages.length;
    const send = slackSender(slack.url, view(), clock);
    for (const m of messages) expect(await send(m)).toEqual({ ok: true });
    const posted = slack.messages.slice(before).map(slackText);
    for (const [i, m] of messages.entries()) for (const item of m.items) expect(posted[i]).toContain(item.leadId);
    const last = posted[posted.length - 1] ?? '';
    if (rest > 0) expect(last).toContain(`and ${rest} more leads`);
    else expect(last).not.toContain('more lead');
    if (parts > 1) expect(last).toContain(`part ${parts} of ${parts}`);
  });
});

describe('personal data in messages', () => {
  const leadAddress = 'jane.doe@customer.example';
  const ownerAddress = 'rep.owner@acme.example';
  const routed: Routed[] = [{ ...items(1)[0]!, leadId: leadAddress, owner: ownerAddress, as: 'fallback' }];
  const fallback: Recipient = { key: 'fallback', name: 'Unassigned leads', slack: 'here' };
  const rendered = (showPii: boolean) => {
    const [message] = split(fallback, routed, 50, 5);
    const v = { ...view(showPii), linkFor: undefined };
    const email = renderEmail(message!, v);
    return [
      JSON.stringify(renderSlack(message!, v)),
      JSON.stringify(renderTeams(message!, v)),
      email.subject,
      email.text,
      email.html,
      renderText(message!, v),
    ].join('\n');
  };

  it('shows no e-mail address of a lead or owner without --show-pii', () => {
    const all = rendered(false);
    expect(all).not.toContain(leadAddress);
    expect(all).not.toContain(ownerAddress);
    expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    expect(all).toContain('[email hidden');
  });

  it('shows them with --show-pii', () => {
    const all = rendered(true);
    expect(all).toContain(leadAddress);
    expect(all).toContain(ownerAddress);
  });
});

describe('escaping data in chat messages', () => {
  it('a lead id cannot mention anyone or forge a link in Slack or Teams', () => {
    const hostile = items(1, () => '<!channel> <@U0EVIL> <https://evil.example|click> <at>Boss</at>')[0]!;
    const [message] = split(ana, [hostile], 50, 5);
    const s = renderSlack(message!, { ...view(), linkFor: undefined });
    const text = JSON.stringify(s.blocks);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<@U0EVIL>');
    expect(text).not.toContain('<https://evil');
    const t = JSON.stringify(renderTeams(message!, { ...view(), linkFor: undefined }));
    expect(t).not.toContain('<at>Boss');
  });

  it('links the lead id to its CRM record when the contract says where records are', () => {
    const [message] = split(ana, items(1), 50, 5);
    expect(JSON.stringify(renderSlack(message!, view()).blocks)).toContain('<https://crm.example/contacts/L0000|L0000>');
    expect(renderEmail(message!, view()).html).toContain('<a href="https://crm.example/contacts/L0000">L0000</a>');
  });
});

describe('the contract’s language', () => {
  const english = Object.values(EN).filter((v): v is string => typeof v === 'string');
  it.each(['es', 'pt', 'ca'] as const)('%s: every word of a message is translated', (locale) => {
    const words = NOTIFY_WORDS[locale];
    const [message] = split(ana, [...items(3), { ...items(1)[0]!, as: 'manager' }], 50, 5);
    const text = renderText(message!, { ...view(), words });
    for (const phrase of english) expect(text).not.toContain(phrase);
    for (const title of [words.breached, words.escalated, words.dueSoon]) expect(text).toContain(title);
    expect(text).toContain(words.left(30, 'business'));
    expect(words.subject({ due: 2, breach: 1, contract: 'acme' })).not.toBe(EN.subject({ due: 2, breach: 1, contract: 'acme' }));
  });
});
