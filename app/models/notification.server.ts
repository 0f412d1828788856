import { and, eq, gt, inArray, isNull, lte, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import { database, queryRows, type Database } from "../../db/client";
import {
  associationAnalysts,
  associationSectors,
  auditLog,
  benchmarkParticipants,
  consentAssociations,
  consents,
  customsReviewers,
  memberships,
  notificationMarks,
  notificationOptOuts,
  organisations,
  users,
} from "../../db/schema";
import { calendarDay, TIME_ZONE } from "~/dates";
import { findAdvice, findTheme } from "~/domain/assessment";
import {
  addDays,
  DIGEST_HOUR,
  digestLists,
  DUE_SOON_DAYS,
  notificationKindsFor,
  type NotificationKind,
} from "~/domain/notifications";
import type { Questionnaire } from "~/domain/questionnaire";
import { consentNoticeHorizon, type ConsentRecipient } from "~/domain/sharing";
import type { Language } from "~/i18n";
import { config } from "~/server/config.server";
import type { DigestItem } from "~/server/notification-mails.server";
import type { Access } from "./access.server";
import { recordAudit, type Actor } from "./audit.server";
import { enqueueMail } from "./mail.server";
import { getQuestionnaire } from "./questionnaire.server";

type Tx = Pick<Database, "select" | "insert" | "execute">;

interface Recipient {
  id: string;
  email: string;
  name: string;
  language: Language;
}

const link = (path: string) => `${config().publicUrl}${path}`;
const settingsLink = () => link("/settings");

/** The people `who` names that get `kind`: with an active account, and not switched off. */
function recipients(tx: Tx, kind: NotificationKind, who: SQL | undefined): Promise<Recipient[]> {
  return tx
    .select({ id: users.id, email: users.email, name: users.name, language: users.language })
    .from(users)
    .where(
      and(
        who,
        isNull(users.deactivatedAt),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(notificationOptOuts)
            .where(and(eq(notificationOptOuts.userId, users.id), eq(notificationOptOuts.kind, kind))),
        ),
      ),
    );
}

const adminsOf = (tx: Tx, organisationId: string) =>
  inArray(
    users.id,
    tx
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "admin"))),
  );

/**
 * Claims a once-a-day notification for `key` on `day`: true for the first caller only. The row
 * is written in the caller's transaction, so a second caller waits for the first to commit and
 * then finds it, on any instance.
 */
async function claimDay(tx: Tx, kind: NotificationKind, key: string, day: string): Promise<boolean> {
  const claimed = await tx
    .insert(notificationMarks)
    .values({ kind, key, day })
    .onConflictDoNothing()
    .returning({ kind: notificationMarks.kind });
  return claimed.length > 0;
}

async function organisationName(tx: Tx, organisationId: string): Promise<string> {
  const [row] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? "";
}

/** The kinds the person switched off. */
export async function switchedOffNotifications({ userId }: { userId: string }): Promise<Set<NotificationKind>> {
  const rows = await database()
    .select({ kind: notificationOptOuts.kind })
    .from(notificationOptOuts)
    .where(eq(notificationOptOuts.userId, userId));
  return new Set(rows.map((r) => r.kind));
}

/**
 * Stores the person's choice for the kinds the form offered them (others stay as they were),
 * audited when anything changed.
 */
export async function saveNotificationSettings(
  actor: Actor,
  { offered, enabled }: { offered: readonly NotificationKind[]; enabled: readonly NotificationKind[] },
): Promise<void> {
  await database().transaction(async (tx) => {
    const current = new Set(
      (
        await tx
          .select({ kind: notificationOptOuts.kind })
          .from(notificationOptOuts)
          .where(eq(notificationOptOuts.userId, actor.userId))
          .for("update")
      ).map((r) => r.kind),
    );
    const switchOff = offered.filter((kind) => !enabled.includes(kind) && !current.has(kind));
    const switchOn = offered.filter((kind) => enabled.includes(kind) && current.has(kind));
    if (switchOff.length === 0 && switchOn.length === 0) return;
    if (switchOff.length > 0)
      await tx.insert(notificationOptOuts).values(switchOff.map((kind) => ({ userId: actor.userId, kind })));
    if (switchOn.length > 0)
      await tx
        .delete(notificationOptOuts)
        .where(and(eq(notificationOptOuts.userId, actor.userId), inArray(notificationOptOuts.kind, switchOn)));
    await recordAudit(
      actor,
      {
        action: "notification_settings_changed",
        objectType: "user",
        objectId: actor.userId,
        details: { on: switchOn.join(",") || null, off: switchOff.join(",") || null },
      },
      tx,
    );
  });
}

