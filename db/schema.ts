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
    passwordHash: text("password_hash").notNull(),
    // The TOTP secret (base32) is kept from enrolment start; it counts once confirmed.
    totpSecret: text("totp_secret"),
    totpConfirmedAt: timestamp("totp_confirmed_at", { withTimezone: true }),
    // The last time step accepted, so a code seen once cannot be replayed.
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    createdAt: createdAt(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    // A platform admin switched the account off: it signs in and reaches nothing until switched on.
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

/** Single-use recovery codes for a lost authenticator: only their SHA-256 is kept. */
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
    /**
     * When an analyst of an association covering its sector, or a platform admin, confirmed the
     * organisation is who it says it is: only verified organisations count in and read benchmarks.
     */
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

/** The cookie carries a random id; only its SHA-256 is stored, so a database leak yields no live sessions. */
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
    // When the person last typed their password again for a sensitive step.
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * One single-use link mechanism for every account that someone else starts: an org admin
 * inviting a member, a platform admin creating an analyst or customs reviewer.
 */
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

/**
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE. Ids are plain columns,
 * not foreign keys, so the trail outlives the users and organisations it names.
 */
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
    // A hash chain, filled by a database trigger in commit order: `npm run audit:verify` finds
    // any row changed, removed or slipped in afterwards.
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

/**
 * Every questionnaire version the platform has served, frozen: assessments point at a row
 * here and are always scored with the content stored in it.
 */
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

/** One row per answered question; the revision rises with every write, so stale writes are seen. */
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

/** Which member answers which theme: HR the screening, IT the system access. */
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

/** The figures of a submitted assessment, frozen at submit: reports and benchmarks read these. */
export const assessmentScores = pgTable("assessment_scores", {
  assessmentId: uuid("assessment_id")
    .primaryKey()
    .references(() => assessments.id, { onDelete: "cascade" }),
  resilience: doublePrecision("resilience"),
  risk: doublePrecision("risk"),
  level: text("level"),
  exposureClass: text("exposure_class").notNull(),
  scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  /**
   * The whole report as it was at submission: a submitted report is read from here alone, so
   * a later change of sector or profile changes nothing. Null for reports submitted before.
   */
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
    /** Null when no applicable question was answered: the theme is not scored. */
    resilience: doublePrecision("resilience"),
    risk: doublePrecision("risk"),
    level: text("level"),
    cappedBy: jsonb("capped_by").$type<string[]>().notNull().default([]),
    /** More than half "not applicable": benchmarks leave the theme out. */
    weaklyAnswered: boolean("weakly_answered").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.themeId] }), index("theme_scores_theme_idx").on(t.themeId)],
);

export const actionStatusEnum = pgEnum("action_status", ["planned", "in_progress", "done", "not_relevant"]);

/** Advice turned into work: who does it, by when, and how far it is. */
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
    owner: text("owner"),
    dueDate: date("due_date", { mode: "string" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("actions_assessment_advice_key").on(t.assessmentId, t.adviceId),
    index("actions_org_idx").on(t.organisationId),
  ],
);

/** Personal API tokens: only the SHA-256 of the token is kept; a revoked token stays listed. */
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

/** A frozen benchmark: pages and the API read the latest release, never live figures. */
export const benchmarkReleases = pgTable(
  "benchmark_releases",
  {
    id: id(),
    questionnaireId: text("questionnaire_id").notNull(),
    /** The quarter it was made for (`2026-Q4`), or null for one a platform admin made. */
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

/**
 * One cell of a release. The exact count stays here, for the next release's comparison; pages
 * and the API only ever show its band, and only for published cells.
 */
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
    /** The same figures for the overall score; the customs overview ranks sectors by it. */
    overall: jsonb("overall").$type<BenchmarkFigures>(),
    /**
     * The release whose participants the figures (and count band) describe: this release when
     * they were computed now, an earlier one when they were carried forward; null when none yet.
     */
    basisReleaseId: uuid("basis_release_id"),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.cellId] })],
);

/**
 * Who a release counted: each verified organisation with the submitted assessment it counted
 * with. A later release compares its population with these to decide whether a cell's figures
 * may be recomputed. No foreign keys: a release writes one row per organisation, and checking
 * two keys per row doubled the cost of a release at 100,000 organisations; an organisation
 * deleted later still left the population, which is what a later comparison must see.
 */
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

/**
 * An organisation's consent to share its report with Customs or with its sector association.
 * A grant is never changed except to record its revocation, so the rows are the history.
 * The shared report is the one of the grant, or the latest submitted when `keepLatest`.
 */
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
  },
  (t) => [
    index("consents_org_idx").on(t.organisationId, t.grantedAt),
    uniqueIndex("consents_active_key")
      .on(t.organisationId, t.recipient)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * The associations a consent to "the association" names: those covering the organisation's
 * sector when it was given. An association created later reads nothing until a new consent.
 */
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

/**
 * Fixed-window counters for throttling sign-in failures and API calls. In the database, so
 * the limits hold across app instances; `npm run purge` removes past windows.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
