import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { database, queryRows } from "../../db/client";
import { apiTokens, associationAnalysts, customsReviewers, platformAdmins, sessions, users } from "../../db/schema";
import type { MembershipRole, PortRegion, Sector, SizeBand } from "~/domain/organisation";
import { config } from "~/server/config.server";
import { recordAudit, type Actor } from "./audit.server";
import { enqueueMail } from "./mail.server";
import { removeSecondFactor } from "./second-factor.server";
import { containing } from "./text-search.server";

export type PlatformRole = "customs_reviewer" | "association_analyst" | "platform_admin";

export interface Person {
  id: string;
  name: string;
  email: string;
  lastSignInAt: Date | null;
  deactivatedAt: Date | null;
  secondFactor: boolean;
  memberships: { organisation: string; role: MembershipRole }[];
  associations: { id: string; name: string }[];
  customsReviewer: boolean;
  platformAdmin: boolean;
  /** The only active platform admin: the server refuses to take that away. */
  lastAdmin: boolean;
}

/** A page of the admin's lists of people and organisations: a platform holds hundreds of each. */
export const PEOPLE_PAGE_SIZE = 25;

export const PeopleQuery = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  organisationPage: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

export interface Paged<Row> {
  rows: Row[];
  total: number;
  page: number;
  pages: number;
}

const pageCount = (total: number) => Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));

/**
 * People whose name, e-mail address, or the name of an organisation or association they belong
 * to contains `q`, by name, one page of them.
 */
export async function listPeople(query: { q?: string; page?: number } = {}): Promise<Paged<Person>> {
  const text = query.q ? containing(query.q) : null;
  // An admin asked about "someone at Maasvlakte" often knows the organisation, not the person.
  const where = text
    ? sql`where u.name ilike ${text} or u.email ilike ${text}
        or exists (select from memberships m join organisations o on o.id = m.organisation_id
                   where m.user_id = u.id and o.name ilike ${text})
        or exists (select from association_analysts aa join associations a on a.id = aa.association_id
                   where aa.user_id = u.id and a.name ilike ${text})`
    : sql``;
  const [counted] = await queryRows<{ total: number | string }>(
    database(),
    sql`select count(*) as total from users u ${where}`,
  );
  const total = Number(counted?.total ?? 0);
  // A page past the end (the list shrank since the link was made) shows the last one.
  const page = Math.min(query.page ?? 1, pageCount(total));
  const rows = await queryRows<{
    id: string;
    name: string;
    email: string;
    last_sign_in_at: string | Date | null;
    deactivated_at: string | Date | null;
    second_factor: boolean;
    memberships: { organisation: string; role: MembershipRole }[] | null;
    associations: { id: string; name: string }[] | null;
    customs_reviewer: boolean;
    platform_admin: boolean;
    last_admin: boolean;
  }>(
    database(),
    sql`select u.id, u.name, u.email, u.last_sign_in_at, u.deactivated_at, u.totp_confirmed_at is not null as second_factor,
        (select json_agg(json_build_object('organisation', o.name, 'role', m.role) order by o.name)
           from memberships m join organisations o on o.id = m.organisation_id where m.user_id = u.id) as memberships,
        (select json_agg(json_build_object('id', a.id, 'name', a.name) order by a.name)
           from association_analysts aa join associations a on a.id = aa.association_id where aa.user_id = u.id) as associations,
        exists (select from customs_reviewers c where c.user_id = u.id) as customs_reviewer,
        exists (select from platform_admins p where p.user_id = u.id) as platform_admin,
        u.deactivated_at is null and exists (select from platform_admins p where p.user_id = u.id)
          and not exists (select from platform_admins p join users o on o.id = p.user_id
                          where p.user_id <> u.id and o.deactivated_at is null) as last_admin
      from users u
      ${where}
      order by lower(u.name), u.email, u.id
      limit ${PEOPLE_PAGE_SIZE} offset ${(page - 1) * PEOPLE_PAGE_SIZE}`,
  );
  const date = (value: string | Date | null) => (value === null ? null : new Date(value));
  const people = rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    lastSignInAt: date(r.last_sign_in_at),
    deactivatedAt: date(r.deactivated_at),
    secondFactor: r.second_factor,
    memberships: r.memberships ?? [],
    associations: r.associations ?? [],
    customsReviewer: r.customs_reviewer,
    platformAdmin: r.platform_admin,
    lastAdmin: r.last_admin,
  }));
  return { rows: people, total, page, pages: pageCount(total) };
}

