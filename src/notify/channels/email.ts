/**
 * E-mail through nodemailer over SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465;
 * the sender in NOTIFY_FROM): one digest per recipient, text and HTML. A recipient the
 * server refuses fails alone; the others are still sent. Errors name the SMTP reply code,
 * never the URL or its password.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Message, View } from '../compose.js';
import { renderEmail } from '../render/email.js';
import type { SendResult } from './pace.js';

export interface EmailSender {
  send(message: Message): Promise<SendResult>;
  close(): void;
}

export function emailSender(smtpUrl: string, from: string, view: View): EmailSender {
  let transport: Transporter | undefined;
  return {
    async send(message) {
      const to = message.recipient.email;
      if (to === undefined) return { ok: false, error: 'no e-mail address' };
      transport ??= createTransport(smtpUrl);
      const mail = renderEmail(message, view);
      try {
        await transport.sendMail({ from, to, subject: mail.subject, text: mail.text, html: mail.html });
        return { ok: true };
      } catch (e) {
        const err = e as { responseCode?: unknown; code?: unknown; response?: unknown };
        const reply = typeof err.response === 'string' ? err.response.replace(/[^\x20-\x7e]/g, ' ').slice(0, 120) : '';
        const code = typeof err.code === 'string' ? err.code : 'error';
        // No reply at all: the server was not reached. Its own words (a code, an address) say why; never the URL.
        if (reply === '' && NETWORK.has(code)) {
          const password = passwordOf(smtpUrl);
          const cause = (e instanceof Error ? e.message : String(e)).replace(/[^\x20-\x7e]/g, ' ').slice(0, 120);
          const said = password === '' ? cause : cause.split(password).join('[password]');
          return { ok: false, error: `SMTP ${code}: could not reach the server (${said}); check the host and port of SMTP_URL` };
        }
        return { ok: false, error: `SMTP ${code}${typeof err.responseCode === 'number' ? ` ${err.responseCode}` : ''}${reply ? `: ${reply}` : ''}` };
      }
    },
    close() {
      transport?.close();
    },
  };
}

/** nodemailer's codes for a server that was not reached or stopped answering. */
const NETWORK: ReadonlySet<string> = new Set(['ESOCKET', 'ECONNECTION', 'ETIMEDOUT', 'EDNS']);

/** The password in SMTP_URL (decoded), to be cut out of anything said; '' when none. */
function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}
