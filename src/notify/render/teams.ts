/**
 * A message as a Microsoft Teams Adaptive Card, posted to a Workflows webhook ("Post to a
 * channel when a webhook request is received"): a `message` whose one attachment has the
 * content type application/vnd.microsoft.card.adaptive. The recipient is mentioned with
 * <at>…</at> and an msteams mention entity whose id is their sign-in address (people's
 * e-mail). Text from the data goes into TextBlocks, which render a small Markdown subset:
 * its control characters are escaped.
 */
import { clean } from '../../render/format.js';
import { plainLine, sections, type Line, type Message, type View } from '../compose.js';
import { FALLBACK_KEY } from '../people.js';

export interface TeamsPayload {
  type: 'message';
  attachments: { contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: Record<string, unknown> }[];
}

/** Markdown's characters in a TextBlock, and angle brackets (an <at> tag from the data must not mention anyone). */
export function teamsEscape(s: string): string {
  return clean(s)
    .replace(/[\\`*_[\]()#+\-!>|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;');
}

function teamsLine(l: Line): string {
  const text = teamsEscape(plainLine({ ...l, link: undefined }));
  if (l.link === undefined || !/^https?:\/\//.test(l.link)) return `- ${text}`;
  const rest = text.slice(teamsEscape(l.lead).length);
  return `- [${teamsEscape(l.lead)}](${l.link.replace(/\)/g, '%29').replace(/ /g, '%20')})${rest}`;
}

export function renderTeams(message: Message, view: View): TeamsPayload {
  const w = view.words;
  const r = message.recipient;
  const mentionText = `<at>${teamsEscape(r.name)}</at>`;
  const mention = r.email === undefined ? `**${teamsEscape(r.name)}**` : mentionText;
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', size: 'Large', weight: 'Bolder', wrap: true, text: teamsEscape(w.headline(message.counts)) },
    { type: 'TextBlock', wrap: true, text: `${mention} ${teamsEscape(w.intro({ ...message.counts, within: view.within }))}` },
  ];
  if (r.key === FALLBACK_KEY) body.push({ type: 'TextBlock', wrap: true, isSubtle: true, text: teamsEscape(w.fallbackNote) });
  for (const s of sections(message, view)) {
    body.push({ type: 'TextBlock', weight: 'Bolder', wrap: true, spacing: 'Medium', text: teamsEscape(s.title) });
    body.push({ type: 'TextBlock', wrap: true, spacing: 'Small', text: s.lines.map(teamsLine).join('\n') });
  }
  if (message.rest > 0) body.push({ type: 'TextBlock', wrap: true, text: teamsEscape(w.more(message.rest)) });
  const footer = w.footer({ ...view.contract, asOf: view.asOf }) + (message.parts > 1 ? ` · ${w.part(message.part, message.parts)}` : '');
  body.push({ type: 'TextBlock', wrap: true, isSubtle: true, size: 'Small', text: teamsEscape(footer) });
  const content: Record<string, unknown> = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    msteams: {
      width: 'Full',
      ...(r.email === undefined ? {} : { entities: [{ type: 'mention', text: mentionText, mentioned: { id: r.email, name: r.name } }] }),
    },
  };
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }] };
}
