import { DEMO_PASSWORD, discardOpenDraft, expect, expectAccessible, signedIn, test } from "./fixtures";

// The demo terminal answered version 1 half a year ago and version 2 last week.
test("a re-assessment from a version-1 assessment keeps the unchanged answers and names what version 2 added or changed", async ({
  page,
}) => {
  await signedIn(page, "beveiliging@maasvlakte-terminal.example", DEMO_PASSWORD);

  // The latest report compares with the version-1 one by theme, and says so.
  await page.goto("/assessments");
  const submitted = await page
    .getByRole("row")
    .filter({ hasText: "Ingediend" })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  await page.goto(`${submitted[0]}/report`);
  await expect(
    page.getByText("De vorige zelfscan is gemaakt met versie 1 van de vragenlijst, deze met versie 2."),
  ).toBeVisible();

  // One draft per questionnaire: an open one (from another test) goes first.
  await page.goto("/assessments");
  await discardOpenDraft(page);
  await page.goto(`${submitted.at(-1)}/review`);
  await page.getByRole("button", { name: "Nieuwe zelfscan starten vanuit deze" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  // Answers to questions that stayed the same were carried over.
  await expect(
    page
      .getByRole("group", { name: /Welke rol\(len\)/ })
      .getByRole("checkbox", { checked: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/^\d+ van \d+ vragen beantwoord/)).not.toHaveText(/^0 van/);

  await page.goto(page.url().replace(/\/profile$/, ""));
  const changes = page.getByRole("region", { name: "Nieuw in versie 2 van de vragenlijst" });
  await expect(changes).toContainText("gemaakt met versie 1");
  await expectAccessible(page);
  const waiting = changes.getByRole("listitem");
  const before = await waiting.count();
  expect(before).toBeGreaterThan(0);
  await expect(changes).toContainText("nieuw");

  // Following the first one leads to the question; answering it takes it off the list.
  const first = waiting.first();
  const question = (await first.getByRole("link").textContent())!;
  await first.getByRole("link").click();
  const group = page.getByRole("group", { name: question }).first();
  await expect(group).toBeVisible();
  await group.locator("input[type=radio], input[type=checkbox]").first().check();
  await expect(group.getByRole("status")).toHaveText("Opgeslagen");
  await page.goto(page.url().replace(/\/(profile|themes\/\w+)(#.*)?$/, ""));
  await expect(changes.getByRole("listitem")).toHaveCount(before - 1);
});
