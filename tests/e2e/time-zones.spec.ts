import { confirmWithPassword, DEMO_PASSWORD, expect, signedIn, test } from "./fixtures";

// The server runs in UTC (playwright.config.ts sets TZ); this browser is in Amsterdam. A date
// formatted in either zone would differ between the HTML and the hydrated page, which React
// reports as a console error, and the fixture fails the test on any.
test.use({ timezoneId: "Europe/Amsterdam", locale: "nl-NL" });

test("dates and times read the same on the server's HTML and in a browser in another time zone", async ({ page }) => {
  await signedIn(page, "beveiliging@maasvlakte-terminal.example", DEMO_PASSWORD);
  // The sharing page asks for the password first.
  await page.goto("/organisation/sharing");
  await confirmWithPassword(page);
  await expect(page.getByRole("table", { name: "Inzagen van uw gedeelde rapporten" })).toBeVisible();
  // A personal token shows the time it was made: a clock time, which differs by zone.
  await page.goto("/settings");
  await page.getByLabel("Naam van de sleutel").fill("tijdzone");
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByRole("cell", { name: "tijdzone", exact: true })).toBeVisible();
  for (const path of ["/settings", "/organisation/sharing", "/organisation", "/assessments"]) {
    const html = await (await page.request.get(path)).text();
    await page.goto(path);
    // Every time shown after hydration is the one the server wrote.
    const times = await page
      .locator("main td, main p")
      .filter({ hasText: /\d{1,2}:\d{2}/ })
      .allTextContents();
    for (const time of times.slice(0, 5)) {
      const clock = /\d{1,2}:\d{2}/.exec(time)![0];
      expect(html, `${path}: ${time}`).toContain(clock);
    }
  }
});
