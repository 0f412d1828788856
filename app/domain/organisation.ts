import { z } from "zod";

export const SECTORS = [
  "terminal_operator",
  "shipping_line_agent",
  "forwarder_customs_broker",
  "road_haulier",
  "barge_rail_operator",
  "warehouse_depot",
  "port_services",
  "air_cargo_handler",
  "importer",
  "security_firm",
  "port_authority",
  "municipality",
  "other_public_service",
] as const;
export type Sector = (typeof SECTORS)[number];

export const PUBLIC_SECTORS: readonly Sector[] = ["port_authority", "municipality", "other_public_service"];

export const SIZE_BANDS = ["1-9", "10-49", "50-249", "250+"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const PORT_REGIONS = [
  "rotterdam_rijnmond",
  "amsterdam_noordzeekanaal",
  "north_sea_port",
  "groningen_seaports",
  "moerdijk",
  "schiphol",
  "inland",
  "other",
] as const;
export type PortRegion = (typeof PORT_REGIONS)[number];

export const MEMBERSHIP_ROLES = ["member", "admin"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Whether a member is their organisation's only admin: an organisation must keep one, so they can neither step down nor go. */
export function isOnlyAdmin(member: { role: MembershipRole }, members: readonly { role: MembershipRole }[]): boolean {
  return member.role === "admin" && members.filter((m) => m.role === "admin").length === 1;
}

// The KvK publishes no check digit for numbers issued since 2016: format and range only.
export function isValidKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value) && value !== "00000000";
}

export function isPublicSector(sector: Sector): boolean {
  return PUBLIC_SECTORS.includes(sector);
}

export const OrganisationProfileSchema = z.object({
  organisationName: z.string().trim().min(2).max(200),
  sector: z.enum(SECTORS),
  sizeBand: z.enum(SIZE_BANDS),
  region: z.enum(PORT_REGIONS),
  kvkNumber: z
    .string()
    .transform((value) => value.replace(/[\s.]/g, ""))
    .refine(isValidKvkNumber, "validation.kvk")
    .optional(),
});
