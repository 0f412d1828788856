import type { Locator } from "@playwright/test";
import { CHART_BACKGROUND, contrastRatio } from "../../app/components/chart-style";
import { expect, expectAccessible, openLatestReport, signedIn, test } from "./fixtures";

/** Every chart of a region, once Chart.js has drawn it. */
async function drawnCharts(region: Locator, count: number) {
  const charts = region.locator(".chart");
  await expect(charts).toHaveCount(count);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute("data-drawn", "true");
  return charts;
}

/** The legend entries of a chart: label, colour, dash and point shape, as the page draws them. */
async function legendOf(chart: Locator) {
  return chart.locator(".chart__legend li").evaluateAll((items) =>
    items.map((li) => {
      const line = li.querySelector("line");
      const mark = li.querySelector("svg > *");
      return {
        label: li.textContent?.trim() ?? "",
        color: mark?.getAttribute("stroke") ?? mark?.getAttribute("fill") ?? "",
        dash: line?.getAttribute("stroke-dasharray") ?? "",
        point: li.querySelector("[data-point]")?.getAttribute("data-point") ?? "",
      };
    }),
  );
}

test("the report draws resilience and risk as horizontal bars that fit at 320 px, 390 px and on a desktop, and leave paper to the table", async ({
  page,
}) => {
  await openLatestReport(page, "security@brabant-trucking.example");
  const section = page.getByRole("region", { name: "Per thema" });
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const charts = await drawnCharts(section, 2);
    await expect(charts.and(page.locator(".chart--horizontal"))).toHaveCount(2);
    for (const chart of await charts.all()) {
      const figure = (await chart.locator("xpath=ancestor::figure").boundingBox())!;
      const canvas = (await chart.locator("canvas").boundingBox())!;
      // The chart takes the whole width of its figure, and no more.
      expect(canvas.x).toBeGreaterThanOrEqual(figure.x - 1);
      expect(canvas.x + canvas.width).toBeLessThanOrEqual(Math.min(figure.x + figure.width, width) + 1);
      expect(canvas.width).toBeGreaterThan(figure.width * 0.9);
      // Room for every theme's bar and its wrapped name: at least two lines each at 320 px.
      expect(canvas.height).toBeGreaterThan(width === 320 ? 10 * 2 * 15 : 10 * 20);
    }
  }
  // On paper the table beside the charts gives their figures, with each level in words, in less room.
  await page.emulateMedia({ media: "print" });
  await expect(section.locator(".chart")).toHaveCount(2);
  for (const chart of await section.locator(".chart").all()) await expect(chart).toBeHidden();
  await expect(section.getByRole("table", { name: /thema/ })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expectAccessible(page);
});

test("without JavaScript a chart says where its figures are instead of leaving an empty box", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
  const page = await context.newPage();
  await openLatestReport(page, "security@brabant-trucking.example");
  const charts = page.getByRole("region", { name: "Per thema" }).locator("figure");
  await expect(charts).toHaveCount(2);
  for (const figure of await charts.all()) {
    await expect(figure.getByText("Deze grafiek heeft JavaScript nodig")).toBeVisible();
    // No empty drawing area is left in the page.
    await expect(figure.locator("canvas")).toBeHidden();
  }
  await context.close();
});

