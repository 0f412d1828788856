import type { AppLoadContext } from "@remix-run/node";
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { database, type Database } from "../../db/client";
import {
  associationAnalysts,
  associations,
  associationSectors,
  auditLog,
  memberships,
  organisations,
  platformAdmins,
  users,
} from "../../db/schema";
import type { Sector } from "~/domain/organisation";
import { notFound, requireAccess, type Access } from "./access.server";
import { recordAudit, type OrganisationActor } from "./audit.server";
import type { AuditRole } from "~/domain/audit";
import { containing } from "./text-search.server";

export type Verifier = { via: "platform" } | { via: "association"; associations: string[] };

export async function requireVerifier(request: Request, context?: AppLoadContext): Promise<Access> {
  const access = await requireAccess(request, context);
  if (access.associationIds.length === 0 && !access.platformAdmin) throw notFound();
  return access;
}

function mayVerify(access: Access): SQL {
  if (access.platformAdmin) return sql`true`;
  if (access.associationIds.length === 0) return sql`false`;
  return inArray(
    organisations.sector,
    database()
      .select({ sector: associationSectors.sector })
      .from(associationSectors)
      .where(inArray(associationSectors.associationId, access.associationIds)),
  );
}

// The capacity is not stored: a sector change withdraws the verification, so the covering
// association is still known. Own subqueries, so drizzle's qualified names reach the outer row.
const verifierAssociations = () =>
  sql<string[]>`array(${database()
    .select({ name: associations.name })
    .from(associationAnalysts)
    .innerJoin(associations, eq(associations.id, associationAnalysts.associationId))
    .innerJoin(associationSectors, eq(associationSectors.associationId, associationAnalysts.associationId))
    .where(
      and(
        eq(associationAnalysts.userId, organisations.verifiedBy),
        eq(associationSectors.sector, organisations.sector),
      ),
    )
    .orderBy(asc(associations.name))})`;
const verifierIsPlatformAdmin = () =>
  sql<boolean>`exists (${database()
    .select({ userId: platformAdmins.userId })
    .from(platformAdmins)
    .where(eq(platformAdmins.userId, organisations.verifiedBy))})`;

// An organisation is only as genuine as the address of someone who speaks for it: at least one
// active admin must have confirmed theirs.
const hasConfirmedAdmin = () =>
  sql<boolean>`exists (${database()
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisations.id),
        eq(memberships.role, "admin"),
        isNotNull(users.emailVerifiedAt),
        isNull(users.deactivatedAt),
      ),
    )})`;

function verifierOf(row: {
  verifiedBy: string | null;
  associations: string[];
  platformAdmin: boolean;
}): Verifier | null {
  if (!row.verifiedBy) return null;
  if (row.associations.length > 0) return { via: "association", associations: row.associations };
  return row.platformAdmin ? { via: "platform" } : null;
}

async function capacityOf(tx: Pick<Database, "selectDistinct">, access: Access, sector: Sector): Promise<Verifier> {
  if (access.associationIds.length > 0) {
    const rows = await tx
      .selectDistinct({ name: associations.name })
      .from(associations)
      .innerJoin(associationSectors, eq(associationSectors.associationId, associations.id))
      .where(and(inArray(associations.id, access.associationIds), eq(associationSectors.sector, sector)))
      .orderBy(asc(associations.name));
    if (rows.length > 0) return { via: "association", associations: rows.map((r) => r.name) };
  }
  return { via: "platform" };
}

const auditRole = (verifier: Verifier): AuditRole =>
  verifier.via === "platform" ? "platform_admin" : "association_analyst";
const auditDetails = (verifier: Verifier): Record<string, string> =>
  verifier.via === "platform"
    ? { via: "platform" }
    : { via: "association", associations: verifier.associations.join(", ") };

export const VERIFICATION_QUEUE_LIMIT = 100;
export const VERIFIED_PAGE_SIZE = 50;

export const VerificationQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type VerificationQuery = z.infer<typeof VerificationQuery>;

