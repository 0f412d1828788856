import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  date,
  doublePrecision,
  foreignKey,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AnswerValue } from "../app/domain/assessment";
import type { BenchmarkFigures, BenchmarkTheme } from "../app/domain/benchmark";
import type { FrozenReport } from "../app/domain/scoring";
import { INVITATION_ROLES } from "../app/domain/account";
import type { AuditAction, AuditRole } from "../app/domain/audit";
import type { Language } from "../app/i18n";
import type { NotificationKind } from "../app/domain/notifications";
import { MEMBERSHIP_ROLES, PORT_REGIONS, SECTORS, SIZE_BANDS } from "../app/domain/organisation";

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const sectorEnum = pgEnum("sector", SECTORS);
export const sizeBandEnum = pgEnum("size_band", SIZE_BANDS);
export const portRegionEnum = pgEnum("port_region", PORT_REGIONS);
export const membershipRoleEnum = pgEnum("membership_role", MEMBERSHIP_ROLES);
export const invitationRoleEnum = pgEnum("invitation_role", INVITATION_ROLES);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    // Null for an account made from an invitation until the owner of the address, confirming it,
    // chooses one: whoever used the invitation link (perhaps the inviter) sets none.
    passwordHash: text("password_hash"),
    totpSecret: text("totp_secret"),
    totpConfirmedAt: timestamp("totp_confirmed_at", { withTimezone: true }),
    // The last time step accepted, so a code seen once cannot be replayed.
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    createdAt: createdAt(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    // Null until the person followed a link mailed to the address.
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    // Made from an invitation, whose link anyone it was passed to can use: no sign-in until the
    // address is confirmed, so the account is no proof to the inviter that the address was free.
    confirmBeforeSignIn: boolean("confirm_before_sign_in").notNull().default(false),
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    // The language mails to this person are written in: the one they last chose on the site.
    language: text("language").$type<Language>().notNull().default("nl"),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

// Only their SHA-256 is kept.
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    sector: sectorEnum("sector").notNull(),
    sizeBand: sizeBandEnum("size_band").notNull(),
    region: portRegionEnum("region").notNull(),
    kvkNumber: text("kvk_number"),
    // Only verified organisations count in and read benchmarks.
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: uuid("verified_by").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  // One registered company counts once: a KvK number belongs to at most one verified organisation.
  (t) => [
    uniqueIndex("organisations_verified_kvk_key")
      .on(t.kvkNumber)
      .where(sql`${t.verifiedAt} is not null`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: membershipRoleEnum("role").notNull(),
    createdAt: createdAt(),
  },
  // A person works for one organisation on the platform: their membership is their tenant.
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    uniqueIndex("memberships_user_key").on(t.userId),
    index("memberships_org_idx").on(t.organisationId),
  ],
);

export const associations = pgTable("associations", {
  id: id(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const associationSectors = pgTable(
  "association_sectors",
  {
    associationId: uuid("association_id")
      .notNull()
      .references(() => associations.id, { onDelete: "cascade" }),
    sector: sectorEnum("sector").notNull(),
  },
  (t) => [primaryKey({ columns: [t.associationId, t.sector] })],
);

export const associationAnalysts = pgTable(
  "association_analysts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    associationId: uuid("association_id")
      .notNull()
      .references(() => associations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.associationId] })],
);

