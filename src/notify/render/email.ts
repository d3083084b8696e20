/** A message as an e-mail: subject, the text part and an HTML part (a small table per section, inline styles for mail clients). */
import { htmlEscape } from '../../render/escape.js';
import { clean } from '../../render/format.js';
import { recipientName, sections, type Message, type View } from '../compose.js';
import { FALLBACK_KEY } from '../people.js';
import { renderText } from './text.js';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export function renderEmail(message: Message, view: View): EmailContent {
  const w = view.words;
  const e = (s: string) => htmlEscape(clean(s));
  const parts: string[] = [];
  parts.push(`<h1 style="font:600 18px sans-serif;margin:0 0 8px">${e(w.headline(message.counts))}</h1>`);
  parts.push(
    `<p style="font:14px sans-serif;margin:0 0 12px"><b>${e(recipientName(message.recipient, view.showPii))}</b>: ${e(w.intro({ ...message.counts, within: view.within }))}</p>`,
  );
  if (message.recipient.key === FALLBACK_KEY) parts.push(`<p style="font:italic 13px sans-serif;color:#555">${e(w.fallbackNote)}</p>`);
  for (const s of sections(message, view)) {
    parts.push(`<h2 style="font:600 15px sans-serif;margin:16px 0 6px">${e(s.title)}</h2>`);
    const rows = s.lines.map((l) => {
      const lead = l.link !== undefined && /^https?:\/\//.test(l.link) ? `<a href="${htmlEscape(l.link)}">${e(l.lead)}</a>` : e(l.lead);
      return `<tr><td style="padding:3px 10px 3px 0;font:13px monospace">${lead}</td><td style="padding:3px 10px 3px 0">${e(l.rule)}</td><td style="padding:3px 10px 3px 0">${e(l.when)}</td><td style="padding:3px 0">${e(l.owner ?? '')}</td></tr>`;
    });
    parts.push(`<table style="border-collapse:collapse;font:13px sans-serif">${rows.join('')}</table>`);
  }
  if (message.rest > 0) parts.push(`<p style="font:13px sans-serif">${e(w.more(message.rest))}</p>`);
  parts.push(`<p style="font:12px sans-serif;color:#777;margin-top:16px">${e(w.footer({ ...view.contract, asOf: view.asOf }))}</p>`);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${e(w.headline(message.counts))}</title></head><body>${parts.join('\n')}</body></html>\n`;
  return { subject: clean(w.subject({ ...message.counts, contract: view.contract.name })), text: renderText(message, view), html };
}
