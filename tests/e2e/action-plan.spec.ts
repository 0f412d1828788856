import { expect, expectAccessible, signedIn, test } from "./fixtures";

test("the report's first steps are proposed for the plan; each action gets a member as owner, a status and a date; overdue ones are flagged and carry over", async ({
  page,
}) => {
  await signedIn(page, "security@delta-forwarding.example");
  await page.goto("/assessments");
  await page.locator(".scan-status").getByRole("link", { name: "Rapport bekijken" }).click();
  await page.getByRole("link", { name: "Actieplan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actieplan" })).toBeVisible();
  await expect(page.getByText(/^0 van \d+ adviezen in het plan, 0 afgerond, 0 over de datum\.$/)).toBeVisible();
  await expectAccessible(page);

  // Nothing is planned until it is added: proposals show no status, the report's first steps on top.
  const proposals = page.getByRole("table", { name: "Advies dat nog niet in het plan staat" });
  await expect(proposals).not.toContainText("Gepland");
  const firstProposal = proposals.getByRole("row").nth(1);
  await expect(firstProposal).toContainText("Begin hier");
  const title = (await firstProposal.getByRole("rowheader").evaluate((th) => th.firstChild?.textContent ?? "")).trim();
  // The advice's steps open on request.
  await firstProposal.getByText("Stappen", { exact: true }).click();
  await expect(firstProposal.getByRole("listitem").first()).toBeVisible();
  await firstProposal.getByRole("button", { name: `In actieplan zetten: ${title}` }).click();

  const plan = page.getByRole("table", { name: "Acties met eigenaar, status en datum" });
  const row = plan.getByRole("row").filter({ hasText: title });
  await expect(row.getByLabel(`Status van ${title}`)).toHaveValue("planned");
  // The owner is one of the organisation's members.
  const owner = row.getByLabel(`Eigenaar van ${title}`);
  const member = (await owner.locator("option").nth(1).textContent())!;
  await owner.selectOption({ label: member });
  await row.getByLabel(`Status van ${title}`).selectOption("in_progress");
  await row.getByLabel(`Gereed op, ${title}`).fill("2026-01-15");
  await row.getByRole("button", { name: `Bijwerken: ${title}` }).click();
  await expect(row.getByRole("status")).toHaveText("Opgeslagen.");
  await expect(row).toContainText("Over de datum (15 jan 2026)");
  await expect(page.getByText(/^1 van \d+ adviezen in het plan, 0 afgerond, 1 over de datum\.$/)).toBeVisible();

  // "Not relevant" needs a reason, shown beside the field.
  const second = proposals.getByRole("row").nth(1);
  const secondTitle = (await second.getByRole("rowheader").evaluate((th) => th.firstChild?.textContent ?? "")).trim();
  await second.getByRole("button", { name: `In actieplan zetten: ${secondTitle}` }).click();
  const secondRow = plan.getByRole("row").filter({ hasText: secondTitle });
  await secondRow.getByLabel(`Status van ${secondTitle}`).selectOption("not_relevant");
  await secondRow.getByRole("button", { name: `Bijwerken: ${secondTitle}` }).click();
  await expect(secondRow.getByRole("alert")).toHaveText("Geef aan waarom deze actie niet relevant is.");
  await expect(secondRow.getByLabel("Reden (bij niet relevant)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.goto("/assessments");
  await expect(page.getByRole("heading", { name: "Open acties" })).toBeVisible();
  await expect(page.getByText("2 open, waarvan 1 over de datum.")).toBeVisible();
  await expect(page.getByRole("link", { name: `${title}: gepland voor 15 januari 2026` })).toBeVisible();

  // A new assessment, which starts from the submitted one, keeps the plan.
  await page.getByRole("button", { name: /^Start:/ }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto(page.url().replace(/\/profile$/, "/actions"));
  const carried = page.getByRole("table", { name: "Acties met eigenaar, status en datum" }).getByRole("row").filter({
    hasText: title,
  });
  await expect(carried.getByLabel(`Status van ${title}`)).toHaveValue("in_progress");
  await expect(carried.getByLabel(`Eigenaar van ${title}`).locator("option:checked")).toHaveText(member);
});