export const customsReviewers = pgTable("customs_reviewers", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

export const platformAdmins = pgTable("platform_admins", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

// Only the SHA-256 of the cookie's id is stored, so a database leak yields no live sessions.
export const sessions = pgTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    // Signed in with the password only, the second factor still to come: no access yet.
    awaitingSecondFactor: boolean("awaiting_second_factor").notNull().default(false),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    name: text("name"),
    role: invitationRoleEnum("role").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    associationId: uuid("association_id").references(() => associations.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: uuid("used_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("invitations_org_idx").on(t.organisationId)],
);

// Append-only by trigger. Ids are not foreign keys, so the trail outlives what it names.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorRole: text("actor_role").$type<AuditRole>(),
    organisationId: uuid("organisation_id"),
    action: text("action").$type<AuditAction>().notNull(),
    objectType: text("object_type"),
    objectId: text("object_id"),
    success: boolean("success").notNull().default(true),
    purpose: text("purpose"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>(),
    // Chained by a trigger in commit order, so `npm run audit:verify` finds any row tampered with.
    chainSeq: bigint("chain_seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_org_idx").on(t.organisationId, t.at),
    uniqueIndex("audit_log_chain_key").on(t.chainSeq),
  ],
);

// Frozen: an assessment is always scored with the content stored here.
export const questionnaireVersions = pgTable(
  "questionnaire_versions",
  {
    questionnaireId: text("questionnaire_id").notNull(),
    version: integer("version").notNull(),
    contentHash: text("content_hash").notNull(),
    content: jsonb("content").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionnaireId, t.version] })],
);

export const assessmentStatusEnum = pgEnum("assessment_status", ["draft", "submitted"]);

export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    questionnaireId: text("questionnaire_id").notNull(),
    questionnaireVersion: integer("questionnaire_version").notNull(),
    status: assessmentStatusEnum("status").notNull().default("draft"),
    copiedFrom: uuid("copied_from"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("assessments_org_idx").on(t.organisationId, t.createdAt),
    foreignKey({
      columns: [t.questionnaireId, t.questionnaireVersion],
      foreignColumns: [questionnaireVersions.questionnaireId, questionnaireVersions.version],
    }),
  ],
);

// The revision rises with every write, so stale writes are seen.
export const answers = pgTable(
  "answers",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<AnswerValue>().notNull(),
    note: text("note"),
    revision: integer("revision").notNull().default(1),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.questionId] })],
);

export const themeAssignments = pgTable(
  "theme_assignments",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    themeId: text("theme_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.themeId] })],
);

export const assessmentScores = pgTable("assessment_scores", {
  assessmentId: uuid("assessment_id")
    .primaryKey()
    .references(() => assessments.id, { onDelete: "cascade" }),
  resilience: doublePrecision("resilience"),
  risk: doublePrecision("risk"),
  level: text("level"),
  exposureClass: text("exposure_class").notNull(),
  scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  // Read alone for a submitted report, so a later sector or profile change alters nothing.
  report: jsonb("report").$type<FrozenReport>(),
});

export const themeScores = pgTable(
  "theme_scores",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    themeId: text("theme_id").notNull(),
    exposure: doublePrecision("exposure").notNull(),
    resilience: doublePrecision("resilience"),
    risk: doublePrecision("risk"),
    level: text("level"),
    cappedBy: jsonb("capped_by").$type<string[]>().notNull().default([]),
    weaklyAnswered: boolean("weakly_answered").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.themeId] }), index("theme_scores_theme_idx").on(t.themeId)],
);

export const actionStatusEnum = pgEnum("action_status", ["planned", "in_progress", "done", "not_relevant"]);

export const actions = pgTable(
  "actions",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    adviceId: text("advice_id").notNull(),
    status: actionStatusEnum("status").notNull().default("planned"),
    reason: text("reason"),
    // A member of the organisation; shown only while they still are one.
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    dueDate: date("due_date", { mode: "string" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("actions_assessment_advice_key").on(t.assessmentId, t.adviceId),
    index("actions_org_idx").on(t.organisationId),
  ],
);

// Only the token's SHA-256 is kept.
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

// Pages and the API read frozen releases, never live figures.
export const benchmarkReleases = pgTable(
  "benchmark_releases",
  {
    id: id(),
    questionnaireId: text("questionnaire_id").notNull(),
    quarter: text("quarter"),
    k: integer("k").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("benchmark_releases_q_idx").on(t.questionnaireId, t.createdAt),
    uniqueIndex("benchmark_releases_quarter_key").on(t.questionnaireId, t.quarter),
  ],
);

// The exact count is kept for the next release's comparison; pages only ever show its band.
export const benchmarkCells = pgTable(
  "benchmark_cells",
  {
    releaseId: uuid("release_id")
      .notNull()
      .references(() => benchmarkReleases.id, { onDelete: "cascade" }),
    cellId: text("cell_id").notNull(),
    grouping: text("grouping").notNull(),
    sector: sectorEnum("sector"),
    sizeBand: sizeBandEnum("size_band"),
    organisations: integer("organisations").notNull(),
    published: boolean("published").notNull(),
    themes: jsonb("themes").$type<BenchmarkTheme[]>(),
    overall: jsonb("overall").$type<BenchmarkFigures>(),
    basisReleaseId: uuid("basis_release_id"),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.cellId] })],
);

