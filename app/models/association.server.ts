import { asc, eq, inArray } from "drizzle-orm";
import { database } from "../../db/client";
import { associationAnalysts, associations, associationSectors, customsReviewers, users } from "../../db/schema";
import { SECTORS, type Sector } from "~/domain/organisation";
import { recordAudit, type Actor } from "./audit.server";
import { getOrganisationProfile } from "./organisation.server";

export async function createAssociation(actor: Actor, input: { name: string; sectors: Sector[] }): Promise<string> {
  return database().transaction(async (tx) => {
    const [row] = await tx.insert(associations).values({ name: input.name }).returning({ id: associations.id });
    if (!row) throw new Error("insert returned no row");
    await tx.insert(associationSectors).values(input.sectors.map((sector) => ({ associationId: row.id, sector })));
    await recordAudit(
      actor,
      {
        action: "association_created",
        objectType: "association",
        objectId: row.id,
        details: { sectors: input.sectors.join(",") },
      },
      tx,
    );
    return row.id;
  });
}

export interface AssociationSummary {
  id: string;
  name: string;
  sectors: Sector[];
  analysts: { name: string; email: string }[];
}

export async function listAssociations(ids?: string[]): Promise<AssociationSummary[]> {
  const db = database();
  const filter = ids ? inArray(associations.id, ids) : undefined;
  const [rows, sectorRows, analystRows] = await Promise.all([
    db
      .select({ id: associations.id, name: associations.name })
      .from(associations)
      .where(filter)
      .orderBy(asc(associations.name)),
    db
      .select({ associationId: associationSectors.associationId, sector: associationSectors.sector })
      .from(associationSectors)
      .where(ids ? inArray(associationSectors.associationId, ids) : undefined),
    db
      .select({ associationId: associationAnalysts.associationId, name: users.name, email: users.email })
      .from(associationAnalysts)
      .innerJoin(users, eq(users.id, associationAnalysts.userId))
      .where(ids ? inArray(associationAnalysts.associationId, ids) : undefined)
      .orderBy(asc(users.name)),
  ]);
  return rows.map((a) => ({
    ...a,
    sectors: SECTORS.filter((s) => sectorRows.some((r) => r.associationId === a.id && r.sector === s)),
    analysts: analystRows.filter((r) => r.associationId === a.id).map(({ name, email }) => ({ name, email })),
  }));
}

export async function listCustomsReviewers() {
  return database()
    .select({ name: users.name, email: users.email, since: customsReviewers.createdAt })
    .from(customsReviewers)
    .innerJoin(users, eq(users.id, customsReviewers.userId))
    .orderBy(asc(users.name));
}

export async function associationNamesFor({ organisationId }: { organisationId: string }): Promise<string[] | null> {
  const profile = await getOrganisationProfile({ organisationId });
  if (!profile) return null;
  return (await listAssociations()).filter((a) => a.sectors.includes(profile.sector)).map((a) => a.name);
}