export interface OrganisationRow {
  id: string;
  name: string;
  sector: Sector;
  sizeBand: SizeBand;
  region: PortRegion;
  kvkNumber: string | null;
  verifiedAt: Date | null;
  members: number;
  lastSubmittedAt: Date | null;
}

/** Organisations whose name contains `q`, by name, one page of them. */
export async function listOrganisations(query: { q?: string; page?: number } = {}): Promise<Paged<OrganisationRow>> {
  const where = query.q ? sql`where o.name ilike ${containing(query.q)}` : sql``;
  const [counted] = await queryRows<{ total: number | string }>(
    database(),
    sql`select count(*) as total from organisations o ${where}`,
  );
  const total = Number(counted?.total ?? 0);
  const page = Math.min(query.page ?? 1, pageCount(total));
  const rows = await queryRows<{
    id: string;
    name: string;
    sector: Sector;
    size_band: SizeBand;
    region: PortRegion;
    kvk_number: string | null;
    verified_at: string | Date | null;
    members: number | string;
    last_submitted_at: string | Date | null;
  }>(
    database(),
    sql`select o.id, o.name, o.sector, o.size_band, o.region, o.kvk_number, o.verified_at,
        (select count(*) from memberships m where m.organisation_id = o.id) as members,
        (select max(a.submitted_at) from assessments a where a.organisation_id = o.id and a.status = 'submitted') as last_submitted_at
      from organisations o
      ${where}
      order by lower(o.name), o.id
      limit ${PEOPLE_PAGE_SIZE} offset ${(page - 1) * PEOPLE_PAGE_SIZE}`,
  );
  const organisations = rows.map((r) => ({
    id: r.id,
    name: r.name,
    sector: r.sector,
    sizeBand: r.size_band,
    region: r.region,
    kvkNumber: r.kvk_number,
    verifiedAt: r.verified_at === null ? null : new Date(r.verified_at),
    members: Number(r.members),
    lastSubmittedAt: r.last_submitted_at === null ? null : new Date(r.last_submitted_at),
  }));
  return { rows: organisations, total, page, pages: pageCount(total) };
}

export type PeopleRefusal = "self" | "last_admin" | "not_found";

// At least one must stay, or nobody can manage the platform.
async function otherActiveAdmins(userId: string, tx: Pick<ReturnType<typeof database>, "select">): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(platformAdmins)
    .innerJoin(users, eq(users.id, platformAdmins.userId))
    .where(and(sql`${platformAdmins.userId} <> ${userId}`, isNull(users.deactivatedAt)));
  return row?.count ?? 0;
}

export async function isLastActiveAdmin(
  userId: string,
  tx: Pick<ReturnType<typeof database>, "select">,
): Promise<boolean> {
  const [admin] = await tx
    .select({ userId: platformAdmins.userId })
    .from(platformAdmins)
    .where(eq(platformAdmins.userId, userId));
  return Boolean(admin) && (await otherActiveAdmins(userId, tx)) === 0;
}

