import { expect, signedIn, test } from "./fixtures";

test("cross-site writes are refused with 403 on documents, data requests, resource routes and the API", async ({ page, baseURL }) => {
  await signedIn(page, "security@delta-forwarding.example");
  const list = await (await page.request.get("/assessments")).text();
  const assessment = /\/assessments\/([0-9a-f-]{36})/.exec(list)![1]!;
  const targets = [
    "/organisation",
    "/organisation?_data=routes%2Forganisation._index",
    `/assessments/${assessment}/answers`,
    "/settings",
    "/signout",
    "/api/v1/benchmarks/port-logistics",
  ];
  const foreign: Record<string, string>[] = [{ Origin: "https://evil.example" }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }];
  for (const path of targets) {
    for (const headers of foreign) {
      const response = await page.request.post(path, { form: { intent: "invite", email: "x@evil.example" }, headers, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
  }
  // The same request from our own origin gets through the guard (and is then judged on its own).
  expect((await page.request.post("/organisation", { form: { intent: "invite", email: "" }, headers: { Origin: baseURL! } })).status()).not.toBe(403);
});

test("an oversized body is refused with 413 before it is read", async ({ page, baseURL }) => {
  await signedIn(page, "security@delta-forwarding.example");
  const response = await page.request.post("/organisation", {
    headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
    data: `intent=invite&email=${"a".repeat(2 * 1024 * 1024)}`,
  });
  expect(response.status()).toBe(413);
});

test("every page carries a nonce-based CSP and is never cached", async ({ page }) => {
  const response = await page.goto("/signin");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["cache-control"]).toBe("no-store");
  const again = (await page.request.get("/signin")).headers()["content-security-policy"];
  expect(again).not.toBe(headers["content-security-policy"]);
});

test("the landing page served from a copy carries each response's own nonce; a signed-in visitor gets their own page", async ({ page }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await page.request.get("/");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")![1]!;
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html.match(/nonce="([^"]+)"/g)!.every((attribute) => attribute === `nonce="${nonce}"`)).toBe(true);
    expect(html).not.toContain("Uitloggen");
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(3);
  // The scripts run: the page hydrates and the language switch works in place.
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Nederlands" }).click();

  await signedIn(page, "security@brabant-trucking.example");
  expect(await (await page.request.get("/")).text()).toContain("Uitloggen");
});
