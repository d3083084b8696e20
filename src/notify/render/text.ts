/** A message as plain text: the e-mail's text part and what --dry-run prints. */
import { clean } from '../../render/format.js';
import { plainLine, recipientName, sections, type Message, type View } from '../compose.js';
import { FALLBACK_KEY } from '../people.js';

export function renderText(message: Message, view: View): string {
  const w = view.words;
  const out: string[] = [];
  out.push(`${recipientName(message.recipient, view.showPii)}: ${w.intro({ ...message.counts, within: view.within })}`);
  if (message.recipient.key === FALLBACK_KEY) out.push(w.fallbackNote);
  if (message.parts > 1) out.push(`(${w.part(message.part, message.parts)})`);
  for (const s of sections(message, view)) {
    out.push('', s.title);
    for (const l of s.lines) out.push(`- ${clean(plainLine(l))}${l.link ? ` <${l.link}>` : ''}`);
  }
  if (message.rest > 0) out.push('', w.more(message.rest));
  out.push('', w.footer({ ...view.contract, asOf: view.asOf }));
  return out.join('\n') + '\n';
}
