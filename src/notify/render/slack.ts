/**
 * A message as Slack Block Kit (incoming webhook payload): a header, the recipient's
 * mention and what it is about, the leads in sections of at most ten lines (a section's
 * text holds 3,000 characters; a message at most 50 blocks), the summary line for the
 * rest, and a context line naming the agreement. Text from the data is escaped for Slack's
 * mrkdwn, so a lead id cannot mention anyone or forge a link.
 */
import type { IncomingWebhookSendArguments } from '@slack/webhook';
import { clean, truncate } from '../../render/format.js';
import { plainLine, sections, type Line, type Message, type View } from '../compose.js';
import { FALLBACK_KEY } from '../people.js';
import type { Recipient } from '../types.js';

type Blocks = NonNullable<IncomingWebhookSendArguments['blocks']>;

export interface SlackPayload {
  text: string;
  blocks: Blocks;
}

/** Slack's three control characters in mrkdwn (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function slackEscape(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function slackMention(r: Recipient): string {
  const id = r.slack;
  if (id === undefined) return `*${slackEscape(r.name)}*`;
  if (id === 'here' || id === 'channel') return `<!${id}>`;
  if (id.startsWith('S')) return `<!subteam^${id}>`;
  return `<@${id}>`;
}

function slackLine(l: Line): string {
  const text = slackEscape(plainLine({ ...l, link: undefined }));
  if (l.link === undefined || !/^https?:\/\//.test(l.link)) return `• ${text}`;
  // The lead id links to its CRM record: <url|label>, with the URL's own | and > kept out of the syntax.
  const url = l.link.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
  const rest = text.slice(slackEscape(l.lead).length);
  return `• <${url}|${slackEscape(l.lead)}>${rest}`;
}

const LINES_PER_SECTION = 10;

export function renderSlack(message: Message, view: View): SlackPayload {
  const w = view.words;
  const mention = slackMention(message.recipient);
  const intro = w.intro({ ...message.counts, within: view.within });
  const blocks: Blocks = [
    { type: 'header', text: { type: 'plain_text', text: truncate(w.headline(message.counts), 150), emoji: true } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `${mention} ${slackEscape(intro)}` + (message.recipient.key === FALLBACK_KEY ? `\n_${slackEscape(w.fallbackNote)}_` : '') },
    },
  ];
  for (const s of sections(message, view)) {
    for (let i = 0; i < s.lines.length; i += LINES_PER_SECTION) {
      const lines = s.lines.slice(i, i + LINES_PER_SECTION).map(slackLine);
      const text = (i === 0 ? `*${slackEscape(s.title)}*\n` : '') + lines.join('\n');
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } });
    }
  }
  if (message.rest > 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackEscape(w.more(message.rest)) } });
  const footer = w.footer({ ...view.contract, asOf: view.asOf }) + (message.parts > 1 ? ` · ${w.part(message.part, message.parts)}` : '');
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(footer) }] });
  // The top-level text is what the push notification and screen readers show.
  return { text: `${mention} ${slackEscape(w.headline(message.counts))}`, blocks };
}
