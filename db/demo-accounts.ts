// The demo accounts, apart from the seed so tests can sign in with them without loading it.

export const DEMO_PASSWORD = "weerbaar-demo-2026";

// Published, so never for real accounts.
export const DEMO_TOTP_SECRET = "AIVB6UJGPOXLJNQZ7ZVSXFFS5Q5FPC3J";

export const DEMO_SIGN_INS = [
  { role: "org admin", email: "beveiliging@maasvlakte-terminal.example", secondFactor: false },
  { role: "member", email: "planning@maasvlakte-terminal.example", secondFactor: false },
  { role: "association analyst", email: "analist@havenvereniging.example", secondFactor: true },
  { role: "analyst, public", email: "analist@publieke-havens.example", secondFactor: true },
  { role: "customs reviewer", email: "reviewer@douane.example", secondFactor: true },
  { role: "platform admin", email: "beheer@weerbaar.example", secondFactor: true },
] as const;
