import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Locator } from "@playwright/test";
import { expect, expectAccessible, signUpTerminal, test, uniqueEmail } from "./fixtures";

interface QuestionnaireFile {
  title: { nl: string; en: string };
  criticalCap: number;
  thresholds: { medium: number; high: number; critical: number };
  exposureClasses: { elevated: number; high: number; veryHigh: number };
}

const questionnaires = ["port-logistics", "public-services"].map(
  (id) => parse(readFileSync(`questionnaires/${id}.yaml`, "utf8")) as QuestionnaireFile,
);
const row = (table: Locator, header: string) =>
  table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: header, exact: true }) });
const figure = (n: number, digits = 0) =>
  new Intl.NumberFormat("nl", { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(n);

test("a visitor without an account reads how the score works, with each questionnaire's thresholds, in both languages", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Zo werkt de score" }).click();
  await expect(page).toHaveURL(/\/scoring$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zo werkt de score" })).toBeVisible();
  await expect(page).toHaveTitle("Zo werkt de score · Weerbaar");

  for (const q of questionnaires) {
    const levels = page.getByRole("table", { name: `Risiconiveaus: ${q.title.nl}` });
    const { medium, high, critical } = q.thresholds;
    await expect(row(levels, "Laag")).toHaveText(`Laag0${figure(medium)}`);
    await expect(row(levels, "Middel")).toHaveText(`Middel${figure(medium)}${figure(high)}`);
    await expect(row(levels, "Hoog")).toHaveText(`Hoog${figure(high)}${figure(critical)}`);
    await expect(row(levels, "Kritiek")).toHaveText(`Kritiek${figure(critical)}–`);

    const classes = page.getByRole("table", { name: `Blootstellingsklassen: ${q.title.nl}` });
    const { elevated, high: highClass, veryHigh } = q.exposureClasses;
    await expect(row(classes, "Verhoogd")).toHaveText(`Verhoogd${figure(elevated, 2)}${figure(highClass, 2)}`);
    await expect(row(classes, "Zeer hoog")).toHaveText(`Zeer hoog${figure(veryHigh, 2)}–`);

    await expect(page.locator("#cap")).toContainText(`${q.title.nl}: plafond ${figure(q.criticalCap * 100)}%`);
  }

  const { high, critical } = questionnaires[0]!.thresholds;
  const example = page.getByRole("table", { name: "Rekenvoorbeeld: blootstelling 0,60, weerbaarheid 0,45" });
  await expect(row(example, "Risico")).toHaveText("Risico100 × 0,60 × (1 − 0,45) = 33,0");
  await expect(row(example, "Niveau")).toHaveText(`NiveauHoog 33,0 is minstens ${high} en lager dan ${critical}`);
  const capped = page.getByRole("table", { name: "Rekenvoorbeeld met een essentiële maatregel op 0" });
  await expect(row(capped, "Weerbaarheid")).toContainText("de kleinste van 0,80 en 0,50 = 0,50");
  await expect(row(capped, "Risico")).toContainText("= 30,0");
  await expect(page.locator("#example")).toContainText("Zonder plafond was het risico 12,0 geweest (middel)");
  for (const id of ["exposure", "resilience", "cap", "risk", "thresholds", "example", "advice"]) {
    await expect(page.locator(`section#${id}`)).toHaveCount(1);
  }
  await expectAccessible(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How the score works" })).toBeVisible();
  const english = page.getByRole("table", { name: `Risk levels: ${questionnaires[0]!.title.en}` });
  await expect(row(english, "Critical")).toHaveText(`Critical${critical}–`);
  const englishExample = page.getByRole("table", { name: "Worked example: exposure 0.60, resilience 0.45" });
  await expect(row(englishExample, "Risk")).toHaveText("Risk100 × 0.60 × (1 − 0.45) = 33.0");
  await expect(row(englishExample, "Level")).toHaveText(`LevelHigh 33.0 is at least ${high} and below ${critical}`);
  await expectAccessible(page);
});

test("the must-have label of a question links to the cap on the score page", async ({ page }) => {
  await signUpTerminal(page, uniqueEmail("scoring"));
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Zelfscans" }).click();
  await page.getByRole("button", { name: "Start: Weerbaarheidsscan haven en logistiek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profiel van uw organisatie" })).toBeVisible();
  await page.goto(page.url().replace(/\/profile$/, "/themes/p1"));

  const mustHave = page.locator("fieldset.question").filter({ hasText: "Essentieel" }).first();
  await mustHave.getByRole("link", { name: "Hoe het plafond werkt" }).click();
  await expect(page).toHaveURL(/\/scoring#cap$/);
  await expect(page.getByRole("heading", { level: 2, name: "Essentiële maatregelen en het plafond" })).toBeInViewport();
});
