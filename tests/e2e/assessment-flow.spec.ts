import { expect, expectAccessible, signUpTerminal, test, uniqueEmail } from "./fixtures";

const PORT = "Weerbaarheidsscan haven en logistiek";

test("one draft per questionnaire: a second start continues it, the home shows its progress, deleting asks first", async ({
  page,
  baseURL,
}) => {
  await signUpTerminal(page, uniqueEmail("flow"));
  await page.goto("/assessments");
  await page.getByRole("button", { name: `Start: ${PORT}` }).click();
  await expect(page).toHaveURL(/\/profile$/);
  const draft = page.url().split("/")[4]!;

  // The list and the organisation's home offer to continue, with the progress, and no second start.
  for (const path of ["/assessments", "/organisation"]) {
    await page.goto(path);
    const card = page.locator(".scan-status");
    await expect(card.getByText(/^0 van \d+ vragen beantwoord$/)).toBeVisible();
    await expect(card.getByRole("link", { name: `Verder invullen: ${PORT}` })).toHaveAttribute(
      "href",
      `/assessments/${draft}`,
    );
    await expect(page.getByRole("button", { name: /^Start:/ })).toHaveCount(0);
    await expectAccessible(page);
  }

  // A start posted from an old page finds the open draft instead of making another.
  const again = await page.request.post("/assessments", {
    form: { questionnaireId: "port-logistics" },
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(again.headers().location).toBe(`/assessments/${draft}?resumed`);
  await page.goto(again.headers().location!);
  await expect(page.getByRole("status")).toHaveText("U had deze zelfscan al open staan: u gaat verder waar u was.");
  await expect(page.getByRole("link", { name: "Verder invullen" })).toHaveAttribute(
    "href",
    `/assessments/${draft}/profile`,
  );

  // Deleting asks first; "no" keeps the draft.
  await page.getByRole("link", { name: "Concept verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Concept verwijderen?" })).toBeVisible();
  await expect(page.getByText(/0 van \d+ vragen beantwoord/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nee, terug naar het concept" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${draft}$`));
  await page.getByRole("link", { name: "Concept verwijderen" }).click();
  await page.getByRole("button", { name: "Ja, concept verwijderen" }).click();
  await expect(page).toHaveURL(/\/assessments\?discarded$/);
  await expect(page.getByRole("status")).toHaveText("Het concept is verwijderd.");
  await expect(page.getByRole("button", { name: `Start: ${PORT}` })).toBeVisible();
  expect((await page.request.get(`/assessments/${draft}`)).status()).toBe(404);
});
