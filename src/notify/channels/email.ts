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
  // A server that could not be reached (or refused the login or the sender) is not asked again for every recipient: a
  // greeting that never comes cost 30 s each, so a run of forty digests stood twenty minutes before saying the same thing forty times.
  let unreachable: string | undefined;
  return {
    async send(message) {
      const to = message.recipient.email;
      if (to === undefined) return { ok: false, error: 'no e-mail address' };
      if (unreachable !== undefined) return { ok: false, error: `not tried: ${unreachable}` };
      transport ??= createTransport(smtpUrl);
      const mail = renderEmail(message, view);
      try {
        await transport.sendMail({ from, to, subject: mail.subject, text: mail.text, html: mail.html });
        return { ok: true };
      } catch (e) {
        const err = e as { responseCode?: unknown; code?: unknown; response?: unknown; command?: unknown };
        const reply = typeof err.response === 'string' ? err.response.replace(/[^\x20-\x7e]/g, ' ').slice(0, 120) : '';
        const code = typeof err.code === 'string' ? err.code : 'error';
        // No reply at all: the server was not reached. Its own words (a code, an address) say why; never the URL.
        if (reply === '' && NETWORK.has(code)) {
          const password = passwordOf(smtpUrl);
          const cause = (e instanceof Error ? e.message : String(e)).replace(/[^\x20-\x7e]/g, ' ').slice(0, 120);
          const said = password === '' ? cause : cause.split(password).join('[password]');
          const tls = tlsMismatch(smtpUrl, cause);
          const error = tls ?? `SMTP ${code}: could not reach the server (${said}); check the host and port of SMTP_URL`;
          unreachable = `the server could not be reached for an earlier message (SMTP ${code})`;
          return { ok: false, error: tls === undefined ? error : `SMTP ${code}: ${tls}` };
        }
        const said = `SMTP ${code}${typeof err.responseCode === 'number' ? ` ${err.responseCode}` : ''}`;
        // The login, or the sender, refused for good: every other recipient would be refused alike (a connection and a
        // login each, and the same line printed for each), and nothing said what to change.
        const everyone =
          code === 'EAUTH'
            ? 'check the user name and password in SMTP_URL (a password with @ : / or % written %40 %3A %2F %25)'
            : err.command === 'MAIL FROM' && typeof err.responseCode === 'number' && err.responseCode >= 500
              ? 'the server does not take NOTIFY_FROM as the sender: use an address the SMTP account may send from'
              : undefined;
        if (everyone !== undefined) unreachable = `the server refused an earlier message (${said}) and refuses every message alike`;
        return { ok: false, error: `${said}${reply ? `: ${reply}` : ''}${everyone ? `; ${everyone}` : ''}` };
      }
    },
    close() {
      transport?.close();
    },
  };
}

/**
 * The usual mix-up of the two ways SMTP speaks TLS: smtps:// to a port that starts in plain
 * text and upgrades with STARTTLS (587, 25) fails the handshake ("wrong version number");
 * smtp:// to a port that speaks TLS from the start (465) waits for a greeting that never
 * comes. Said as such, rather than as a server that could not be reached.
 */
function tlsMismatch(smtpUrl: string, cause: string): string | undefined {
  const secure = smtpUrl.trim().toLowerCase().startsWith('smtps:');
  if (secure && /wrong version number|ssl3_get_record|packet length too long/i.test(cause))
    return 'the server does not speak TLS as soon as it is reached; for a port that starts in plain text and upgrades with STARTTLS (587, 25), write SMTP_URL as smtp://… (the upgrade is made when the server offers it)';
  if (!secure && /greeting never received/i.test(cause))
    return 'the server sent no greeting; a port that speaks TLS from the start (465) needs SMTP_URL written smtps://…';
  return undefined;
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
