import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../db/client";
import { mailOutbox } from "../../db/schema";
import {
  claimDueMail,
  deliverDueMail,
  enqueueMail,
  listOutbox,
  MAIL_MAX_ATTEMPTS,
  retryDelayMs,
  type MailSender,
} from "~/models/mail.server";
import { startMailWorker } from "~/server/mail-worker.server";
import { BACKENDS, useFreshDatabase } from "./databases";

const FROM = "Weerbaar <no-reply@weerbaar.example>";

function resetMail(to: string, language: "nl" | "en" = "nl") {
  return {
    to,
    language,
    template: {
      key: "password_reset" as const,
      name: "Eva <Smit> & Co",
      email: to,
      link: "https://weerbaar.example/password/reset/abc?x=1&y=2",
      minutes: 30,
    },
  };
}

const enqueue = (to: string, language?: "nl" | "en") =>
  database().transaction((tx) => enqueueMail(tx, resetMail(to, language)));

/** A sender that keeps what it was given, failing while `failing` is set. */
function recordingSender() {
  const sent: Parameters<MailSender["sendMail"]>[0][] = [];
  const sender = {
    failing: false,
    sent,
    async sendMail(message: Parameters<MailSender["sendMail"]>[0]) {
      if (sender.failing) throw new Error("421 try again later");
      sent.push(message);
      return {};
    },
  };
  return sender;
}

