import type { Browser, Cookie, Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  inviteMember,
  signedIn,
  signIn,
  signUpTerminal,
  test,
  uniqueEmail,
  signOut,
} from "./fixtures";

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
  await signOut(page);
  expect(await replay(browser, baseURL!, cookies)).toMatch(/^\/signin/);
});

/** The admin on `page` invites a new colleague, who joins in a browser of their own; returns its cookies. */
async function newColleague(page: Page, browser: Browser, baseURL: string, name: string): Promise<Cookie[]> {
  const memberContext = await browser.newContext({ baseURL });
  await inviteMember(page, await memberContext.newPage(), name);
  const cookies = await memberContext.cookies();
  await memberContext.close();
  return cookies;
}

test("a member's session ends when the admin removes them", async ({ page, browser, baseURL }) => {
  await signedIn(page, "security@delta-forwarding.example");
  const cookies = await newColleague(page, browser, baseURL!, "Nieuw Lid");
  expect(await replay(browser, baseURL!, cookies)).toBe("in");

  await page.reload();
  await page.getByText("Verwijder Nieuw Lid", { exact: true }).click();
  await page.getByRole("button", { name: "Ja, verwijder Nieuw Lid" }).click();
  await expect(page.getByText("Verwijder Nieuw Lid", { exact: true })).toHaveCount(0);
  expect(await replay(browser, baseURL!, cookies)).toMatch(/^\/signin/);
});

test("an admin's session ends when their admin role is taken away", async ({ page, browser, baseURL }) => {
  await signedIn(page, "security@delta-forwarding.example");
  const cookies = await newColleague(page, browser, baseURL!, "Tijdelijk Beheerder");
  await page.reload();
  await page.getByRole("button", { name: "Maak Tijdelijk Beheerder beheerder" }).click();
  await expect(page.getByRole("button", { name: "Maak Tijdelijk Beheerder lid" })).toBeVisible();
  // Made admin, the colleague keeps the session they had.
  expect(await replay(browser, baseURL!, cookies)).toBe("in");
  await page.getByRole("button", { name: "Maak Tijdelijk Beheerder lid" }).click();
  await expect(page.getByRole("button", { name: "Maak Tijdelijk Beheerder beheerder" })).toBeVisible();
  expect(await replay(browser, baseURL!, cookies)).toMatch(/^\/signin/);
  await page.getByText("Verwijder Tijdelijk Beheerder", { exact: true }).click();
  await page.getByRole("button", { name: "Ja, verwijder Tijdelijk Beheerder" }).click();
});

test("a password change ends every other session, keeps this one, and refuses a common password", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("wissel");
  const oldPassword = "het oude wachtwoord 2026";
  const newPassword = "het nieuwe wachtwoord 2026";
  await signUpTerminal(page, email, { organisation: "Wissel Wachtwoord Terminal", password: oldPassword });

  // The same person is signed in on a second computer.
  const otherContext = await browser.newContext({ baseURL });
  await signedIn(await otherContext.newPage(), email, oldPassword);
  const otherCookies = await otherContext.cookies();
  expect(await replay(browser, baseURL!, otherCookies)).toBe("in");

  await page.goto("/settings");
  const form = page.getByRole("region", { name: "Wachtwoord wijzigen" });
  await form.getByLabel("Huidig wachtwoord").fill(oldPassword);
  await form.getByLabel("Nieuw wachtwoord").fill("1qaz2wsx3edc");
  await form.getByRole("button", { name: "Wijzig wachtwoord" }).click();
  await expect(form.getByText("Dit wachtwoord is te makkelijk te raden")).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel("Huidig wachtwoord").fill("niet het goede wachtwoord");
  await form.getByLabel("Nieuw wachtwoord").fill(newPassword);
  await form.getByRole("button", { name: "Wijzig wachtwoord" }).click();
  await expect(form.getByText("Het huidige wachtwoord klopt niet.")).toBeVisible();
  expect(await replay(browser, baseURL!, otherCookies)).toBe("in");

  await form.getByLabel("Huidig wachtwoord").fill(oldPassword);
  await form.getByLabel("Nieuw wachtwoord").fill(newPassword);
  await form.getByRole("button", { name: "Wijzig wachtwoord" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw wachtwoord is gewijzigd. Alle andere sessies zijn uitgelogd.");
  expect(await replay(browser, baseURL!, otherCookies)).toMatch(/^\/signin/);
  expect(await replay(browser, baseURL!, await page.context().cookies())).toBe("in");
  await otherContext.close();

  await signOut(page);
  await signIn(page, email, oldPassword);
  await expect(page.getByRole("alert")).toHaveText("Het e-mailadres of het wachtwoord klopt niet.");
  await signedIn(page, email, newPassword);
});
