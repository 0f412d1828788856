import http from "node:http";
import { expect, signedIn, test } from "./fixtures";

test("cross-site writes are refused with 403 on documents, data requests, resource routes and the API", async ({
  page,
  baseURL,
}) => {
  await signedIn(page, "security@delta-forwarding.example");
  const list = await (await page.request.get("/assessments")).text();
  const assessment = /\/assessments\/([0-9a-f-]{36})/.exec(list)![1]!;
  const targets = [
    "/organisation/invitations",
    "/organisation/invitations?_data=routes%2Forganisation.invitations",
    `/assessments/${assessment}/answers`,
    "/settings/tokens",
    "/signout",
    "/api/v1/benchmarks/port-logistics",
  ];
  const foreign: Record<string, string>[] = [
    { Origin: "https://evil.example" },
    { "Sec-Fetch-Site": "cross-site" },
    { Origin: "null" },
  ];
  for (const path of targets) {
    for (const headers of foreign) {
      const response = await page.request.post(path, {
        form: { intent: "invite", email: "x@evil.example" },
        headers,
        maxRedirects: 0,
      });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
  }
  // The same request from our own origin gets through the guard (and is then judged on its own).
  expect(
    (
      await page.request.post("/organisation/invitations", { form: { email: "" }, headers: { Origin: baseURL! } })
    ).status(),
  ).not.toBe(403);
});

test("an oversized body is refused with 413 before it is read", async ({ page, baseURL }) => {
  await signedIn(page, "security@delta-forwarding.example");
  const response = await page.request.post("/organisation/invitations", {
    headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded" },
    data: `email=${"a".repeat(2 * 1024 * 1024)}`,
  });
  expect(response.status()).toBe(413);
});

/**
 * A body sent in chunks, which declares no length: `size` bytes of a form field in 64 kB
 * pieces, written as fast as the server takes them, and then ended unless `open`. Resolves
 * with the status as soon as it comes.
 */
function chunkedPost(origin: string, path: string, size: number, { open = false } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    let written = 0;
    const request = http.request(new URL(path, origin), {
      method: "POST",
      headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    // The server may close the socket while the rest is still being written.
    request.on("error", (error) => (written < size ? undefined : reject(error)));
    const piece = Buffer.from(`email=${"a".repeat(64 * 1024 - 6)}`);
    const writeMore = () => {
      while (written < size && !request.destroyed) {
        written += piece.length;
        if (!request.write(piece)) return void request.once("drain", writeMore);
      }
      if (!request.destroyed && !open) request.end();
    };
    writeMore();
  });
}

test("a chunked body over 1 MB is refused with 413 once the limit is passed, signed in or not", async ({ baseURL }) => {
  // The body never ends, so an answer at all shows the server judged it at the limit rather
  // than reading on to the end (however fast the machine).
  expect(await chunkedPost(baseURL!, "/signin", 2 * 1024 * 1024, { open: true })).toBe(413);
  // A chunked form under the limit still arrives whole and is judged on its content.
  expect(await chunkedPost(baseURL!, "/signin", 512 * 1024)).toBe(400);
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

test("the landing page carries each response's own nonce; a signed-in visitor gets their own page", async ({
  page,
}) => {
  const nonces: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await page.request.get("/");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")![1]!;
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html.match(/nonce="([^"]+)"/g)!.every((attribute) => attribute === `nonce="${nonce}"`)).toBe(true);
    // No sign-out form: the page of nobody signed in (the messages in the page name it all the same).
    expect(html).not.toContain('action="/signout"');
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(3);
  // The scripts run: the page hydrates and the language switch works in place.
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Nederlands" }).click();

  await signedIn(page, "security@brabant-trucking.example");
  expect(await (await page.request.get("/")).text()).toContain('action="/signout"');
});

test("a refusal before any page runs is in the reader's language: a page in the site's look, JSON on the API", async ({
  page,
  baseURL,
}) => {
  const crossSite = (path: string, language: string, accept = "text/html") =>
    page.request.post(path, {
      form: { email: "x@evil.example" },
      headers: { Origin: "https://evil.example", "Accept-Language": language, Accept: accept },
      maxRedirects: 0,
    });
  const dutch = await crossSite("/signout", "nl-NL,nl;q=0.9");
  expect(dutch.status()).toBe(403);
  expect(dutch.headers()["content-type"]).toMatch(/^text\/html/);
  const dutchPage = await dutch.text();
  expect(dutchPage).toContain('<html lang="nl"');
  expect(dutchPage).toMatch(/<h1[^>]*>Niet toegestaan<\/h1>/);
  expect(dutchPage).toMatch(/<link rel="stylesheet" href="\/build\/[^"]+\.css"/);
  expect(dutchPage).toContain('href="/"');
  const english = await (await crossSite("/signout", "en-GB,en;q=0.9")).text();
  expect(english).toContain('<html lang="en"');
  expect(english).toMatch(/<h1[^>]*>Not allowed<\/h1>/);

  const api = await crossSite("/api/v1/benchmarks/port-logistics", "en", "application/json");
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: "forbidden", message: expect.stringContaining("another site") });
  const dutchApi = await crossSite("/api/v1/benchmarks/port-logistics", "nl", "application/json");
  expect(await dutchApi.json()).toEqual({ error: "forbidden", message: expect.stringContaining("andere website") });

  const tooLarge = (language: string) =>
    page.request.post("/signin", {
      headers: { Origin: baseURL!, "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": language },
      data: `email=${"a".repeat(2 * 1024 * 1024)}`,
    });
  const large = await tooLarge("en");
  expect(large.status()).toBe(413);
  expect(large.headers()["content-type"]).toMatch(/^text\/html/);
  expect(await large.text()).toContain("larger than 1 MB");
  expect(await (await tooLarge("nl")).text()).toContain("groter dan 1 MB");

  const broken = await page.request.get("/?q=%00", { headers: { "Accept-Language": "en" } });
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toMatch(/<h1[^>]*>Request refused<\/h1>/);
});