describe.each(BACKENDS)("the mail outbox on %s", (backend) => {
  useFreshDatabase(backend);

  beforeEach(async () => {
    await database().delete(mailOutbox);
  });

  it("keeps no mail of a transaction that rolled back, and sends nothing for it", async () => {
    await expect(
      database().transaction(async (tx) => {
        await enqueueMail(tx, resetMail("rolled@back.example"));
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    const sender = recordingSender();
    expect(await deliverDueMail({ sender, from: FROM })).toEqual({ sent: 0, held: 0, retrying: 0, failed: 0 });
    expect(sender.sent).toEqual([]);
    expect(await listOutbox()).toEqual([]);
  });

  it("renders the recipient's language, escapes the HTML and links absolutely, with no images", async () => {
    await enqueue("nl@mail.example");
    await enqueue("en@mail.example", "en");
    const sender = recordingSender();
    expect((await deliverDueMail({ sender, from: FROM })).sent).toBe(2);
    const dutch = sender.sent.find((m) => m.to === "nl@mail.example")!;
    const english = sender.sent.find((m) => m.to === "en@mail.example")!;
    expect(dutch.subject).toBe("Een nieuw wachtwoord kiezen voor Weerbaar");
    expect(english.subject).toBe("Choose a new password for Weerbaar");
    expect(dutch.text).toContain("Beste Eva <Smit> & Co,");
    expect(dutch.text).toContain("https://weerbaar.example/password/reset/abc?x=1&y=2");
    expect(dutch.text).toContain("30 minuten geldig");
    expect(english.text).toContain("valid for 30 minutes");
    expect(dutch.html).toContain("Beste Eva &lt;Smit&gt; &amp; Co,");
    expect(dutch.html).toContain('href="https://weerbaar.example/password/reset/abc?x=1&amp;y=2"');
    expect(dutch.html).toContain('<html lang="nl">');
    expect(dutch.html).not.toMatch(/<img|<script|<link/);
    expect(dutch.from).toBe(FROM);
  });

  it("lets one of two simultaneous workers claim a mail, never both, and no more than asked", async () => {
    for (let i = 0; i < 12; i++) await enqueue(`claim-${i}@mail.example`);
    const claims = await Promise.all([
      claimDueMail({ limit: 5 }),
      claimDueMail({ limit: 5 }),
      claimDueMail({ limit: 1 }),
      claimDueMail({ limit: 1 }),
    ]);
    expect(claims.map((c) => c.length)).toEqual([5, 5, 1, 1]);
    const ids = claims.flat().map((m) => m.id);
    expect(new Set(ids).size).toBe(12);
    // Claimed rows stay claimed: a later round finds nothing.
    expect(await claimDueMail({ limit: 12 })).toEqual([]);
  });

  it("tries again with a growing wait after a refusal, and gives up after the last attempt", async () => {
    await enqueue("retry@mail.example");
    const sender = recordingSender();
    sender.failing = true;
    let now = new Date(Date.now() + 1000);
    for (let attempt = 1; attempt < MAIL_MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueMail({ sender, from: FROM, now })).toMatchObject({ retrying: 1 });
      const [row] = await database().select().from(mailOutbox);
      expect(row).toMatchObject({ status: "pending", attempts: attempt, lastError: "421 try again later" });
      expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(attempt));
      // Not before the wait is over.
      expect(await claimDueMail({ now: new Date(row!.nextAttemptAt.getTime() - 1), limit: 1 })).toEqual([]);
      now = row!.nextAttemptAt;
    }
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    expect(retryDelayMs(3, 2_000)).toBe(8_000);
    expect(await deliverDueMail({ sender, from: FROM, now })).toMatchObject({ failed: 1 });
    const [row] = await database().select().from(mailOutbox);
    expect(row).toMatchObject({ status: "failed", attempts: MAIL_MAX_ATTEMPTS });
    // The platform admin sees why on /admin/mail.
    expect(await listOutbox()).toMatchObject([{ status: "failed", lastError: "421 try again later" }]);
    expect(await claimDueMail({ now: new Date(now.getTime() + 24 * 3_600_000), limit: 1 })).toEqual([]);
    expect(sender.sent).toEqual([]);
  });

  it("delivers after a refusal once the server takes it, and keeps no body once sent", async () => {
    await enqueue("later@mail.example");
    const sender = recordingSender();
    sender.failing = true;
    const now = new Date(Date.now() + 1000);
    await deliverDueMail({ sender, from: FROM, now });
    sender.failing = false;
    const later = new Date(now.getTime() + retryDelayMs(1));
    expect(await deliverDueMail({ sender, from: FROM, now: later })).toMatchObject({ sent: 1 });
    expect(sender.sent).toHaveLength(1);
    const [row] = await database().select().from(mailOutbox);
    expect(row).toMatchObject({ status: "sent", attempts: 2, textBody: null, htmlBody: null, lastError: null });
    expect(row!.sentAt).toEqual(later);
  });

  it("holds mail without a mail server: printed once with its link, shown to the admin", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await enqueue("held@mail.example");
      expect(await deliverDueMail({ sender: null, from: FROM })).toMatchObject({ held: 1 });
      expect(await deliverDueMail({ sender: null, from: FROM })).toMatchObject({ held: 0 });
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]?.[0])).toContain("https://weerbaar.example/password/reset/abc?x=1&y=2");
    } finally {
      log.mockRestore();
    }
    const [shown] = await listOutbox();
    expect(shown).toMatchObject({ recipient: "held@mail.example", status: "held", attempts: 1 });
    expect(shown!.text).toContain("https://weerbaar.example/password/reset/abc?x=1&y=2");
  });

  it("finds a person's mails by part of the address, with % and _ taken as typed", async () => {
    await enqueue("anna_de.vries@mail.example");
    await enqueue("annaxde.vries@mail.example");
    await enqueue("piet@mail.example");
    const recipients = async (recipient: string) => (await listOutbox({ recipient })).map((m) => m.recipient).sort();
    expect(await recipients("ANNA")).toEqual(["anna_de.vries@mail.example", "annaxde.vries@mail.example"]);
    expect(await recipients("anna_de")).toEqual(["anna_de.vries@mail.example"]);
    expect(await recipients("%")).toEqual([]);
    expect(await listOutbox()).toHaveLength(3);
  });

  describe("through a real SMTP server", () => {
    const received: { to: string[]; data: string }[] = [];
    let server: SMTPServer;
    let port = 0;

    beforeEach(async () => {
      received.length = 0;
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              data: Buffer.concat(chunks).toString("utf8"),
            });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.server.address() as AddressInfo).port;
    });

    afterEach(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it("receives each mail once, however many workers run", async () => {
      await enqueue("smtp@mail.example");
      const config = { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: FROM, mailFirstRetryMs: 30_000 };
      const workers = [startMailWorker(config, { intervalMs: 20 }), startMailWorker(config, { intervalMs: 20 })];
      await vi.waitFor(
        async () => {
          const [row] = await database().select().from(mailOutbox).where(eq(mailOutbox.recipient, "smtp@mail.example"));
          expect(row?.status).toBe("sent");
        },
        // Only a hang fails here, within the test's own limit: on a busy machine two workers
        // polling a database can take far longer than they take alone.
        { timeout: 110_000, interval: 50 },
      );
      // A few more rounds of both workers find nothing left to send.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await Promise.all(workers.map((w) => w.stop()));
      expect(received).toHaveLength(1);
      expect(received[0]!.to).toEqual(["smtp@mail.example"]);
      expect(received[0]!.data).toContain("Subject: Een nieuw wachtwoord kiezen voor Weerbaar");
      expect(received[0]!.data).toContain("no-reply@weerbaar.example");
    });
  });
});
