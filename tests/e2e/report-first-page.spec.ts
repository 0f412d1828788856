import { expect, expectAccessible, signedIn, test } from "./fixtures";

test("a small haulier's report opens with who, when, the level and what to do first, the rest of the advice folded", async ({
  page,
}) => {
  // A road haulier of 10–49 people.
  await signedIn(page, "security@noordzee-logistiek.example");
  await page.goto("/assessments");
  await page.locator(".scan-status").getByRole("link", { name: "Rapport bekijken" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Rapport van Noordzee Logistiek Transport" })).toBeVisible();
  await expect(page.locator(".report__meta")).toHaveText(/, versie \d+ · Ingediend op \d+ \w+ \d{4}$/);
  const overall = page.getByRole("region", { name: "Uw organisatie in één oogopslag" });
  await expect(overall).toContainText(/(Laag|Middelmatig|Hoog|Kritiek) risico: /);

  const first = page.getByRole("region", { name: "Begin hier" });
  await expect(first).toContainText("van een organisatie met 10–49 medewerkers");
  const steps = first.getByRole("listitem");
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  for (const step of await steps.all()) {
    await expect(step).toContainText(/Waarom: ‘.+’ is nog niet op orde\./);
    // The step names its theme once, after its title: read aloud, a second mention is noise.
    const theme = /^.+? \((.+?)\)\n/.exec(await step.innerText())?.[1];
    expect(theme).toBeTruthy();
    expect((await step.innerText()).split(theme!).length - 1).toBe(1);
  }
  // The same advice carries the "start here" mark where it stands under its theme.
  await expect(page.locator(".badge--start")).toHaveCount(count);
  // Each theme's advice is folded, and its figures and reasons come before it.
  const folded = page.locator("details.theme-advice");
  expect(await folded.count()).toBeGreaterThan(0);
  expect(await folded.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
  // It opens from the keyboard.
  await folded.first().locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(folded.first().locator(".advice").first()).toBeVisible();
  // So are a theme's reasons, under a summary that counts them.
  const why = page.locator("details.theme-why");
  expect(await why.count()).toBeGreaterThan(0);
  await expect(why.first().locator("summary")).toHaveText(
    /^Waarom: (het antwoord dat|de \d+ antwoorden die) de meeste punten kost/,
  );
  await expect(why.first().locator("li").first()).toBeHidden();
  await why.first().locator("summary").press("Space");
  await expect(why.first().locator("li").first()).toBeVisible();
  await expectAccessible(page);

  const appendix = page.getByRole("heading", { name: /^Bijlage:/ });
  await expect(appendix).toBeHidden();

  // On paper the first page ends after the first steps, and the folded advice stays off it.
  await page.emulateMedia({ media: "print" });
  expect(await first.evaluate((el) => getComputedStyle(el).breakAfter)).toBe("page");
  // Each first step's effort and impact are no larger than the step they follow.
  for (const meta of await first.locator(".advice__meta").all())
    expect(
      await meta.evaluate(
        (el) => parseFloat(getComputedStyle(el).fontSize) <= parseFloat(getComputedStyle(el.parentElement!).fontSize),
      ),
    ).toBe(true);
  await expect(folded.first()).toBeHidden();
  // Paper cannot unfold: a theme's reasons print open, also where nobody opened them.
  await expect(why.last().locator("li").first()).toBeVisible();
  // The themes' figures come next, every column on the paper; the details follow as an appendix.
  await expect(appendix).toBeVisible();
  expect(await appendix.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
  const table = page.locator(".table-scroll").first();
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // A4 with 15 mm margins: the first page, the themes' page and an appendix of a few pages (it was 11).
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(7);
});
