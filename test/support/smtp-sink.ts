import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on loopback that keeps what it receives, or refuses it while `refusing`. */
export async function smtpSink() {
  const received: Received[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, callback) {
      callback(state.refusing ? Object.assign(new Error('Mailbox tijdelijk niet beschikbaar'), { responseCode: 451 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  // A sender killed in the middle of a session resets its connection; the server carries on.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    /** The Message-ID of each mail received, in order; a mail delivered twice appears twice. */
    messageIds: () => received.map((mail) => /^Message-ID:\s*(\S+)/im.exec(mail.data)?.[1] ?? ''),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