/** Tells a member that a colleague assigned them a theme; nobody is told of assigning themselves. */
export async function notifyThemeAssigned(
  tx: Tx,
  input: {
    assignerId: string;
    assigneeId: string;
    assessmentId: string;
    questionnaire: Questionnaire;
    themeId: string;
  },
): Promise<void> {
  if (input.assignerId === input.assigneeId) return;
  const [assigner] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.assignerId));
  const theme = findTheme(input.questionnaire, input.themeId);
  if (!assigner || !theme) return;
  const mails = (await recipients(tx, "theme_assigned", eq(users.id, input.assigneeId))).map((person) => ({
    to: person.email,
    language: person.language,
    template: {
      key: "theme_assigned" as const,
      name: person.name,
      assigner: assigner.name,
      theme: theme.title[person.language],
      questionnaire: input.questionnaire.title[person.language],
      link: link(`/assessments/${input.assessmentId}/themes/${input.themeId}`),
      settingsLink: settingsLink(),
    },
  }));
  await enqueueMail(tx, mails);
}

/**
 * Tells an organisation's admins that a reader opened its shared report: the reader's
 * organisation and role and the stated purpose, never who they are. At most once a day per
 * reading organisation; every view stays listed on the sharing page.
 */
export async function notifyReportOpened(
  tx: Tx,
  view: {
    organisationId: string;
    role: "customs_reviewer" | "association_analyst";
    associations: { id: string; name: string }[];
    purpose: string;
    at: Date;
  },
): Promise<void> {
  const reader =
    view.role === "customs_reviewer"
      ? "customs"
      : view.associations
          .map((a) => a.id)
          .sort()
          .join(",");
  if (!(await claimDay(tx, "report_opened", `${view.organisationId}:${reader}`, calendarDay(view.at)))) return;
  const organisation = await organisationName(tx, view.organisationId);
  const template = (name: string) => ({
    key: "report_opened" as const,
    name,
    organisation,
    role: view.role,
    associations: view.role === "association_analyst" ? view.associations.map((a) => a.name).join(", ") : null,
    purpose: view.purpose,
    at: view.at,
    link: link("/organisation/sharing"),
    settingsLink: settingsLink(),
  });
  const admins = await recipients(tx, "report_opened", adminsOf(tx, view.organisationId));
  await enqueueMail(
    tx,
    admins.map((admin) => ({ to: admin.email, language: admin.language, template: template(admin.name) })),
  );
}

/**
 * When an admin revokes sharing: the organisation's other admins are told, and so are the
 * readers who opened its report and still hold the role that let them (they knew it was shared;
 * they learn only that it no longer is, which their list shows them anyway).
 */
export async function notifyConsentRevoked(
  tx: Tx,
  revocation: { organisationId: string; recipient: ConsentRecipient; consentId: string; revokedBy: string },
): Promise<void> {
  const { organisationId, recipient, consentId } = revocation;
  const [organisation, [revoker], associations] = await Promise.all([
    organisationName(tx, organisationId),
    tx.select({ name: users.name }).from(users).where(eq(users.id, revocation.revokedBy)),
    namedAssociations(tx, recipient, consentId),
  ]);
  const admins = await recipients(
    tx,
    "consent_revoked",
    and(adminsOf(tx, organisationId), ne(users.id, revocation.revokedBy)),
  );
  const readers = await formerReaders(tx, revocation);
  await enqueueMail(tx, [
    ...admins.map((admin) => ({
      to: admin.email,
      language: admin.language,
      template: {
        key: "consent_revoked" as const,
        name: admin.name,
        organisation,
        revokedBy: revoker?.name ?? "",
        recipient,
        associations,
        link: link("/organisation/sharing"),
        settingsLink: settingsLink(),
      },
    })),
    ...sharingEndedMails(readers, organisation, recipient),
  ]);
}

