import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The message groups the HTML of the page now open brought along. */
async function groupsInPage(page: Page): Promise<string[]> {
  const text = await page.locator("#page-messages").textContent();
  return Object.keys((JSON.parse(text ?? "{}") as { groups: object }).groups).sort();
}

for (const [language, link, heading] of [
  ["nl", "Zo werkt de score", "Zo werkt de score"],
  ["en", "How the score works", "How the score works"],
] as const) {
  test(`a client-side navigation fetches the message groups the next page needs (${language})`, async ({ page }) => {
    await page.goto(`/?lng=${language}`);
    const groups = await groupsInPage(page);
    expect(groups).toContain("landing");
    expect(groups).not.toContain("scoring");

    const fetched: string[] = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/locales/")) fetched.push(path);
    });
    await page.locator("footer").getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(/\/scoring$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // A client-side navigation: the page kept its first HTML and fetched only the groups it lacked.
    expect(await groupsInPage(page)).toEqual(groups);
    expect(fetched.sort()).toEqual([`/locales/${language}/report`, `/locales/${language}/scoring`]);
    await expect(page.locator("main")).not.toContainText("scoring.");
  });
}

test("the messages of a group are kept by the browser for as long as they do not change", async ({ request }) => {
  const page = await request.get("/");
  const version = /"version":"(\w+)"/.exec(await page.text())?.[1];
  expect(version).toBeTruthy();

  const current = await request.get(`/locales/en/scoring?v=${version}`);
  expect(current.status()).toBe(200);
  expect(current.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(((await current.json()) as { title: string }).title).toBe("How the score works");

  const stale = await request.get("/locales/en/scoring?v=older");
  expect(stale.headers()["cache-control"]).toBe("no-cache");

  for (const path of ["/locales/en/nothing", "/locales/de/scoring", "/locales/en/constructor"])
    expect((await request.get(path)).status(), path).toBe(404);
});
