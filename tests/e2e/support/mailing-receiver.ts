// A receiver that mails: the specs that follow a citizen's mail (its links, the news, the status
// page) start the same SMTP server on 127.0.0.1 and the same receiver sending to it.
import { type StartReceiverOptions, startReceiver } from '../../../server/start';
import { startSmtpSink } from '../../server/smtp-sink';
import { receiverLog } from './receiver-log';

/**
 * An SMTP sink and a receiver (in-memory PGlite, the sample challenges) mailing it from Lunde
 * Kommune; `options` add to or change the receiver's. The caller closes both.
 */
export async function startMailingReceiver(options: Partial<StartReceiverOptions> = {}) {
  const sink = await startSmtpSink();
  try {
    const receiver = await startReceiver({
      database: { kind: 'memory' },
      log: receiverLog(),
      smtpUrl: sink.url,
      // The mail follows at once, not after 10 minutes of gathering more news.
      mailGatherMs: 0,
      mailFrom: 'Lunde Kommune <samskab@lunde.dk>',
      ...options,
    });
    return { sink, receiver };
  } catch (error) {
    await sink.close();
    throw error;
  }
}
