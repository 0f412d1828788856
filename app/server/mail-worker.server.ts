import nodemailer from "nodemailer";
import { deliverDueMail } from "~/models/mail.server";
import type { Config } from "./config.server";
import { isDatabaseUnavailable } from "./database-outage.server";
import { logError } from "./log.server";

export interface MailWorker {
  /** Stops polling and waits for the round under way, so no claimed mail is left half done. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox from inside the server process, a round every `intervalMs`. Several
 * instances may each run one: a mail is claimed by one of them only (see claimDueMail).
 */
export function startMailWorker(
  config: Pick<Config, "smtpUrl" | "mailFrom">,
  { intervalMs = 2_000 }: { intervalMs?: number } = {},
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
  const timer = setInterval(() => {
    round ??= deliverDueMail({ sender: transport, from: config.mailFrom })
      .then(() => undefined)
      // While the database is away the outage is logged by the requests; the outbox waits.
      .catch((error: unknown) => (isDatabaseUnavailable(error) ? undefined : logError(error)))
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
