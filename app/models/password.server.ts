import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random password: checking against it for unknown e-mail addresses makes a
// sign-in for an account that does not exist take as long as one that does.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hash(crypto.randomUUID());
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

// Only passwords long enough to pass the length rule can matter; the rest are refused anyway.
let common: Set<string> | undefined;

export async function isCommonPassword(password: string, email?: string): Promise<boolean> {
  if (!common) {
    const { dictionary } = await import("@zxcvbn-ts/language-common");
    common = new Set(dictionary["passwords-common"].filter((p) => p.length >= 12));
  }
  const lowered = password.toLowerCase();
  return common.has(lowered) || (email !== undefined && lowered === email.toLowerCase());
}
