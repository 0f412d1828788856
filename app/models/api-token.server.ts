import { and, desc, eq, isNull } from "drizzle-orm";
import { database } from "../../db/client";
import { apiTokens } from "../../db/schema";
import { recordAudit, type Actor } from "./audit.server";
import { hashToken, newToken } from "./session.server";

/** Tokens start with a recognisable prefix, so a leaked one is easy to find in logs and code. */
const PREFIX = "wbr_";

export async function createApiToken(actor: Actor, name: string): Promise<string> {
  const token = `${PREFIX}${newToken()}`;
  await database().transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name, tokenHash: hashToken(token) })
      .returning({ id: apiTokens.id });
    await recordAudit(actor, { action: "api_token_created", objectType: "api_token", objectId: row?.id }, tx);
  });
  return token;
}

export async function listApiTokens({ userId }: { userId: string }) {
  return database()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<boolean> {
  return database().transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) return false;
    await recordAudit(actor, { action: "api_token_revoked", objectType: "api_token", objectId: row.id }, tx);
    return true;
  });
}

export async function userOfBearer(request: Request): Promise<string | null> {
  const match = /^Bearer\s+(wbr_[A-Za-z0-9_-]{43})$/.exec(request.headers.get("Authorization") ?? "");
  if (!match?.[1]) return null;
  const [row] = await database()
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.tokenHash, hashToken(match[1])), isNull(apiTokens.revokedAt)))
    .returning({ userId: apiTokens.userId });
  return row?.userId ?? null;
}
