import { hash } from "@node-rs/argon2";
import { count } from "drizzle-orm";
import type { PortRegion, Sector, SizeBand } from "../app/domain/organisation";
import type { DatabaseHandle } from "./client";
import {
  associationAnalysts,
  associations,
  associationSectors,
  customsReviewers,
  memberships,
  organisations,
  platformAdmins,
  users,
} from "./schema";

/** The one password of every demo account; printed at start, never used outside demo data. */
export const DEMO_PASSWORD = "weerbaar-demo-2026";

export const DEMO_SIGN_INS = [
  { role: "org admin", email: "beveiliging@maasvlakte-terminal.example" },
  { role: "member", email: "planning@maasvlakte-terminal.example" },
  { role: "association analyst", email: "analist@havenvereniging.example" },
  { role: "customs reviewer", email: "reviewer@douane.example" },
  { role: "platform admin", email: "beheer@weerbaar.example" },
] as const;

type DemoOrganisation = [name: string, sector: Sector, sizeBand: SizeBand, region: PortRegion, domain: string];

// Fictional organisations, enough per sector for benchmark cells to reach the minimum group.
const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  ["Maasvlakte Container Terminal", "terminal_operator", "250+", "rotterdam_rijnmond", "maasvlakte-terminal"],
  ["Waalhaven Multimodal", "terminal_operator", "50-249", "rotterdam_rijnmond", "waalhaven-multimodal"],
  ["Botlek Bulk & Breakbulk", "terminal_operator", "50-249", "rotterdam_rijnmond", "botlek-bulk"],
  ["Westhaven Terminal Amsterdam", "terminal_operator", "50-249", "amsterdam_noordzeekanaal", "westhaven-terminal"],
  ["Scheldepoort Containers", "terminal_operator", "250+", "north_sea_port", "scheldepoort"],
  ["Eemshaven Shortsea Terminal", "terminal_operator", "10-49", "groningen_seaports", "eemshaven-shortsea"],
  ["Moerdijk Barge Terminal", "terminal_operator", "10-49", "moerdijk", "moerdijk-barge"],
  ["Van Dijk Transport", "road_haulier", "10-49", "rotterdam_rijnmond", "vandijk-transport"],
  ["Brabant Container Trucking", "road_haulier", "50-249", "moerdijk", "brabant-trucking"],
  ["Zeeuwse Wegtransport", "road_haulier", "1-9", "north_sea_port", "zeeuwse-wegtransport"],
  ["Noordzee Logistiek Transport", "road_haulier", "10-49", "amsterdam_noordzeekanaal", "noordzee-logistiek"],
  ["Rijnmond Reefer Haulage", "road_haulier", "1-9", "rotterdam_rijnmond", "rijnmond-reefer"],
  ["Delta Forwarding", "forwarder_customs_broker", "10-49", "rotterdam_rijnmond", "delta-forwarding"],
  ["Douanezaken Nederland", "forwarder_customs_broker", "1-9", "schiphol", "douanezaken"],
  ["Fresh Fruit Forwarders", "forwarder_customs_broker", "10-49", "rotterdam_rijnmond", "fresh-fruit-fwd"],
  ["Atlantic Line Agencies", "shipping_line_agent", "50-249", "rotterdam_rijnmond", "atlantic-agencies"],
  ["Coldstore Vlissingen", "warehouse_depot", "50-249", "north_sea_port", "coldstore-vlissingen"],
  ["Empty Depot Pernis", "warehouse_depot", "10-49", "rotterdam_rijnmond", "depot-pernis"],
  ["Havendiensten Sjorren & Meren", "port_services", "50-249", "rotterdam_rijnmond", "sjorren-meren"],
  ["Rijn Barge Lines", "barge_rail_operator", "10-49", "inland", "rijn-barge"],
  ["Schiphol Cargo Handling", "air_cargo_handler", "250+", "schiphol", "schiphol-cargo"],
  ["Havenbedrijf Noordkust", "port_authority", "250+", "groningen_seaports", "havenbedrijf-noordkust"],
  ["Gemeente Havenstad", "municipality", "250+", "rotterdam_rijnmond", "gemeente-havenstad"],
];

export async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Loads the demo organisations and accounts in one transaction. */
export async function seedDemoData(handle: DatabaseHandle): Promise<void> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await handle.db.transaction(async (tx) => {
    const insertUser = async (email: string, name: string) => {
      const [row] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
      if (!row) throw new Error("insert returned no row");
      return row.id;
    };
    for (const [index, [name, sector, sizeBand, region, domain]] of DEMO_ORGANISATIONS.entries()) {
      const [organisation] = await tx
        .insert(organisations)
        .values({ name, sector, sizeBand, region, kvkNumber: String(24_000_000 + index * 1_013) })
        .returning({ id: organisations.id });
      if (!organisation) throw new Error("insert returned no row");
      const adminEmail = index === 0 ? "beveiliging@maasvlakte-terminal.example" : `security@${domain}.example`;
      const adminName = index === 0 ? "Sanne de Vries" : `Security officer ${name}`;
      await tx
        .insert(memberships)
        .values({ userId: await insertUser(adminEmail, adminName), organisationId: organisation.id, role: "admin" });
      if (index === 0) {
        const memberId = await insertUser("planning@maasvlakte-terminal.example", "Mehmet Yilmaz");
        await tx.insert(memberships).values({ userId: memberId, organisationId: organisation.id, role: "member" });
      }
    }
    const [association] = await tx
      .insert(associations)
      .values({ name: "Havenvereniging Rijnmond (demo)" })
      .returning({ id: associations.id });
    if (!association) throw new Error("insert returned no row");
    const covered: Sector[] = ["terminal_operator", "road_haulier", "warehouse_depot", "port_services"];
    await tx.insert(associationSectors).values(covered.map((sector) => ({ associationId: association.id, sector })));
    await tx.insert(associationAnalysts).values({
      userId: await insertUser("analist@havenvereniging.example", "Pieter Bakker"),
      associationId: association.id,
    });
    await tx.insert(customsReviewers).values({ userId: await insertUser("reviewer@douane.example", "Fatima El Amrani") });
    await tx.insert(platformAdmins).values({ userId: await insertUser("beheer@weerbaar.example", "Platform beheer") });
  });
}

export function printDemoSignIns(log: (line: string) => void = console.log): void {
  log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const { role, email } of DEMO_SIGN_INS) log(`  ${role.padEnd(20)} ${email}`);
}
