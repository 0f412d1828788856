import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "../../db/client";
import {
  associationAnalysts,
  associations,
  associationSectors,
  auditLog,
  organisations,
  platformAdmins,
  users,
} from "../../db/schema";
import type { Sector } from "~/domain/organisation";
import type { Access } from "~/models/access.server";
import { updateOrganisationProfile } from "~/models/organisation.server";
import {
  organisationsToVerify,
  VerificationQuery,
  verificationStatus,
  verifyOrganisation,
  withdrawVerification,
} from "~/models/verification.server";
import { confirmMailedAddress, organisationWithAdmin } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

async function person(email: string, name: string): Promise<Access> {
  const [user] = await database()
    .insert(users)
    .values({ email, name, passwordHash: "unused" })
    .returning({ id: users.id });
  return {
    user: { id: user!.id, name, email, language: "nl" },
    organisation: null,
    associationIds: [],
    customsReviewer: false,
    platformAdmin: false,
    secondFactor: true,
    emailVerified: true,
  };
}

async function association(name: string, sectors: Sector[], analyst: Access): Promise<Access> {
  const [row] = await database().insert(associations).values({ name }).returning({ id: associations.id });
  await database()
    .insert(associationSectors)
    .values(sectors.map((sector) => ({ associationId: row!.id, sector })));
  await database().insert(associationAnalysts).values({ userId: analyst.user.id, associationId: row!.id });
  return { ...analyst, associationIds: [...analyst.associationIds, row!.id] };
}

/** A registered organisation in a sector, with a KvK number or none; its admin confirmed their address unless told. */
async function organisation(email: string, sector: Sector, kvkNumber: string | null, { adminConfirmed = true } = {}) {
  const actor = await organisationWithAdmin(email, `Org ${email}`);
  if (adminConfirmed) await confirmMailedAddress(email);
  await database().update(organisations).set({ sector, kvkNumber }).where(eq(organisations.id, actor.organisationId));
  return actor;
}

async function row(organisationId: string) {
  const [found] = await database()
    .select({ verifiedAt: organisations.verifiedAt, verifiedBy: organisations.verifiedBy })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return found!;
}

const auditOf = (organisationId: string) =>
  database()
    .select({
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      actorRole: auditLog.actorRole,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, organisationId),
        inArray(auditLog.action, ["organisation_verified", "organisation_verification_withdrawn"]),
      ),
    )
    .orderBy(auditLog.id);

