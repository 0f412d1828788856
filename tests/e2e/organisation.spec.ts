import { expect, expectAccessible, signIn, test } from "./fixtures";

test("an org admin edits the organisation profile, and a bad KvK number changes nothing", async ({ page }) => {
  await signIn(page, "security@vandijk-transport.example");
  await expect(page).toHaveURL(/\/organisation$/);
  await page.getByRole("link", { name: "Profiel wijzigen" }).click();
  await expect(page.getByRole("heading", { name: "Profiel wijzigen" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("KvK-nummer (optioneel)").fill("12ab");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Een KvK-nummer bestaat uit 8 cijfers.")).toBeVisible();
  await page.goto("/organisation");
  await expect(page.getByRole("definition").filter({ hasText: "24007091" })).toBeVisible();

  await page.getByRole("link", { name: "Profiel wijzigen" }).click();
  await page.getByLabel("Naam van de organisatie").fill("Van Dijk Transport & Logistiek");
  await page.getByLabel("Aantal medewerkers").selectOption("50-249");
  await page.getByLabel("KvK-nummer (optioneel)").fill("");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page).toHaveURL(/\/organisation$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Van Dijk Transport & Logistiek");
  await expect(page.getByRole("definition").filter({ hasText: "50–249 medewerkers" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Niet opgegeven" })).toBeVisible();
});

test("a form posted after the session ended changes nothing and says so", async ({ page, context }) => {
  await signIn(page, "security@delta-forwarding.example");
  await expect(page).toHaveURL(/\/organisation$/);
  await context.clearCookies();
  await page.getByLabel("E-mailadres van uw collega").fill("nieuw@delta-forwarding.example");
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  await expect(page).toHaveURL(/\/signin\?/);
  await expect(page.getByRole("status")).toContainText("U was uitgelogd, daarom is er niets opgeslagen.");
  await expectAccessible(page);

  await page.getByLabel("E-mailadres").fill("security@delta-forwarding.example");
  await page.getByLabel("Wachtwoord").fill("weerbaar-demo-2026");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/organisation$/);
  await expect(page.getByText("nieuw@delta-forwarding.example")).toHaveCount(0);
});

test("a member cannot post admin actions", async ({ page, request }) => {
  await signIn(page, "planning@maasvlakte-terminal.example");
  await expect(page).toHaveURL(/\/organisation$/);
  await expect(page.getByRole("heading", { name: "Leden (2)" })).toBeVisible();
  const response = await page.request.post("/organisation/invitations", {
    form: { email: "indringer@example.com" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(404);
  // A cross-site post is refused before any route runs.
  const crossSite = await request.post("/signout", { headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
});
