import { and, eq, gt, isNull } from "drizzle-orm";
import { database } from "../../db/client";
import { apiTokens, sessions } from "../../db/schema";
import { hashToken, liveSessionOf } from "./session.server";

// The same reading of the header as userOfBearer: what the API accepts is what is counted.
const BEARER = /^Bearer\s+(wbr_[A-Za-z0-9_-]{43})$/;

// Read as the routes read them, so junk cookies or a made-up token never name a new caller.
export async function personOfRequest(headers: { authorization?: string; cookie?: string }): Promise<string | null> {
  if (headers.authorization !== undefined) {
    const token = BEARER.exec(headers.authorization)?.[1];
    if (!token) return null;
    const [row] = await database()
      .select({ userId: apiTokens.userId })
      .from(apiTokens)
      .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
    return row?.userId ?? null;
  }
  if (!headers.cookie) return null;
  const session = await liveSessionOf(new Request("http://localhost/", { headers: { cookie: headers.cookie } }));
  if (!session) return null;
  const [row] = await database()
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(
      and(
        eq(sessions.idHash, session.idHash),
        gt(sessions.expiresAt, new Date(session.now)),
        gt(sessions.lastSeenAt, new Date(session.idleSince)),
      ),
    );
  return row?.userId ?? null;
}
