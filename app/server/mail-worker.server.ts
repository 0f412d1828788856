import nodemailer from "nodemailer";
import { deliverDueMail } from "~/models/mail.server";
import { sendActionDigests, sendConsentNotices } from "~/models/notification.server";
import type { Config } from "./config.server";
import { isDatabaseUnavailable } from "./database-outage.server";
import { logError } from "./log.server";

export interface MailWorker {
  /** Stops polling and waits for the round under way, so no claimed mail is left half done. */
  stop(): Promise<void>;
}

// While the database is away the outage is logged by the requests; the outbox waits.
const logUnlessOutage = (error: unknown) => (isDatabaseUnavailable(error) ? undefined : logError(error));

/**
 * Delivers the outbox from inside the server process, a round every `intervalMs`, and queues
 * the daily action digests and the notices of consents ending every `digestIntervalMs` before a
 * round. Several instances may each run one: a mail is claimed by one of them only (see
 * claimDueMail), a digest is queued once a day per person (see sendActionDigests) and a consent's
 * notice once (see sendConsentNotices).
 */
export function startMailWorker(
  config: Pick<Config, "smtpUrl" | "mailFrom" | "mailFirstRetryMs">,
  { intervalMs = 2_000, digestIntervalMs = 5 * 60_000 }: { intervalMs?: number; digestIntervalMs?: number } = {},
): MailWorker {
  // nodemailer waits up to 10 minutes on a silent server by default; a round holds its mail
  // claimed meanwhile, so give up sooner and try again later.
  const transport = config.smtpUrl
    ? nodemailer.createTransport({
        url: config.smtpUrl,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      })
    : null;
  let round: Promise<void> | null = null;
  let nextDigests = 0;
  const digests = async () => {
    if (Date.now() < nextDigests) return;
    nextDigests = Date.now() + digestIntervalMs;
    await sendActionDigests().catch(logUnlessOutage);
    await sendConsentNotices().catch(logUnlessOutage);
  };
  const timer = setInterval(() => {
    round ??= digests()
      .then(() => deliverDueMail({ sender: transport, from: config.mailFrom, firstRetryMs: config.mailFirstRetryMs }))
      .then(() => undefined)
      .catch(logUnlessOutage)
      .finally(() => {
        round = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await round;
      transport?.close();
    },
  };
}