// Memberships and roles stay, so switching the account on again restores them.
export async function deactivateAccount(actor: Actor, personId: string): Promise<PeopleRefusal | null> {
  if (personId === actor.userId) return "self";
  return database()
    .transaction(async (tx) => {
      const [person] = await tx
        .update(users)
        .set({ deactivatedAt: sql`now()` })
        .where(and(eq(users.id, personId), isNull(users.deactivatedAt)))
        .returning({ id: users.id });
      if (!person) return "not_found";
      if (await isLastActiveAdmin(personId, tx)) throw new LastAdmin();
      await tx.delete(sessions).where(eq(sessions.userId, personId));
      await tx.delete(apiTokens).where(eq(apiTokens.userId, personId));
      await recordAudit(
        actor,
        {
          action: "account_deactivated",
          objectType: "user",
          objectId: personId,
        },
        tx,
      );
      return null;
    })
    .catch((error: unknown) => {
      if (error instanceof LastAdmin) return "last_admin" as const;
      throw error;
    });
}

class LastAdmin extends Error {}

export async function reactivateAccount(actor: Actor, personId: string): Promise<PeopleRefusal | null> {
  return database().transaction(async (tx) => {
    const [person] = await tx
      .update(users)
      .set({ deactivatedAt: null })
      .where(and(eq(users.id, personId), sql`${users.deactivatedAt} is not null`))
      .returning({ id: users.id });
    if (!person) return "not_found";
    await recordAudit(
      actor,
      {
        action: "account_reactivated",
        objectType: "user",
        objectId: personId,
      },
      tx,
    );
    return null;
  });
}

export async function removePlatformRole(
  actor: Actor,
  input: { personId: string; role: PlatformRole; associationId?: string },
): Promise<PeopleRefusal | null> {
  if (input.role === "platform_admin" && input.personId === actor.userId) return "self";
  const associationId = input.associationId;
  if (input.role === "association_analyst" && !associationId) return "not_found";
  return database()
    .transaction(async (tx) => {
      const removed =
        input.role === "customs_reviewer"
          ? await tx
              .delete(customsReviewers)
              .where(eq(customsReviewers.userId, input.personId))
              .returning({ id: customsReviewers.userId })
          : input.role === "platform_admin"
            ? await tx
                .delete(platformAdmins)
                .where(eq(platformAdmins.userId, input.personId))
                .returning({ id: platformAdmins.userId })
            : await tx
                .delete(associationAnalysts)
                .where(
                  and(
                    eq(associationAnalysts.userId, input.personId),
                    eq(associationAnalysts.associationId, associationId!),
                  ),
                )
                .returning({ id: associationAnalysts.userId });
      if (removed.length === 0) return "not_found";
      if (input.role === "platform_admin" && (await otherActiveAdmins(input.personId, tx)) === 0) throw new LastAdmin();
      await tx.delete(sessions).where(eq(sessions.userId, input.personId));
      await recordAudit(
        actor,
        {
          action: "platform_role_removed",
          objectType: "user",
          objectId: input.personId,
          details: { role: input.role, association: input.associationId ?? null },
        },
        tx,
      );
      return null;
    })
    .catch((error: unknown) => {
      if (error instanceof LastAdmin) return "last_admin" as const;
      throw error;
    });
}

/**
 * For a person who lost their authenticator and recovery codes, after the admin checked out of
 * band that the request is theirs (see README): clears the second factor, ends every session
 * so whoever holds one must sign in again, and tells the person by mail.
 */
export async function resetSecondFactor(actor: Actor, personId: string): Promise<PeopleRefusal | null> {
  // An admin who could reset their own would make the second factor of admins worthless.
  if (personId === actor.userId) return "self";
  return database().transaction(async (tx) => {
    const person = await removeSecondFactor(tx, personId);
    if (!person) return "not_found";
    await tx.delete(sessions).where(eq(sessions.userId, personId));
    await enqueueMail(tx, {
      to: person.email,
      language: person.language,
      template: {
        key: "second_factor_reset",
        name: person.name,
        email: person.email,
        link: `${config().publicUrl}/signin`,
      },
    });
    await recordAudit(actor, { action: "second_factor_reset", objectType: "user", objectId: personId }, tx);
    return null;
  });
}
