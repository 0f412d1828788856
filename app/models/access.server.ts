import type { Language } from "~/i18n";
import { redirect, type AppLoadContext } from "@remix-run/node";
import { returnPath } from "~/safe-redirect";
import { and, eq, isNull, sql } from "drizzle-orm";
import { database, prepared } from "../../db/client";
import {
  associationAnalysts,
  customsReviewers,
  memberships,
  organisations,
  platformAdmins,
  sessions,
  users,
} from "../../db/schema";
import type { MembershipRole } from "~/domain/organisation";
import { userOfBearer } from "./api-token.server";
import { keepSessionAlive, LIVE_SESSION, liveSessionOf, requireRecentConfirmation } from "./session.server";
import { personActor, type Actor, type OrganisationActor } from "./audit.server";
import type { AuditRole, OrganisationAuditRole } from "~/domain/audit";

export interface Access {
  // The language is the one their mail is written in.
  user: { id: string; name: string; email: string; language: Language };
  organisation: { id: string; name: string; role: MembershipRole } | null;
  associationIds: string[];
  customsReviewer: boolean;
  platformAdmin: boolean;
  secondFactor: boolean;
  emailVerified: boolean;
}

export type Home = "organisation" | "association" | "customs" | "admin";

// Cached per request for loaders; an action reads anew, as it may change what loaders read.
export function getAccess(request: Request, context?: AppLoadContext): Promise<Access | null> {
  if (!context || (request.method !== "GET" && request.method !== "HEAD")) return readAccess(request);
  return (context.access ??= readAccess(request));
}

async function readAccess(request: Request): Promise<Access | null> {
  const session = await liveSessionOf(request);
  if (!session) return null;
  const [row] = await prepared("access", (db) =>
    db
      .select({ ...ACCESS_FIELDS, lastSeenAt: sessions.lastSeenAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(LIVE_SESSION, eq(sessions.awaitingSecondFactor, false), isNull(users.deactivatedAt)))
      .prepare("access"),
  ).execute(session);
  if (!row) return null;
  await keepSessionAlive(session.idHash, row.lastSeenAt);
  return accessOfRow(row);
}

export async function getApiAccess(request: Request): Promise<Access | null> {
  if (request.headers.has("Authorization")) {
    const userId = await userOfBearer(request);
    const access = userId ? await accessOfUser(userId) : null;
    return access && !lacksRequiredSecondFactor(access) ? access : null;
  }
  const access = await getAccess(request);
  return access && !lacksRequiredSecondFactor(access) ? access : null;
}

// They see other organisations' data.
export function secondFactorRequired(access: Access): boolean {
  return access.associationIds.length > 0 || access.customsReviewer || access.platformAdmin;
}

const lacksRequiredSecondFactor = (access: Access) => secondFactorRequired(access) && !access.secondFactor;

// One row: separate queries would cost more than a page's own reads.
const ACCESS_FIELDS = {
  user: { id: users.id, name: users.name, email: users.email, language: users.language },
  totpConfirmedAt: users.totpConfirmedAt,
  emailVerifiedAt: users.emailVerifiedAt,
  organisation: { id: organisations.id, name: organisations.name },
  role: memberships.role,
  associationIds: sql<
    string[]
  >`array(select ${associationAnalysts.associationId}::text from ${associationAnalysts} where ${associationAnalysts.userId} = ${users.id})`,
  customsReviewer: sql<boolean>`exists (select from ${customsReviewers} where ${customsReviewers.userId} = ${users.id})`,
  platformAdmin: sql<boolean>`exists (select from ${platformAdmins} where ${platformAdmins.userId} = ${users.id})`,
};

type AccessRow = Omit<Access, "organisation" | "secondFactor" | "emailVerified"> & {
  organisation: { id: string; name: string } | null;
  role: MembershipRole | null;
  totpConfirmedAt: Date | null;
  emailVerifiedAt: Date | null;
};

function accessOfRow({
  user,
  organisation,
  role,
  associationIds,
  customsReviewer,
  platformAdmin,
  totpConfirmedAt,
  emailVerifiedAt,
}: AccessRow): Access {
  return {
    user,
    organisation: organisation && role ? { ...organisation, role } : null,
    associationIds,
    customsReviewer,
    platformAdmin,
    secondFactor: totpConfirmedAt !== null,
    emailVerified: emailVerifiedAt !== null,
  };
}

async function accessOfUser(userId: string): Promise<Access | null> {
  const [row] = await database()
    .select(ACCESS_FIELDS)
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(users.id, userId), isNull(users.deactivatedAt)));
  return row ? accessOfRow(row) : null;
}

const returnHere = (request: Request) => new URLSearchParams({ redirectTo: returnPath(request) });

export async function requireSignedIn(request: Request, context?: AppLoadContext): Promise<Access> {
  const access = await getAccess(request, context);
  if (access) return access;
  const params = returnHere(request);
  // A form posted after the session ended changes nothing; the sign-in page says so.
  if (request.method !== "GET" && request.method !== "HEAD") params.set("reason", "signedOut");
  throw redirect(`/signin?${params}`);
}

export async function requireAccess(request: Request, context?: AppLoadContext): Promise<Access> {
  const access = await requireSignedIn(request, context);
  if (lacksRequiredSecondFactor(access)) throw redirect(`/settings/two-factor?${returnHere(request)}`);
  return access;
}

export function homesOf(access: Access): Home[] {
  const homes: Home[] = [];
  if (access.organisation) homes.push("organisation");
  if (access.associationIds.length > 0) homes.push("association");
  if (access.customsReviewer) homes.push("customs");
  if (access.platformAdmin) homes.push("admin");
  return homes;
}

// Also for what is not the asker's: no hint whether it exists.
export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

// Pages of a role the person does not hold answer 404: they do not learn what exists there.
export async function requireOrganisationMember(request: Request, context?: AppLoadContext) {
  const access = await requireAccess(request, context);
  if (!access.organisation) throw notFound();
  return { ...access, organisation: access.organisation };
}

export async function requireOrganisationAdmin(request: Request, context?: AppLoadContext) {
  const access = await requireOrganisationMember(request, context);
  if (access.organisation.role !== "admin") throw notFound();
  return access;
}

export async function requireConfirmedOrganisationAdmin(request: Request, context?: AppLoadContext) {
  const access = await requireOrganisationAdmin(request, context);
  await requireRecentConfirmation(request);
  return access;
}

export async function requireAnalyst(request: Request, context?: AppLoadContext) {
  const access = await requireAccess(request, context);
  if (access.associationIds.length === 0) throw notFound();
  return access;
}

export async function requireCustomsReviewer(request: Request, context?: AppLoadContext) {
  const access = await requireAccess(request, context);
  if (!access.customsReviewer) throw notFound();
  return access;
}

export async function requirePlatformAdmin(request: Request, context?: AppLoadContext) {
  const access = await requireAccess(request, context);
  if (!access.platformAdmin) throw notFound();
  return access;
}

export function actorOf(access: Access, ip: string | null, role: AuditRole | null = null): Actor {
  return { ...personActor(access.user.id, ip), role };
}

export function organisationActor(
  access: Pick<Access, "user"> & { organisation: { id: string } },
  role: OrganisationAuditRole,
  ip: string | null,
): OrganisationActor {
  return { userId: access.user.id, role, organisationId: access.organisation.id, ip };
}