export async function organisationsToVerify(access: Access, query: VerificationQuery) {
  const db = database();
  const where = and(
    mayVerify(access),
    query.q
      ? or(
          ilike(organisations.name, containing(query.q)),
          ilike(organisations.kvkNumber, containing(query.q.replace(/[\s.]/g, ""))),
        )
      : undefined,
  );
  const fields = {
    id: organisations.id,
    name: organisations.name,
    kvkNumber: organisations.kvkNumber,
    sector: organisations.sector,
    sizeBand: organisations.sizeBand,
    region: organisations.region,
    createdAt: organisations.createdAt,
  };
  const [waiting, verified, [counts]] = await Promise.all([
    db
      .select({ ...fields, adminConfirmed: hasConfirmedAdmin() })
      .from(organisations)
      .where(and(where, isNull(organisations.verifiedAt)))
      .orderBy(asc(organisations.createdAt), asc(organisations.name))
      .limit(VERIFICATION_QUEUE_LIMIT),
    db
      .select({
        ...fields,
        verifiedAt: organisations.verifiedAt,
        verifiedBy: organisations.verifiedBy,
        verifierName: users.name,
        associations: verifierAssociations(),
        platformAdmin: verifierIsPlatformAdmin(),
      })
      .from(organisations)
      .leftJoin(users, eq(users.id, organisations.verifiedBy))
      .where(and(where, isNotNull(organisations.verifiedAt)))
      .orderBy(desc(organisations.verifiedAt), asc(organisations.name), asc(organisations.id))
      .limit(VERIFIED_PAGE_SIZE)
      .offset((query.page - 1) * VERIFIED_PAGE_SIZE),
    db
      .select({
        waiting: sql<number>`count(*) filter (where ${organisations.verifiedAt} is null)`.mapWith(Number),
        verified: sql<number>`count(*) filter (where ${organisations.verifiedAt} is not null)`.mapWith(Number),
      })
      .from(organisations)
      .where(where),
  ]);
  return {
    waiting,
    verified: verified.map(({ verifiedBy, verifierName, associations, platformAdmin, ...o }) => ({
      ...o,
      // Null when the verifying account was removed.
      verifier: verifiedBy ? { name: verifierName, by: verifierOf({ verifiedBy, associations, platformAdmin }) } : null,
    })),
    counts: { waiting: counts?.waiting ?? 0, verified: counts?.verified ?? 0 },
  };
}

export type VerificationResult =
  | { ok: true; name: string }
  | {
      ok: false;
      error: "not_found" | "already_verified" | "not_verified" | "no_kvk" | "admin_unconfirmed" | "kvk_taken";
    };

function isVerifiedKvkConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { code, constraint, constraint_name } = e as {
      code?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
    };
    if (code === "23505" && (constraint ?? constraint_name) === "organisations_verified_kvk_key") return true;
  }
  return false;
}

interface VerificationInput {
  access: Access;
  organisationId: string;
  ip: string | null;
}

async function auditVerifier(
  tx: Pick<Database, "selectDistinct" | "insert">,
  { access, organisationId, ip }: VerificationInput,
  sector: Sector,
  action: "organisation_verified" | "organisation_verification_withdrawn",
  details: Record<string, string> = {},
) {
  const capacity = await capacityOf(tx, access, sector);
  await recordAudit(
    { userId: access.user.id, role: auditRole(capacity), organisationId: null, ip },
    {
      organisationId,
      action,
      objectType: "organisation",
      objectId: organisationId,
      details: { ...auditDetails(capacity), ...details },
    },
    tx,
  );
}

export async function verifyOrganisation({
  access,
  organisationId,
  ip,
}: VerificationInput): Promise<VerificationResult> {
  try {
    return await database().transaction(async (tx) => {
      const [target] = await tx
        .select({
          name: organisations.name,
          sector: organisations.sector,
          kvkNumber: organisations.kvkNumber,
          verifiedAt: organisations.verifiedAt,
          adminConfirmed: hasConfirmedAdmin(),
        })
        .from(organisations)
        .where(and(eq(organisations.id, organisationId), mayVerify(access)))
        .for("update");
      if (!target) return { ok: false, error: "not_found" } as const;
      if (target.verifiedAt) return { ok: false, error: "already_verified" } as const;
      if (!target.kvkNumber) return { ok: false, error: "no_kvk" } as const;
      if (!target.adminConfirmed) return { ok: false, error: "admin_unconfirmed" } as const;
      const [holder] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(
          and(
            eq(organisations.kvkNumber, target.kvkNumber),
            isNotNull(organisations.verifiedAt),
            ne(organisations.id, organisationId),
          ),
        );
      if (holder) return { ok: false, error: "kvk_taken" } as const;
      await tx
        .update(organisations)
        .set({ verifiedAt: sql`now()`, verifiedBy: access.user.id })
        .where(and(eq(organisations.id, organisationId), isNull(organisations.verifiedAt), mayVerify(access)));
      await auditVerifier(tx, { access, organisationId, ip }, target.sector, "organisation_verified", {
        kvkNumber: target.kvkNumber,
      });
      return { ok: true, name: target.name } as const;
    });
  } catch (error) {
    // Two organisations with one KvK number verified at the same moment: the index decides.
    if (isVerifiedKvkConflict(error)) return { ok: false, error: "kvk_taken" };
    throw error;
  }
}