test("trend lines each have a colour, dash and point of their own, and a suppressed group has no line or legend entry", async ({
  page,
  browser,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/benchmarks/port-logistics");
  const theme = page.getByRole("region", { name: "Containervrijgave, afhaalrecht en de Secure Chain", exact: true });
  await theme.scrollIntoViewIfNeeded();
  const charts = await drawnCharts(theme, 3);
  const legend = await legendOf(charts.nth(2));
  expect(legend.length).toBeGreaterThan(2);
  expect(legend.map((l) => l.label)).toContain("Terminaloperator");
  // Port services are below the minimum group in every release.
  expect(legend.map((l) => l.label)).not.toContain("Havendienstverlener");
  expect(new Set(legend.map((l) => l.color)).size).toBe(legend.length);
  expect(new Set(legend.map((l) => `${l.dash}|${l.point}`)).size).toBe(legend.length);
  for (const { color } of legend) expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);

  // The level shares: their legend names the four levels, each in a colour that stands out.
  const levels = await legendOf(charts.nth(1));
  expect(levels.map((l) => l.label)).toEqual(["Laag", "Middel", "Hoog", "Kritiek"]);
  for (const { color } of levels) expect(contrastRatio(color, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);

  const context = await browser.newContext({ locale: "nl-NL" });
  const reviewer = await context.newPage();
  await signedIn(reviewer, "reviewer@douane.example");
  await reviewer.goto("/customs");
  const overview = reviewer.getByRole("region", { name: "Weerbaarheidsscan haven en logistiek", exact: true });
  const trend = overview.locator("figure").filter({ hasText: "per sector en half jaar" }).locator(".chart");
  await trend.scrollIntoViewIfNeeded();
  await expect(trend).toHaveAttribute("data-drawn", "true");
  const sectors = (await legendOf(trend)).map((l) => l.label);
  expect(sectors).toContain("Terminaloperator");
  expect(sectors).not.toContain("Havendienstverlener");
  await context.close();
});

test("at 1280 px each benchmark theme's three charts stand in one row at a bounded height, so the page stays a few screens shorter", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/benchmarks/port-logistics");
  const themes = page.locator(".benchmark-theme");
  await expect(themes).toHaveCount(10);
  // Measured once every chart has drawn: until then each shows a short note instead.
  await drawnCharts(page.getByRole("main"), 30);
  // 11,400 px when each trend took the card's width at 20rem under the other two; 7,900 px now.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9000);
  for (const theme of await themes.all()) {
    const boxes = await theme
      .locator("figure")
      .evaluateAll((all) => all.map((figure) => figure.getBoundingClientRect()));
    expect(boxes).toHaveLength(3);
    expect(Math.max(...boxes.map((b) => b.top)) - Math.min(...boxes.map((b) => b.top))).toBeLessThan(2);
    for (const canvas of await theme.locator("canvas").all()) {
      const { width, height } = (await canvas.boundingBox())!;
      expect(width).toBeGreaterThan(250);
      expect(height).toBeGreaterThan(100);
      expect(height).toBeLessThan(260);
    }
  }
});

test("at 200% zoom or 200% text nothing sticky covers the benchmark page", async ({ page }) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/benchmarks/port-logistics");
  // 1280 × 900 at 200% zoom, and 1280 × 900 with text at 200% (media queries still see 16px to a rem).
  for (const { width, height, text } of [
    { width: 640, height: 450, text: "100%" },
    { width: 1280, height: 900, text: "200%" },
  ]) {
    await page.setViewportSize({ width, height });
    await page.evaluate((size) => (document.documentElement.style.fontSize = size), text);
    await page.getByRole("link", { name: "Containervrijgave, afhaalrecht en de Secure Chain" }).click();
    for (const at of [0.3, 0.6, 0.9]) {
      await page.evaluate((share) => window.scrollTo(0, document.body.scrollHeight * share), at);
      const covered = await page.evaluate(() => {
        let area = 0;
        for (const element of document.querySelectorAll("body *")) {
          const position = getComputedStyle(element).position;
          if (position !== "sticky" && position !== "fixed") continue;
          const box = element.getBoundingClientRect();
          const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
          const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
          area += width * height;
        }
        return area / (innerWidth * innerHeight);
      });
      expect(covered).toBeLessThanOrEqual(0.2);
    }
  }
});