describe.each(BACKENDS)("verifying organisations on %s", (backend) => {
  useFreshDatabase(backend);
  let analyst: Access;
  let councilAnalyst: Access;
  let admin: Access;

  beforeAll(async () => {
    analyst = await association(
      "Havenvereniging",
      ["terminal_operator", "road_haulier"],
      await person("analist@verify.example", "Pieter Bakker"),
    );
    councilAnalyst = await association(
      "Gemeenten",
      ["municipality"],
      await person("gemeente@verify.example", "Anouk Jansen"),
    );
    admin = { ...(await person("beheer@verify.example", "Beheer")), platformAdmin: true };
    await database().insert(platformAdmins).values({ userId: admin.user.id });
  });

  it("lets an analyst verify an organisation in a sector the association covers, audited", async () => {
    const terminal = await organisation("terminal@verify.example", "terminal_operator", "24000001");
    expect((await verificationStatus(terminal))?.verifiedAt).toBeNull();
    expect(
      await verifyOrganisation({ access: analyst, organisationId: terminal.organisationId, ip: "192.0.2.7" }),
    ).toEqual({
      ok: true,
      name: "Org terminal@verify.example",
    });
    expect((await row(terminal.organisationId)).verifiedBy).toBe(analyst.user.id);
    expect(await verificationStatus(terminal)).toMatchObject({
      verifiedAt: expect.any(Date),
      verifier: { via: "association", associations: ["Havenvereniging"] },
      withdrawal: null,
    });
    const listed = await organisationsToVerify(analyst, VerificationQuery.parse({ q: "terminal@verify" }));
    expect(listed.verified).toEqual([
      expect.objectContaining({
        id: terminal.organisationId,
        kvkNumber: "24000001",
        verifier: { name: "Pieter Bakker", by: { via: "association", associations: ["Havenvereniging"] } },
      }),
    ]);
    expect(listed.waiting).toEqual([]);
    expect(await auditOf(terminal.organisationId)).toEqual([
      {
        action: "organisation_verified",
        actorUserId: analyst.user.id,
        actorRole: "association_analyst",
        ip: "192.0.2.7",
        details: { via: "association", associations: "Havenvereniging", kvkNumber: "24000001" },
      },
    ]);
    // Once is enough: a second click changes nothing.
    expect(await verifyOrganisation({ access: analyst, organisationId: terminal.organisationId, ip: null })).toEqual({
      ok: false,
      error: "already_verified",
    });
  });

  it("refuses an analyst an organisation outside the association's sectors, and lists it not", async () => {
    const council = await organisation("council@verify.example", "municipality", "24000002");
    expect(await verifyOrganisation({ access: analyst, organisationId: council.organisationId, ip: null })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect((await row(council.organisationId)).verifiedAt).toBeNull();
    expect(await auditOf(council.organisationId)).toEqual([]);
    const listed = await organisationsToVerify(analyst, VerificationQuery.parse({}));
    expect([...listed.waiting, ...listed.verified].map((o) => o.id)).not.toContain(council.organisationId);
    expect(
      [...listed.waiting, ...listed.verified].every((o) => ["terminal_operator", "road_haulier"].includes(o.sector)),
    ).toBe(true);
    // Someone with neither role sees and does nothing.
    const nobody = { ...analyst, associationIds: [] };
    expect(await verifyOrganisation({ access: nobody, organisationId: council.organisationId, ip: null })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect((await organisationsToVerify(nobody, VerificationQuery.parse({}))).counts).toEqual({
      waiting: 0,
      verified: 0,
    });
  });

  it("lets a platform admin verify any organisation, shown as the platform", async () => {
    const council = await organisation("council2@verify.example", "municipality", "24000003");
    expect((await verifyOrganisation({ access: admin, organisationId: council.organisationId, ip: null })).ok).toBe(
      true,
    );
    expect(await verificationStatus(council)).toMatchObject({ verifier: { via: "platform" } });
    expect((await auditOf(council.organisationId))[0]).toMatchObject({
      action: "organisation_verified",
      actorRole: "platform_admin",
      details: { via: "platform" },
    });
    // The admin lists every sector; the council's analyst could have done it too.
    const listed = await organisationsToVerify(admin, VerificationQuery.parse({ q: "24000003" }));
    expect(listed.verified.map((o) => [o.id, o.verifier?.by])).toEqual([[council.organisationId, { via: "platform" }]]);
    expect(
      (await organisationsToVerify(councilAnalyst, VerificationQuery.parse({}))).verified.map((o) => o.id),
    ).toContain(council.organisationId);
  });

  it("refuses an organisation without a KvK number", async () => {
    const haulier = await organisation("nokvk@verify.example", "road_haulier", null);
    expect(await verifyOrganisation({ access: analyst, organisationId: haulier.organisationId, ip: null })).toEqual({
      ok: false,
      error: "no_kvk",
    });
    expect(await verificationStatus(haulier)).toMatchObject({ verifiedAt: null, hasKvkNumber: false });
    expect(await auditOf(haulier.organisationId)).toEqual([]);
  });

  it("waits until an admin of the organisation has confirmed their address, and says so", async () => {
    const haulier = await organisation("unconfirmed@verify.example", "road_haulier", "24000009", {
      adminConfirmed: false,
    });
    const waiting = async () =>
      (await organisationsToVerify(admin, VerificationQuery.parse({}))).waiting.find(
        (o) => o.id === haulier.organisationId,
      );
    expect(await waiting()).toMatchObject({ adminConfirmed: false });
    expect(await verifyOrganisation({ access: analyst, organisationId: haulier.organisationId, ip: null })).toEqual({
      ok: false,
      error: "admin_unconfirmed",
    });
    expect(await auditOf(haulier.organisationId)).toEqual([]);

    await confirmMailedAddress("unconfirmed@verify.example");
    expect(await waiting()).toMatchObject({ adminConfirmed: true });
    expect((await verifyOrganisation({ access: analyst, organisationId: haulier.organisationId, ip: null })).ok).toBe(
      true,
    );
  });

  it("refuses a KvK number another verified organisation holds, also when both are verified at once", async () => {
    const first = await organisation("first@verify.example", "road_haulier", "24000004");
    const copy = await organisation("copy@verify.example", "road_haulier", "24000004");
    expect((await verifyOrganisation({ access: analyst, organisationId: first.organisationId, ip: null })).ok).toBe(
      true,
    );
    expect(await verifyOrganisation({ access: admin, organisationId: copy.organisationId, ip: null })).toEqual({
      ok: false,
      error: "kvk_taken",
    });
    expect((await row(copy.organisationId)).verifiedAt).toBeNull();

    const left = await organisation("left@verify.example", "road_haulier", "24000005");
    const right = await organisation("right@verify.example", "road_haulier", "24000005");
    const results = await Promise.all([
      verifyOrganisation({ access: analyst, organisationId: left.organisationId, ip: null }),
      verifyOrganisation({ access: admin, organisationId: right.organisationId, ip: null }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "kvk_taken" }]);
  });

  it("withdraws a verification, audited and shown to the organisation", async () => {
    const depot = await organisation("depot@verify.example", "road_haulier", "24000006");
    await verifyOrganisation({ access: admin, organisationId: depot.organisationId, ip: null });
    // The council analyst does not cover hauliers.
    expect(
      await withdrawVerification({ access: councilAnalyst, organisationId: depot.organisationId, ip: null }),
    ).toEqual({ ok: false, error: "not_found" });
    expect(
      await withdrawVerification({ access: analyst, organisationId: depot.organisationId, ip: "192.0.2.8" }),
    ).toEqual({ ok: true, name: "Org depot@verify.example" });
    expect(await row(depot.organisationId)).toEqual({ verifiedAt: null, verifiedBy: null });
    expect(await withdrawVerification({ access: analyst, organisationId: depot.organisationId, ip: null })).toEqual({
      ok: false,
      error: "not_verified",
    });
    expect(await verificationStatus(depot)).toMatchObject({
      verifiedAt: null,
      withdrawal: { via: "association", associations: "Havenvereniging", at: expect.any(Date) },
    });
    expect((await auditOf(depot.organisationId)).map((a) => [a.action, a.actorRole, a.ip])).toEqual([
      ["organisation_verified", "platform_admin", null],
      ["organisation_verification_withdrawn", "association_analyst", "192.0.2.8"],
    ]);
    // Verified again, the old withdrawal is no longer news.
    await verifyOrganisation({ access: analyst, organisationId: depot.organisationId, ip: null });
    expect((await verificationStatus(depot))?.withdrawal).toBeNull();
  });

  it("lists those waiting first, longest first, and the verified apart", async () => {
    const listed = await organisationsToVerify(analyst, VerificationQuery.parse({}));
    expect(listed.waiting.every((o, i, all) => i === 0 || all[i - 1]!.createdAt <= o.createdAt)).toBe(true);
    expect(listed.counts.waiting).toBe(listed.waiting.length);
    expect(listed.waiting.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Org nokvk@verify.example", "Org copy@verify.example"]),
    );
    expect(listed.verified.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Org terminal@verify.example", "Org depot@verify.example"]),
    );
    expect((await organisationsToVerify(analyst, VerificationQuery.parse({ q: "%" }))).counts).toEqual({
      waiting: 0,
      verified: 0,
    });
  });

  it("withdraws the verification when the organisation changes its sector or KvK number", async () => {
    const org = await organisation("profile@verify.example", "terminal_operator", "24000007");
    const profile = (change: { sector?: Sector; kvkNumber?: string | null }) =>
      updateOrganisationProfile(
        { userId: org.userId, role: "org_admin", organisationId: org.organisationId, ip: "192.0.2.9" },
        {
          name: "Profiel BV",
          sector: "terminal_operator",
          sizeBand: "10-49",
          region: "moerdijk",
          kvkNumber: "24000007",
          ...change,
        },
      );
    await verifyOrganisation({ access: analyst, organisationId: org.organisationId, ip: null });
    // A new name or size is no reason to look again.
    await profile({});
    expect((await row(org.organisationId)).verifiedAt).not.toBeNull();

    await profile({ sector: "road_haulier" });
    expect((await row(org.organisationId)).verifiedAt).toBeNull();
    expect(await verificationStatus(org)).toMatchObject({
      withdrawal: { via: "profile", sectorChanged: true, kvkChanged: false },
    });

    await verifyOrganisation({ access: analyst, organisationId: org.organisationId, ip: null });
    // Even to a number a verified organisation holds: this one is no longer verified, so no conflict.
    await profile({ sector: "road_haulier", kvkNumber: "24000001" });
    expect(await row(org.organisationId)).toEqual({ verifiedAt: null, verifiedBy: null });
    expect(await verificationStatus(org)).toMatchObject({
      withdrawal: { via: "profile", sectorChanged: false, kvkChanged: true },
    });
    expect(await verifyOrganisation({ access: analyst, organisationId: org.organisationId, ip: null })).toEqual({
      ok: false,
      error: "kvk_taken",
    });

    const withdrawals = (await auditOf(org.organisationId)).filter(
      (a) => a.action === "organisation_verification_withdrawn",
    );
    expect(withdrawals).toEqual([
      {
        action: "organisation_verification_withdrawn",
        actorUserId: org.userId,
        actorRole: "org_admin",
        ip: "192.0.2.9",
        details: { via: "profile", sectorChanged: true, kvkChanged: false },
      },
      {
        action: "organisation_verification_withdrawn",
        actorUserId: org.userId,
        actorRole: "org_admin",
        ip: "192.0.2.9",
        details: { via: "profile", sectorChanged: false, kvkChanged: true },
      },
    ]);
    // An unverified organisation changing its profile writes no withdrawal.
    await profile({ sector: "terminal_operator", kvkNumber: "24000008" });
    expect(
      (await auditOf(org.organisationId)).filter((a) => a.action === "organisation_verification_withdrawn"),
    ).toHaveLength(2);
  });
});