export async function withdrawVerification({
  access,
  organisationId,
  ip,
}: VerificationInput): Promise<VerificationResult> {
  return database().transaction(async (tx) => {
    const [target] = await tx
      .select({ name: organisations.name, sector: organisations.sector, verifiedAt: organisations.verifiedAt })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), mayVerify(access)))
      .for("update");
    if (!target) return { ok: false, error: "not_found" } as const;
    if (!target.verifiedAt) return { ok: false, error: "not_verified" } as const;
    await tx
      .update(organisations)
      .set({ verifiedAt: null, verifiedBy: null })
      .where(and(eq(organisations.id, organisationId), mayVerify(access)));
    await auditVerifier(tx, { access, organisationId, ip }, target.sector, "organisation_verification_withdrawn");
    return { ok: true, name: target.name } as const;
  });
}

// The verifying association may not cover a new sector, and a new KvK number was never checked.
// Runs before the update in its transaction, so a KvK number held elsewhere is no conflict.
export async function withdrawOnProfileChange(
  tx: Pick<Database, "select" | "update" | "insert">,
  actor: OrganisationActor,
  change: { sector: Sector; kvkNumber: string | null },
): Promise<void> {
  const [current] = await tx
    .select({ sector: organisations.sector, kvkNumber: organisations.kvkNumber })
    .from(organisations)
    .where(and(eq(organisations.id, actor.organisationId), isNotNull(organisations.verifiedAt)))
    .for("update");
  if (!current) return;
  const sectorChanged = current.sector !== change.sector;
  const kvkChanged = current.kvkNumber !== change.kvkNumber;
  if (!sectorChanged && !kvkChanged) return;
  await tx
    .update(organisations)
    .set({ verifiedAt: null, verifiedBy: null })
    .where(eq(organisations.id, actor.organisationId));
  await recordAudit(
    actor,
    {
      action: "organisation_verification_withdrawn",
      objectType: "organisation",
      objectId: actor.organisationId,
      details: { via: "profile", sectorChanged, kvkChanged },
    },
    tx,
  );
}

const WithdrawalDetails = z.union([
  z.object({ via: z.literal("profile"), sectorChanged: z.boolean(), kvkChanged: z.boolean() }),
  z.object({ via: z.literal("association"), associations: z.string() }),
  z.object({ via: z.literal("platform") }),
]);

export type Withdrawal = z.infer<typeof WithdrawalDetails> & { at: Date };

export interface VerificationStatus {
  verifiedAt: Date | null;
  verifier: Verifier | null;
  hasKvkNumber: boolean;
  withdrawal: Withdrawal | null;
}

export async function isVerified(organisationId: string): Promise<boolean> {
  const [row] = await database()
    .select({ verifiedAt: organisations.verifiedAt })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return Boolean(row?.verifiedAt);
}

export async function verificationStatus({
  organisationId,
}: {
  organisationId: string;
}): Promise<VerificationStatus | null> {
  const db = database();
  const [row] = await db
    .select({
      verifiedAt: organisations.verifiedAt,
      verifiedBy: organisations.verifiedBy,
      kvkNumber: organisations.kvkNumber,
      associations: verifierAssociations(),
      platformAdmin: verifierIsPlatformAdmin(),
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!row) return null;
  const status: VerificationStatus = {
    verifiedAt: row.verifiedAt,
    verifier: row.verifiedAt ? verifierOf(row) : null,
    hasKvkNumber: row.kvkNumber !== null,
    withdrawal: null,
  };
  if (row.verifiedAt) return status;
  const [last] = await db
    .select({ at: auditLog.at, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, organisationId),
        inArray(auditLog.action, ["organisation_verified", "organisation_verification_withdrawn"]),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  const details =
    last?.action === "organisation_verification_withdrawn" ? WithdrawalDetails.safeParse(last.details) : null;
  if (!last || !details?.success) return status;
  return { ...status, withdrawal: { ...details.data, at: last.at } };
}
