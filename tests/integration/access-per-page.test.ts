import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "../../db/client";
import { users } from "../../db/schema";
import { getAccess } from "~/models/access.server";
import { startSession } from "~/models/session.server";
import { organisationWithAdmin, requestWithCookie } from "../fixtures/accounts";
import { BACKENDS, useFreshDatabase } from "./databases";

describe.each(BACKENDS)("who is signed in, per page on %s", (backend) => {
  useFreshDatabase(backend);

  it("is read once for all loaders of a page, and anew for an action and for the next request", async () => {
    const admin = await organisationWithAdmin("admin@memo.example");
    const cookie = await startSession(requestWithCookie(), admin.userId);
    const context = (): AppLoadContext => ({ cspNonce: "", clientAddress: null });
    const page = context();
    const [root, route] = await Promise.all([
      getAccess(requestWithCookie(cookie), page),
      getAccess(requestWithCookie(cookie), page),
    ]);
    expect(root?.user.id).toBe(admin.userId);
    expect(route).toBe(root);

    // Deactivating ends the session on the next read: a loader of the same page does not read again.
    await database().update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, admin.userId));
    expect(await getAccess(requestWithCookie(cookie), page)).toBe(root);
    expect(await getAccess(requestWithCookie(cookie), context())).toBeNull();
    const post = new Request("http://localhost/", { method: "POST", headers: { Cookie: cookie.split(";")[0]! } });
    expect(await getAccess(post, page)).toBeNull();
  });
});