/** The associations a consent names, for its mails; null for Customs. */
async function namedAssociations(tx: Tx, recipient: ConsentRecipient, consentId: string): Promise<string | null> {
  if (recipient !== "association") return null;
  const named = await queryRows<{ name: string }>(
    tx,
    sql`select a.name from consent_associations ca join associations a on a.id = ca.association_id
      where ca.consent_id = ${consentId} order by a.name`,
  );
  return named.map((a) => a.name).join(", ");
}

/**
 * Tells a consent's organisation's admins, once each, that it ends within 30 days and that it
 * ended; at its end the readers who opened the report learn it is no longer shared, as on a
 * revocation, and the audit trail records it. Each notice is claimed by setting its column in the
 * transaction that queues it, so it goes once however many instances run this; not in the night.
 */
export async function sendConsentNotices({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  if (beforeDigestHour(now)) return 0;
  const due = await database()
    .select({ id: consents.id })
    .from(consents)
    .where(and(isNull(consents.revokedAt), or(endedUntold(now), endingUntold(now))));
  let queued = 0;
  for (const { id } of due) if (await database().transaction((tx) => sendConsentNotice(tx, id, now))) queued++;
  return queued;
}

// A consent not revoked whose term ended, or ends within the notice period, and nobody was told.
const endedUntold = (now: Date) => and(isNull(consents.endedNoticeAt), lte(consents.expiresAt, now));
const endingUntold = (now: Date) =>
  and(isNull(consents.endingNoticeAt), gt(consents.expiresAt, now), lte(consents.expiresAt, consentNoticeHorizon(now)));

async function sendConsentNotice(tx: Tx & Pick<Database, "update">, consentId: string, now: Date): Promise<boolean> {
  const claimed = {
    id: consents.id,
    organisationId: consents.organisationId,
    recipient: consents.recipient,
    assessmentId: consents.assessmentId,
    expiresAt: consents.expiresAt,
  };
  const open = and(eq(consents.id, consentId), isNull(consents.revokedAt));
  const [ended] = await tx
    .update(consents)
    .set({ endedNoticeAt: now })
    .where(and(open, endedUntold(now)))
    .returning(claimed);
  const [ending] = ended
    ? []
    : await tx
        .update(consents)
        .set({ endingNoticeAt: now })
        .where(and(open, endingUntold(now)))
        .returning(claimed);
  const consent = ended ?? ending;
  if (!consent) return false;
  const [organisation, associations, admins, readers] = await Promise.all([
    organisationName(tx, consent.organisationId),
    namedAssociations(tx, consent.recipient, consent.id),
    recipients(tx, "consent_ending", adminsOf(tx, consent.organisationId)),
    ended ? formerReaders(tx, { ...consent, consentId: consent.id }) : [],
  ]);
  await enqueueMail(tx, [
    ...admins.map((admin) => ({
      to: admin.email,
      language: admin.language,
      template: {
        key: ended ? ("consent_expired" as const) : ("consent_ending" as const),
        name: admin.name,
        organisation,
        recipient: consent.recipient,
        associations,
        expiresAt: consent.expiresAt,
        link: link("/organisation/sharing"),
        settingsLink: settingsLink(),
      },
    })),
    ...sharingEndedMails(readers, organisation, consent.recipient),
  ]);
  if (ended)
    await recordAudit(
      { userId: null, role: null, organisationId: consent.organisationId, ip: null },
      {
        action: "consent_expired",
        objectType: "assessment",
        objectId: consent.assessmentId,
        details: { recipient: consent.recipient },
      },
      tx,
    );
  return true;
}

/**
 * The readers who opened the organisation's report and still hold the role that let them: they
 * knew it was shared, and learn only that it no longer is, which their list shows them anyway.
 */
function formerReaders(
  tx: Tx,
  { organisationId, recipient, consentId }: { organisationId: string; recipient: ConsentRecipient; consentId: string },
): Promise<Recipient[]> {
  const role = recipient === "customs" ? "customs_reviewer" : "association_analyst";
  const openedIt = inArray(
    users.id,
    tx
      .select({ id: auditLog.actorUserId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, organisationId),
          eq(auditLog.action, "shared_report_viewed"),
          eq(auditLog.actorRole, role),
        ),
      ),
  );
  const stillReader =
    recipient === "customs"
      ? inArray(users.id, tx.select({ id: customsReviewers.userId }).from(customsReviewers))
      : inArray(
          users.id,
          tx
            .select({ id: associationAnalysts.userId })
            .from(associationAnalysts)
            .innerJoin(consentAssociations, eq(consentAssociations.associationId, associationAnalysts.associationId))
            .where(eq(consentAssociations.consentId, consentId)),
        );
  return recipients(tx, "consent_revoked", and(openedIt, stillReader));
}

