import { expect, expectAccessible, signedIn, test } from "./fixtures";

test("advice becomes actions with owner and due date; overdue ones show on the dashboard and carry over", async ({
  page,
}) => {
  await signedIn(page, "security@delta-forwarding.example");
  await page.goto("/assessments");
  await page.getByRole("row").filter({ hasText: "Ingediend" }).first().getByRole("link").click();
  await page.getByRole("link", { name: "Rapport bekijken" }).click();
  await page.getByRole("link", { name: "Actieplan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actieplan" })).toBeVisible();
  await expectAccessible(page);

  const first = page.locator(".action-list > li").first();
  const title = await first.locator("h2").textContent();
  await first.getByLabel("Status", { exact: true }).selectOption("in_progress");
  await first.getByLabel("Eigenaar", { exact: true }).fill("HR-manager");
  await first.getByLabel("Gereed op").fill("2026-01-15");
  await first.getByRole("button", { name: "In actieplan zetten" }).click();
  await expect(first.getByRole("status")).toHaveText("Opgeslagen.");

  const second = page.locator(".action-list > li").nth(1);
  await second.getByLabel("Status", { exact: true }).selectOption("not_relevant");
  await second.getByRole("button", { name: "In actieplan zetten" }).click();
  await expect(second.getByRole("alert")).toHaveText("Geef aan waarom deze actie niet relevant is.");

  await page.goto("/assessments");
  await expect(page.getByRole("heading", { name: "Open acties" })).toBeVisible();
  await expect(page.getByText("1 open, waarvan 1 over de datum.")).toBeVisible();
  await expect(page.getByRole("link", { name: `${title}: gepland voor 15 januari 2026` })).toBeVisible();
  await expectAccessible(page);

  // A new assessment started from the submitted one keeps the plan.
  await page.getByRole("row").filter({ hasText: "Ingediend" }).first().getByRole("link").click();
  await page.getByRole("link", { name: "Controleren en indienen" }).click();
  await page.getByRole("button", { name: "Nieuwe zelfscan starten vanuit deze" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto(page.url().replace(/\/profile$/, "/actions"));
  const carried = page.locator(".action-list > li").filter({ hasText: title ?? "" });
  await expect(carried.getByLabel("Status", { exact: true })).toHaveValue("in_progress");
  await expect(carried.getByLabel("Eigenaar", { exact: true })).toHaveValue("HR-manager");
});
