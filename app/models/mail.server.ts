import { and, asc, desc, eq, ilike, inArray, lt, lte, sql } from "drizzle-orm";
import { database, type Database } from "../../db/client";
import { mailOutbox } from "../../db/schema";
import type { Language } from "~/i18n";
import { renderMail, type MailTemplate, type RenderedMail } from "~/server/mail-templates.server";
import { containing } from "./text-search.server";

export type MailStatus = (typeof mailOutbox.status.enumValues)[number];

export const MAIL_MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 6 * 3_600_000;

/** The wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … at most 6 h. */
export function retryDelayMs(attempts: number, firstRetryMs = FIRST_RETRY_MS): number {
  return Math.min(firstRetryMs * 2 ** Math.max(attempts - 1, 0), LONGEST_RETRY_MS);
}

export interface OutgoingMail {
  to: string;
  language: Language;
  template: MailTemplate;
}

// Keeps each statement well under PostgreSQL's 65,535 parameters.
const OUTBOX_INSERT_BATCH = 1_000;

/**
 * Puts mails into the outbox inside the caller's transaction, so they exist exactly when the
 * event that causes them was committed; the worker delivers them afterwards. Mails that share
 * one template object (a notice to many people) are rendered once per language.
 */
export async function enqueueMail(tx: Pick<Database, "insert">, mails: OutgoingMail | OutgoingMail[]): Promise<void> {
  const list = Array.isArray(mails) ? mails : [mails];
  const rendered = new Map<MailTemplate, Map<Language, RenderedMail>>();
  const render = (mail: OutgoingMail) => {
    const byLanguage = rendered.get(mail.template) ?? new Map<Language, RenderedMail>();
    rendered.set(mail.template, byLanguage);
    const found = byLanguage.get(mail.language) ?? renderMail(mail.language, mail.template);
    byLanguage.set(mail.language, found);
    return found;
  };
  for (let start = 0; start < list.length; start += OUTBOX_INSERT_BATCH) {
    await tx.insert(mailOutbox).values(
      list.slice(start, start + OUTBOX_INSERT_BATCH).map((mail) => {
        const { subject, text, html } = render(mail);
        return {
          recipient: mail.to,
          language: mail.language,
          template: mail.template.key,
          subject,
          textBody: text,
          htmlBody: html,
        };
      }),
    );
  }
}

export interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Claims due mails for one delivery attempt: it locks the rows it picks, skipping those another
 * instance holds, and marks them `sending` as it commits, so no other worker can claim them
 * again. A worker that dies after claiming leaves its rows in `sending` for good, on purpose:
 * whether the mail server took the message is then unknown, and a mail lost that way (shown on
 * /admin/mail) is better than one sent twice. Two statements: in one `UPDATE … WHERE id IN
 * (SELECT … LIMIT … FOR UPDATE SKIP LOCKED)` PostgreSQL may run the subquery again for each row
 * and claim past the limit.
 */
export async function claimDueMail({ now = new Date(), limit }: { now?: Date; limit: number }): Promise<ClaimedMail[]> {
  const rows = await database().transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({ status: "sending", attempts: sql`${mailOutbox.attempts} + 1`, claimedAt: now })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning({
        id: mailOutbox.id,
        recipient: mailOutbox.recipient,
        subject: mailOutbox.subject,
        text: mailOutbox.textBody,
        html: mailOutbox.htmlBody,
        attempts: mailOutbox.attempts,
      });
  });
  return rows.map((row) => ({ ...row, text: row.text ?? "", html: row.html ?? "" }));
}

// Sent: the bodies go, so the links in them (a reset token) are kept only in the mailbox.
async function markSent(id: string, now: Date): Promise<void> {
  await database()
    .update(mailOutbox)
    .set({ status: "sent", sentAt: now, textBody: null, htmlBody: null, lastError: null })
    .where(eq(mailOutbox.id, id));
}

async function markHeld(id: string): Promise<void> {
  await database().update(mailOutbox).set({ status: "held" }).where(eq(mailOutbox.id, id));
}

// The mail server refused or could not be reached: it did not take the message, so trying
// again cannot send it twice.
async function markAttemptFailed(mail: ClaimedMail, error: unknown, now: Date, firstRetryMs: number): Promise<void> {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  const finalAttempt = mail.attempts >= MAIL_MAX_ATTEMPTS;
  await database()
    .update(mailOutbox)
    .set(
      finalAttempt
        ? { status: "failed", lastError }
        : {
            status: "pending",
            lastError,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts, firstRetryMs)),
          },
    )
    .where(eq(mailOutbox.id, mail.id));
}

export interface MailSender {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface DeliveryCounts {
  sent: number;
  held: number;
  retrying: number;
  failed: number;
}

/**
 * Delivers up to `limit` mails that are due: through `sender`, or, without a mail server, prints
 * them to the console and holds them in the outbox, where /admin/mail shows them. It claims one
 * mail at a time, so a crash leaves at most one in doubt.
 */
export async function deliverDueMail({
  sender,
  from,
  now = new Date(),
  limit = 20,
  firstRetryMs = FIRST_RETRY_MS,
}: {
  sender: MailSender | null;
  from: string;
  now?: Date;
  limit?: number;
  firstRetryMs?: number;
}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, held: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < limit; round++) {
    const [mail] = await claimDueMail({ now, limit: 1 });
    if (!mail) break;
    if (!sender) {
      console.log(`Mail held (no SMTP_URL) for ${mail.recipient}: ${mail.subject}\n${mail.text}\n`);
      await markHeld(mail.id);
      counts.held++;
      continue;
    }
    try {
      await sender.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (error) {
      await markAttemptFailed(mail, error, now, firstRetryMs);
      counts[mail.attempts >= MAIL_MAX_ATTEMPTS ? "failed" : "retrying"]++;
      continue;
    }
    await markSent(mail.id, now);
    counts.sent++;
  }
  return counts;
}

export const OUTBOX_PAGE_SIZE = 100;

/**
 * The newest mails for the platform admin, or the newest to addresses that contain `recipient`;
 * a body only while a mail is held here unsent.
 */
export async function listOutbox({ recipient }: { recipient?: string } = {}) {
  const rows = await database()
    .select({
      id: mailOutbox.id,
      createdAt: mailOutbox.createdAt,
      recipient: mailOutbox.recipient,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      lastError: mailOutbox.lastError,
      text: mailOutbox.textBody,
    })
    .from(mailOutbox)
    .where(recipient ? ilike(mailOutbox.recipient, containing(recipient)) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE);
  return rows.map(({ text, ...row }) => ({ ...row, text: row.status === "held" ? text : null }));
}

export const MAIL_RETENTION_DAYS = 30;

// Mails still waiting or in the hands of a worker stay, whatever their age.
export async function purgeMail(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(mailOutbox)
    .where(
      and(
        inArray(mailOutbox.status, ["sent", "held", "failed"]),
        lt(mailOutbox.createdAt, new Date(now.getTime() - MAIL_RETENTION_DAYS * 86_400_000)),
      ),
    )
    .returning({ id: mailOutbox.id });
  return removed.length;
}