// No foreign keys: checking them doubled a release's cost at 100,000 organisations, and a
// deleted organisation still left the population, as a later comparison must see.
export const benchmarkParticipants = pgTable(
  "benchmark_participants",
  {
    releaseId: uuid("release_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    assessmentId: uuid("assessment_id").notNull(),
    sector: sectorEnum("sector").notNull(),
    sizeBand: sizeBandEnum("size_band").notNull(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.organisationId] })],
);

export const consentRecipientEnum = pgEnum("consent_recipient", ["customs", "association"]);

// Changed only to record revocation and the expiry notices sent, so the rows are the history.
export const consents = pgTable(
  "consents",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    recipient: consentRecipientEnum("recipient").notNull(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    keepLatest: boolean("keep_latest").notNull().default(false),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // A consent holds for the term the admin chose; sharing again starts a new one.
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    // When the admins were told it ends soon, and that it ended: each notice once.
    endingNoticeAt: timestamp("ending_notice_at", { withTimezone: true }),
    endedNoticeAt: timestamp("ended_notice_at", { withTimezone: true }),
  },
  (t) => [
    index("consents_org_idx").on(t.organisationId, t.grantedAt),
    uniqueIndex("consents_active_key")
      .on(t.organisationId, t.recipient)
      .where(sql`${t.revokedAt} is null`),
  ],
);

// Fixed at grant time: an association created later reads nothing until a new consent.
export const consentAssociations = pgTable(
  "consent_associations",
  {
    consentId: uuid("consent_id")
      .notNull()
      .references(() => consents.id, { onDelete: "cascade" }),
    associationId: uuid("association_id")
      .notNull()
      .references(() => associations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.consentId, t.associationId] }),
    index("consent_associations_association_idx").on(t.associationId),
  ],
);

// In the database, so the limits hold across app instances.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const emailConfirmationPurposeEnum = pgEnum("email_confirmation_purpose", ["verify", "change"]);

// A link mailed to an address: "verify" confirms the account's own address, "change" moves the
// account to `email` once followed. Only the token's SHA-256 is kept; it works once.
export const emailConfirmations = pgTable(
  "email_confirmations",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    purpose: emailConfirmationPurposeEnum("purpose").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("email_confirmations_user_idx").on(t.userId)],
);

export const mailStatusEnum = pgEnum("mail_status", ["pending", "sending", "sent", "held", "failed"]);

// Written in the transaction of the event that causes the mail, delivered by the worker. The
// bodies are emptied once sent: a reset link then lives only in the recipient's mailbox.
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: id(),
    recipient: text("recipient").notNull(),
    language: text("language").notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body"),
    htmlBody: text("html_body"),
    status: mailStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("mail_outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index("mail_outbox_created_idx").on(t.createdAt),
  ],
);

// Only the token's SHA-256 is kept; a token works once, for 30 minutes.
export const passwordResets = pgTable(
  "password_resets",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("password_resets_user_idx").on(t.userId)],
);

// A notification is on until its person switches it off: a row is a kind they switched off.
export const notificationOptOuts = pgTable(
  "notification_opt_outs",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

// A notification that goes at most once a day per key (a person's digest, a reader's views of
// one organisation's report): the row is written in the transaction that queues the mail, so
// several instances, restarts and runs at once still send it once.
export const notificationMarks = pgTable(
  "notification_marks",
  {
    kind: text("kind").$type<NotificationKind>().notNull(),
    key: text("key").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key, t.day] })],
);