const sharingEndedMails = (readers: Recipient[], organisation: string, recipient: ConsentRecipient) =>
  readers.map((reader) => ({
    to: reader.email,
    language: reader.language,
    template: {
      key: "sharing_ended" as const,
      name: reader.name,
      organisation,
      recipient,
      link: link(recipient === "customs" ? "/customs/organisations" : "/association"),
      settingsLink: settingsLink(),
    },
  }));

/**
 * Tells the analysts of the associations that cover the questionnaire's sectors, and the admins
 * of the verified organisations counted in the release, that it is out: in the release's own
 * transaction, so once per release.
 */
export async function notifyBenchmarkRelease(
  tx: Tx,
  release: { id: string; questionnaire: Questionnaire },
): Promise<void> {
  const { questionnaire } = release;
  const analysts = inArray(
    users.id,
    tx
      .select({ id: associationAnalysts.userId })
      .from(associationAnalysts)
      .innerJoin(associationSectors, eq(associationSectors.associationId, associationAnalysts.associationId))
      .where(inArray(associationSectors.sector, [...questionnaire.sectors])),
  );
  const participantAdmins = inArray(
    users.id,
    tx
      .select({ id: memberships.userId })
      .from(benchmarkParticipants)
      .innerJoin(organisations, eq(organisations.id, benchmarkParticipants.organisationId))
      .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
      .where(
        and(
          eq(benchmarkParticipants.releaseId, release.id),
          eq(memberships.role, "admin"),
          sql`${organisations.verifiedAt} is not null`,
        ),
      ),
  );
  const people = await recipients(tx, "benchmark_release", or(analysts, participantAdmins));
  // One template for everyone, without a name, so it is rendered once per language.
  const templates = Object.fromEntries(
    (["nl", "en"] as const).map((language) => [
      language,
      {
        key: "benchmark_release" as const,
        questionnaire: questionnaire.title[language],
        link: link(`/benchmarks/${questionnaire.id}`),
        settingsLink: settingsLink(),
      },
    ]),
  ) as Record<Language, { key: "benchmark_release"; questionnaire: string; link: string; settingsLink: string }>;
  await enqueueMail(
    tx,
    people.map((person) => ({ to: person.email, language: person.language, template: templates[person.language] })),
  );
}

interface DueRow {
  user_id: string;
  email: string;
  name: string;
  language: Language;
  assessment_id: string;
  questionnaire_id: string;
  questionnaire_version: number;
  advice_id: string;
  due_date: string | Date;
}

const hourFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "numeric", hourCycle: "h23" });
const beforeDigestHour = (now: Date) => Number(hourFormat.format(now)) < DIGEST_HOUR;

