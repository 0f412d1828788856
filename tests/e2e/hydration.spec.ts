import { expect, signedIn, test } from "./fixtures";

// A person clicks as soon as they see the page; on a slow device the page's script is then
// often still starting. The CPU is slowed twelvefold so that clicks land in that moment.
test("clicks on a slow device while a page is still starting open the next page without errors", async ({ page }) => {
  // Twelve times slower than the machine it runs on: a busy machine must not fail it.
  test.slow();
  await signedIn(page, "security@gemeente-havenstad.example");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 12 });
  const toEnglish = { switchTo: "English", assessments: "Self-assessments" };
  const toDutch = { switchTo: "Nederlands", assessments: "Zelfscans" };
  for (let round = 0; round < 12; round++) {
    const { switchTo, assessments } = round % 2 === 0 ? toEnglish : toDutch;
    // The language switch reloads the whole page; the next click comes straight after.
    await page.getByRole("button", { name: switchTo }).click();
    await page.getByRole("navigation").getByRole("link", { name: assessments }).click();
    await expect(page.getByRole("heading", { level: 1, name: assessments })).toBeVisible();
  }
});