test("the sector × theme table names themes by code, colours each cell by level with the level in words, and shows that it scrolls", async ({
  page,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/benchmarks/port-logistics");
  const card = page.getByRole("region", { name: "Mediaan risico per sector en thema" });
  const table = card.getByRole("table", { name: "Mediaan risico (0–100) met niveau, per sector en thema" });

  // A short code in sight, the whole name for screen readers, and a legend from code to name.
  const header = table.getByRole("columnheader", { name: "Containervrijgave, afhaalrecht en de Secure Chain" });
  await expect(header).toBeVisible();
  const code = (await header.locator("[aria-hidden=true]").innerText()).trim();
  expect(code).toMatch(/^T\d+$/);
  await expect(card.getByRole("definition").filter({ hasText: "Containervrijgave, afhaalrecht" })).toBeVisible();
  await expect(card.getByRole("term").filter({ hasText: new RegExp(`^${code}$`) })).toBeVisible();
  const headerRow = (await table.getByRole("row").first().boundingBox())!;
  expect(headerRow.height).toBeLessThan(80);

  // Every published figure is its level in words too, on a background of that level with text at 4.5:1 or more.
  const cells = await table.locator("td.heat").evaluateAll((tds) =>
    tds.map((td) => ({
      text: td.textContent ?? "",
      color: getComputedStyle(td).color,
      background: getComputedStyle(td).backgroundColor,
    })),
  );
  expect(cells.length).toBeGreaterThan(20);
  expect(new Set(cells.map((c) => c.background)).size).toBeGreaterThan(1);
  for (const cell of cells) {
    expect(cell.text).toMatch(/^\d+ (Laag|Middel|Hoog|Kritiek)$/);
    expect(contrastRatio(cell.color, cell.background)).toBeGreaterThanOrEqual(4.5);
  }

  // Too wide for a phone: a hint says so, and the region fades at its edge.
  // The scrolling region inside the card, named by the table's caption.
  const region = card.locator(".table-scroll");
  expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
  await expect(card.getByText("Schuif de tabel opzij")).toBeVisible();
  await expect(region).toHaveAttribute("data-more", "end");
  expect(await region.evaluate((r) => getComputedStyle(r).maskImage)).toContain("gradient");
  await region.evaluate((r) => r.scrollTo({ left: r.scrollWidth }));
  await expect(region).toHaveAttribute("data-more", "start");
  // A table that fits has neither.
  await page.setViewportSize({ width: 1600, height: 900 });
  // Loaded again on the wide screen, where the themes do not start folded.
  await page.reload();
  // A theme's table of level shares, named by its caption.
  await page.locator('details:has(.table-scroll[aria-labelledby^="levels-"]) > summary').first().click();
  const fits = page.locator('.table-scroll[aria-labelledby^="levels-"]').first();
  expect(await fits.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(false);
  await expect(fits).not.toHaveAttribute("data-more", /./);
  // On a wide screen the heat map itself fits too: its code columns take only the room they need.
  expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(false);
  await expect(region).not.toHaveAttribute("data-more", /./);
  await expectAccessible(page);
});

test("printed as a sector report, the benchmark fits on a few landscape pages, with every theme column and each theme's charts side by side at paper size", async ({
  page,
}) => {
  await signedIn(page, "analist@havenvereniging.example");
  // The width of A4 in landscape, within its margins: 277 mm.
  await page.setViewportSize({ width: 1047, height: 718 });
  await page.goto("/benchmarks/port-logistics");
  const themes = page.locator(".benchmark-theme");
  await expect(themes).toHaveCount(10);
  // Printed once every chart has drawn, as someone prints the page they see: three per theme.
  await drawnCharts(page.getByRole("main"), 30);
  const names = await themes.getByRole("heading", { level: 2 }).allTextContents();
  const quartiles = page.getByRole("region", { name: "Kwartielen per groep en thema" });
  await expect(quartiles).toBeHidden();
  await page.emulateMedia({ media: "print" });

  // The sector × theme table has a column for every theme, all of it on the paper, and the legend of its codes.
  const card = page.getByRole("region", { name: "Mediaan risico per sector en thema" });
  const table = card.getByRole("table", { name: "Mediaan risico (0–100) met niveau, per sector en thema" });
  for (const name of names) {
    const header = table.getByRole("columnheader", { name, exact: true });
    await expect(header).toBeVisible();
    const box = (await header.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1047);
    await expect(card.getByRole("definition").filter({ hasText: name })).toBeVisible();
  }
  expect(await card.locator(".table-scroll").evaluate((r) => r.scrollWidth <= r.clientWidth + 1)).toBe(true);

  for (const theme of await themes.all()) {
    await expect(theme.getByRole("heading", { level: 2 })).toBeVisible();
    // A theme's charts stand in one row, each redrawn for the size it has on paper rather than
    // the screen's drawing shrunk to fit.
    const tops = await theme.locator("figure").evaluateAll((all) => all.map((f) => f.getBoundingClientRect().top));
    expect(tops).toHaveLength(3);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2);
    for (const canvas of await theme.locator("canvas").all())
      await expect
        .poll(() =>
          canvas.evaluate((c: HTMLCanvasElement) =>
            Math.abs(c.width - c.clientWidth * devicePixelRatio) <= 2 && c.clientHeight > 100 && c.clientHeight < 250
              ? "paper size"
              : `${c.width}×${c.height} drawn for ${c.clientWidth}×${c.clientHeight}`,
          ),
        )
        .toBe("paper size");
  }
  // Nothing sticky or meant for the screen only comes along.
  const stuck = await page.evaluate(
    () =>
      [...document.querySelectorAll("body *")].filter(
        (e) => ["sticky", "fixed"].includes(getComputedStyle(e).position) && (e as HTMLElement).offsetParent !== null,
      ).length,
  );
  expect(stuck).toBe(0);
  await expect(page.getByRole("navigation", { name: "Per thema" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken als sectorrapport" })).toBeHidden();

  // Paper leaves each theme's tables out but ends with its quartiles: every published group, the
  // size bands too, by theme code with a legend, all of it on the page.
  for (const measure of ["Weerbaarheid", "Risico"]) {
    const table = quartiles.getByRole("table", { name: `${measure} (0–100) per groep en thema: mediaan (p25–p75)` });
    await expect(table.getByRole("columnheader")).toHaveCount(names.length + 1);
    for (const name of names) await expect(table.getByRole("columnheader", { name, exact: true })).toBeVisible();
    await expect(table.getByRole("row", { name: /^Wegvervoerder, 1–9 medewerkers/ })).toBeVisible();
    await expect(
      table
        .getByRole("row", { name: /^Alle organisaties/ })
        .getByRole("cell")
        .first(),
    ).toHaveText(/^\d+ \(\d+–\d+\)$/);
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1047);
  }
  for (const name of names) await expect(quartiles.getByRole("definition").filter({ hasText: name })).toBeVisible();

  // A4 landscape with 10 mm margins: seven pages for the demo data (it was 24, six before the
  // quartiles came on paper), one to spare.
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(8);
  // The printed layout, with its note on where the other figures are, passes axe too.
  await expect(page.getByText("Op papier staan per thema de grafieken en achteraan de kwartielen")).toBeVisible();
  await expectAccessible(page);
});

test("at 390 px the benchmark folds each theme's figures, so the page stays a few screens long, and a link to a theme unfolds it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signedIn(page, "analist@havenvereniging.example");
  await page.goto("/benchmarks/port-logistics");
  const unfold = page.getByRole("button", { name: "Grafieken en tabellen tonen" });
  await expect(unfold).toHaveCount(10);
  // It was about 52,000 px with every theme's charts and tables open.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9000);

  const name = "Containervrijgave, afhaalrecht en de Secure Chain";
  const theme = page.getByRole("region", { name, exact: true });
  await expect(theme.locator("canvas")).toHaveCount(3);
  for (const canvas of await theme.locator("canvas").all()) await expect(canvas).toBeHidden();
  await page.getByRole("navigation", { name: "Per thema" }).getByRole("link", { name }).click();
  const fold = theme.getByRole("button", { name: "Grafieken en tabellen verbergen" });
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  for (const chart of await (await drawnCharts(theme, 3)).all()) {
    const box = (await chart.locator("canvas").boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // The trend keeps its modest height on a phone too, where it was as tall as it was wide.
  const trendHeight = (await theme.locator(".chart:not(.chart--horizontal) canvas").boundingBox())!.height;
  expect(trendHeight).toBeGreaterThan(150);
  expect(trendHeight).toBeLessThan(260);
  await theme.getByText("Tabel met de cijfers").first().click();
  await expect(theme.getByRole("table", { name: new RegExp(`^${name}: kwartielen`) })).toBeVisible();
  await fold.click();
  await expect(theme.getByRole("button", { name: "Grafieken en tabellen tonen" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  await expect(theme.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);

  // On paper every theme shows, folded on the screen or not.
  await page.emulateMedia({ media: "print" });
  for (const one of await page.locator(".benchmark-theme").all())
    await expect(one.locator("canvas").first()).toBeVisible();
  await expect(unfold.first()).toBeHidden();
});

test("the customs overview prints from a button, with its charts drawn again at their size on paper, on a few landscape pages", async ({
  page,
}) => {
  await signedIn(page, "reviewer@douane.example");
  // The width of A4 in landscape, within its margins: 277 mm.
  await page.setViewportSize({ width: 1047, height: 718 });
  await page.goto("/customs");
  const print = page.getByRole("button", { name: "Afdrukken als overzicht" });
  await expect(print).toBeVisible();
  // Two questionnaires, each with its ranking and trend chart.
  const charts = await drawnCharts(page.getByRole("main"), 4);
  await page.emulateMedia({ media: "print" });
  await expect(print).toBeHidden();
  // On paper the trend table's columns are headed by sector codes, never by a name broken
  // mid-word, with a legend below; every column is on the page and keeps its name for screen readers.
  const trend = page.getByRole("table", { name: "Mediaan totaalrisico (0–100) per half jaar en sector" }).first();
  const terminals = trend.getByRole("columnheader", { name: "Terminaloperator" });
  await expect(terminals.locator(".print-code")).toHaveText(/^S\d+$/);
  const code = await terminals.locator(".print-code").innerText();
  const legend = trend.locator("xpath=ancestor::div[contains(@class, 'table-scroll')]/following-sibling::dl[1]");
  await expect(legend.getByRole("term").filter({ hasText: new RegExp(`^${code}$`) })).toBeVisible();
  await expect(legend.getByRole("definition").filter({ hasText: "Terminaloperator" })).toBeVisible();
  for (const box of await trend.locator("thead th").evaluateAll((all) => all.map((th) => th.getBoundingClientRect())))
    expect(box.right).toBeLessThanOrEqual(1047);
  for (const canvas of await charts.locator("canvas").all())
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const box = c.getBoundingClientRect();
          // Drawn for the size it has (not the screen's drawing scaled), within 130 mm and not squashed.
          return Math.abs(c.width - c.clientWidth * devicePixelRatio) <= 2 &&
            Math.abs(c.height - c.clientHeight * devicePixelRatio) <= 2 &&
            box.width <= 492 &&
            box.height >= 60
            ? "paper size"
            : `${c.width}×${c.height} drawn for ${c.clientWidth}×${c.clientHeight}`;
        }),
      )
      .toBe("paper size");
  // The ranking's bars have room for their wrapped sector names: at least 20 px a sector.
  const ranking = page
    .getByRole("region", { name: "Weerbaarheidsscan haven en logistiek", exact: true })
    .locator("figure")
    .filter({ hasText: "Mediaan totaalrisico (0–100) per sector" })
    .first()
    .locator("canvas");
  expect((await ranking.boundingBox())!.height).toBeGreaterThan(8 * 20);

  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // Five pages for the demo data, one to spare.
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(6);
});