/**
 * Queues today's digest for everyone with open actions that are overdue or due within 7 days:
 * the action's owner while they are an active member, else the organisation's admins. One mail per
 * person per Dutch calendar day, however often and on however many instances this runs; not
 * before 07:00. An action copied into a newer assessment's plan counts there only.
 */
export async function sendActionDigests({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  if (beforeDigestHour(now)) return 0;
  const today = calendarDay(now);
  const rows = await queryRows<DueRow>(
    database(),
    sql`select u.id as user_id, u.email, u.name, u.language, a.assessment_id, s.questionnaire_id,
        s.questionnaire_version, a.advice_id, a.due_date
      from actions a
      join assessments s on s.id = a.assessment_id
      left join memberships owner on owner.user_id = a.owner_id and owner.organisation_id = a.organisation_id
        and exists (select 1 from users ou where ou.id = owner.user_id and ou.deactivated_at is null)
      join memberships m on m.organisation_id = a.organisation_id
        and (m.user_id = owner.user_id or (owner.user_id is null and m.role = 'admin'))
      join users u on u.id = m.user_id
      where a.status in ('planned', 'in_progress') and a.due_date <= ${addDays(today, DUE_SOON_DAYS)}
        and u.deactivated_at is null
        and not exists (select 1 from actions later join assessments copy on copy.id = later.assessment_id
          where copy.copied_from = a.assessment_id and later.advice_id = a.advice_id)
        and not exists (select 1 from notification_opt_outs o where o.user_id = u.id and o.kind = 'action_digest')
        and not exists (select 1 from notification_marks k
          where k.kind = 'action_digest' and k.key = u.id::text and k.day = ${today})`,
  );
  const byPerson = new Map<string, DueRow[]>();
  for (const row of rows) byPerson.set(row.user_id, [...(byPerson.get(row.user_id) ?? []), row]);
  let queued = 0;
  for (const [userId, due] of byPerson) {
    const person = due[0]!;
    const items = await Promise.all(
      due.map(async (row) => {
        const questionnaire = await getQuestionnaire(row.questionnaire_id, row.questionnaire_version);
        const advice = questionnaire && findAdvice(questionnaire, row.advice_id);
        return {
          title: advice?.title[person.language] ?? row.advice_id,
          dueDate: typeof row.due_date === "string" ? row.due_date : calendarDay(row.due_date),
          link: link(`/assessments/${row.assessment_id}/actions`),
        } satisfies DigestItem;
      }),
    );
    const { overdue, dueSoon } = digestLists(items, today);
    const plans = new Set(items.map((i) => i.link));
    const sent = await database().transaction(async (tx) => {
      if (!(await claimDay(tx, "action_digest", userId, today))) return false;
      await enqueueMail(tx, {
        to: person.email,
        language: person.language,
        template: {
          key: "action_digest",
          name: person.name,
          overdue,
          dueSoon,
          days: DUE_SOON_DAYS,
          // One plan: straight to it; several: the home page lists them all.
          link: plans.size === 1 ? [...plans][0]! : link("/home"),
          settingsLink: settingsLink(),
        },
      });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}

export const NOTIFICATION_MARK_RETENTION_DAYS = 7;

// A mark matters only on its own day; a week keeps a margin for clocks and time zones.
export async function purgeNotificationMarks(now = new Date()): Promise<number> {
  const removed = await database()
    .delete(notificationMarks)
    .where(sql`${notificationMarks.day} < ${addDays(calendarDay(now), -NOTIFICATION_MARK_RETENTION_DAYS)}`)
    .returning({ kind: notificationMarks.kind });
  return removed.length;
}

/** The kinds offered to this person on /settings, which of them are on, and the language of their mail. */
export async function notificationChoices(access: Access) {
  const offered = notificationKindsFor({
    organisationRole: access.organisation?.role ?? null,
    analyst: access.associationIds.length > 0,
    customsReviewer: access.customsReviewer,
  });
  const off = await switchedOffNotifications({ userId: access.user.id });
  return { offered, enabled: offered.filter((kind) => !off.has(kind)), mailLanguage: access.user.language };
}
