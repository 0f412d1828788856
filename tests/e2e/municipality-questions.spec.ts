import { expect, expectAccessible, signedIn, startEmptyDraft, test } from "./fixtures";

test("a conditional question appears and disappears as the answer it depends on changes", async ({ page }) => {
  await signedIn(page, "security@gemeente-havenstad.example");
  await startEmptyDraft(page);
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto(page.url().replace(/\/profile$/, "/themes/g3"));
  const policy = page.getByRole("group", { name: /actuele beleidsregel Bibob/ });
  const scope = page.getByRole("group", { name: "Op welke besluiten past u Bibob in de praktijk toe?" });
  await expect(scope).toHaveCount(0);
  await policy.getByLabel("Ja, actueel en aangepast aan de Omgevingswet").check();
  await expect(scope).toBeVisible();
  await expectAccessible(page);
  await policy.getByLabel("Nee, er is geen beleidsregel Bibob").check();
  await expect(scope).toHaveCount(0);
  await expect(policy.getByRole("status")).toHaveText("Opgeslagen");
  await page.reload();
  await expect(scope).toHaveCount(0);
});

test("the questionnaire reads in English after the language switch", async ({ page }) => {
  await signedIn(page, "security@gemeente-havenstad.example");
  await startEmptyDraft(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation's profile" })).toBeVisible();
  await expect(page.getByText(/questions answered/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save and continue" })).toBeVisible();
  await expectAccessible(page);
});
