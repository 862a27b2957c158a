import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { SmtpMailer } from '../reminders/mailer';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

/** A real SMTP server on loopback that keeps what it receives; addresses can be made to bounce. */
export interface SmtpInbox {
  port: number;
  mails: ReceivedMail[];
  /** RCPT TO for these addresses is refused (550), as a full or unknown mailbox is. */
  refuse: Set<string>;
  close(): Promise<void>;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const mails: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void PostalMime.parse(Buffer.concat(chunks)).then((mail) => {
          for (const recipient of session.envelope.rcptTo) {
            mails.push({ to: recipient.address, subject: mail.subject ?? '', text: mail.text ?? '' });
          }
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    mails,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The product's own mailer, sending to the inbox without TLS or sign-in, as a municipality's relay would take it. */
export function mailerTo(inbox: SmtpInbox, from = 'Aloite <aloite@kajaani.fi>'): SmtpMailer {
  return new SmtpMailer({
    host: '127.0.0.1',
    port: inbox.port,
    secure: false,
    user: null,
    password: null,
    from,
  });
}
