import type { Browser, Cookie } from "@playwright/test";
import { expect, signedIn, test, uniqueEmail } from "./fixtures";

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
  await page.goto("/organisation");
  const email = uniqueEmail("lid");
  await page.getByLabel("E-mailadres van uw collega").fill(email);
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();
  const memberContext = await browser.newContext({ baseURL });
  const member = await memberContext.newPage();
  await member.goto(link);
  await member.getByLabel("Uw naam").fill("Nieuw Lid");
  await member.getByLabel("Wachtwoord").fill("een lang wachtwoord 2026");
  await member.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(member).not.toHaveURL(/invitations/);
  const cookies = await memberContext.cookies();
  expect(await replay(browser, baseURL!, cookies)).toBe("in");

  await page.reload();
  await page.getByRole("button", { name: "Verwijder Nieuw Lid" }).click();
  await expect(page.getByRole("button", { name: "Verwijder Nieuw Lid" })).toHaveCount(0);
  expect(await replay(browser, baseURL!, cookies)).toMatch(/^\/signin/);
  await memberContext.close();
});
