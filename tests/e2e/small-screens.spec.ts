import type { Page } from "@playwright/test";
import { expect, signedIn, signUpTerminal, test, uniqueEmail } from "./fixtures";

const NARROW = { width: 320, height: 640 };

/**
 * The elements that stick out beyond the right edge of the window, outside the regions that
 * scroll sideways on purpose (wide tables), when the page scrolls sideways: the culprits.
 */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (element: Element) => getComputedStyle(element).overflowX !== "visible";
    const inScrollRegion = (element: Element): boolean =>
      element.parentElement !== null &&
      element.parentElement !== document.body &&
      (scrolls(element.parentElement) || inScrollRegion(element.parentElement));
    const out = [...document.body.querySelectorAll("*")]
      .filter((element) => !inScrollRegion(element) && element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
    return document.documentElement.scrollWidth > width ? out : [];
  });
}

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  expect(await sticksOut(page), path).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(NARROW.width);
}

test.use({ viewport: NARROW });

test("at 320 pixels wide no page scrolls sideways, also for a person with a very long name", async ({ page }) => {
  const name = "Maximiliaan Alexander van der Westerhuizen-Beveiligingsorganisatiecoördinator";
  await signUpTerminal(page, uniqueEmail("smal"), { adminName: name });
  await expect(page.locator(".site-header")).toContainText(name);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeInViewport({ ratio: 1 });
  for (const path of ["/", "/advice", "/scoring", "/assessments", "/organisation"]) {
    await expectNoSidewaysScroll(page, path);
  }
  // An open invitation names its address, which can be longer than the screen is wide.
  await page.getByLabel("E-mailadres van uw collega").fill(uniqueEmail("een-heel-lange-uitnodiging-voor-beveiliging"));
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  await expect(page.getByLabel("Uitnodigingslink")).toHaveValue(/\/invitations\//);
  // The button beside the link keeps its word whole (one line is about 42 px, two about 63).
  expect((await page.getByRole("button", { name: "Kopiëren" }).boundingBox())!.height).toBeLessThan(50);
  await expectNoSidewaysScroll(page, "/organisation");
  await page.goto("/assessments");
  await page.getByRole("button", { name: "Start: Weerbaarheidsscan haven en logistiek" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  const assessment = page.url().replace(/\/profile$/, "");
  for (const path of ["/profile", "/themes/p1", "/review", "/report"]) {
    await expectNoSidewaysScroll(page, new URL(assessment + path).pathname);
  }
});

test("at 320 pixels wide the benchmark and the customs overview do not scroll sideways", async ({ browser }) => {
  const analyst = await browser.newPage({ viewport: NARROW, locale: "nl-NL" });
  await signedIn(analyst, "analist@havenvereniging.example");
  await expectNoSidewaysScroll(analyst, "/benchmarks/port-logistics");
  await analyst.close();
  const reviewer = await browser.newPage({ viewport: NARROW, locale: "nl-NL" });
  await signedIn(reviewer, "reviewer@douane.example");
  await expectNoSidewaysScroll(reviewer, "/customs");
  await reviewer.close();
});

test("at 390 pixels wide the header takes at most two lines", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signedIn(page, "beveiliging@maasvlakte-terminal.example");
  await page.goto("/organisation");
  const lineHeight = await page.locator(".brand").evaluate((brand) => brand.getBoundingClientRect().height);
  const header = await page.locator(".site-header__inner").boundingBox();
  expect(header!.height).toBeLessThan(lineHeight * 2 + 48);
});

test("at 390 pixels wide every table fits its card or scrolls in a region that is named and reached by keyboard", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signedIn(page, "security@noordzee-logistiek.example");
  await page.goto("/assessments");
  await page.locator(".scan-status").getByRole("link", { name: "Rapport bekijken" }).click();
  await expect(page).toHaveURL(/\/report$/);
  const assessment = page.url().replace(/\/report$/, "");
  for (const path of [
    "/assessments",
    "/organisation",
    `${assessment}/review`,
    `${assessment}/report`,
    `${assessment}/actions`,
  ]) {
    await page.goto(path);
    // Once the page's script has looked, a table region that scrolls says which way.
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".table-scroll")].every(
        (room) => room.scrollWidth <= room.clientWidth + 1 || room.hasAttribute("data-more"),
      ),
    );
    const tables = await page.locator("table").evaluateAll((all) =>
      all.map((table) => {
        const room = table.parentElement!;
        const label = document.getElementById(room.getAttribute("aria-labelledby") ?? "");
        return {
          caption: table.querySelector("caption")?.textContent ?? "",
          wrapped: room.classList.contains("table-scroll"),
          scrolls: room.scrollWidth > room.clientWidth + 1,
          region: room.getAttribute("role") === "region" && room.tabIndex === 0 && Boolean(label?.textContent),
          inView: room.getBoundingClientRect().right <= window.innerWidth + 0.5,
        };
      }),
    );
    expect(tables.length, path).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table, `${path}: ${table.caption}`).toMatchObject({ wrapped: true, inView: true });
      if (table.scrolls) expect(table.region, `${path}: ${table.caption}`).toBe(true);
    }
  }
});

test("at 390 and 320 pixels wide the participation tables fit their cards without scrolling", async ({ page }) => {
  await signedIn(page, "analist@havenvereniging.example");
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of ["/association", "/benchmarks/port-logistics"]) {
      await page.goto(path);
      const table = page.getByRole("table", {
        name: /^Organisaties (in de laatste benchmarkrelease|met een ingediende zelfscan) per sector$/,
      });
      const header = table.getByRole("columnheader", { name: "Organisaties" });
      await header.scrollIntoViewIfNeeded();
      // Whole, not cut off by the edge of its card.
      await expect(header).toBeInViewport({ ratio: 1 });
      await expect(table.getByRole("row", { name: /^Havendienstverlener/ })).toContainText("minder dan 5 organisaties");
      // Nothing to scroll: the region it sits in is exactly as wide as its table.
      expect(
        await table.locator("xpath=..").evaluate((room) => room.scrollWidth <= room.clientWidth + 1),
        `${path} at ${width}`,
      ).toBe(true);
    }
  }
});
