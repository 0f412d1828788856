import type { Browser, Cookie } from "@playwright/test";
import { expect, inviteMember, signedIn, test } from "./fixtures";

/** Replays a copied session cookie in a fresh browser context, as a thief would. */
async function replay(browser: Browser, baseURL: string, cookies: Cookie[]) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies(cookies);
  const response = await context.request.get("/organisation", { maxRedirects: 0 });
  await context.close();
  return response.status() === 200 ? "in" : (response.headers().location ?? String(response.status()));
}

test("a session cookie stops working after sign-out", async ({ page, browser, baseURL }) => {
  await signedIn(page, "security@brabant-trucking.example");
  const cookies = await page.context().cookies();
  expect(await replay(browser, baseURL!, cookies)).toBe("in");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
  expect(await replay(browser, baseURL!, cookies)).toMatch(/^\/signin/);
});

test("a member's session ends when the admin removes them", async ({ page, browser, baseURL }) => {
  // The admin invites a new member, who joins and signs in.
  await signedIn(page, "security@delta-forwarding.example");
  const memberContext = await browser.newContext({ baseURL });
  await inviteMember(page, await memberContext.newPage(), "Nieuw Lid");
  const cookies = await memberContext.cookies();
  expect(await replay(browser, baseURL!, cookies)).toBe("in");

  await page.reload();
  await page.getByRole("button", { name: "Verwijder Nieuw Lid" }).click();
  await expect(page.getByRole("button", { name: "Verwijder Nieuw Lid" })).toHaveCount(0);
  expect(await replay(browser, baseURL!, cookies)).toMatch(/^\/signin/);
  await memberContext.close();
});
