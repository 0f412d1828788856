import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublicPageCache } from "~/public-page-cache.server";

let clock = 0;
let renders = 0;
let origin = "";
let close: () => void = () => {};

/** An app that renders a page with its nonce in it, counting how often it renders. */
beforeAll(async () => {
  const app = express();
  let nextNonce = 0;
  app.use((_req, res, next) => {
    res.locals.cspNonce = `nonce${++nextNonce}x`;
    next();
  });
  app.use(createPublicPageCache(() => clock));
  app.get(["/", "/advice", "/organisation"], (req, res) => {
    renders++;
    if (req.query.cookie) res.setHeader("Set-Cookie", "lng=en");
    res.type("html").send(`<script nonce="${res.locals.cspNonce as string}">page ${req.originalUrl}</script>`);
  });
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(origin + path, { headers }).then((r) => r.text());

describe("public page cache", () => {
  it("renders a signed-out page once a minute and gives every copy its own nonce", async () => {
    const before = renders;
    const first = await get("/");
    const second = await get("/");
    expect(renders - before).toBe(1);
    expect(first).toMatch(/^<script nonce="nonce\d+x">page \/<\/script>$/);
    expect(second).not.toBe(first);
    expect(second.replace(/nonce\d+x/, "")).toBe(first.replace(/nonce\d+x/, ""));
    clock += 61_000;
    await get("/");
    expect(renders - before).toBe(2);
  });

  it("keeps copies apart per address, language cookie and language header", async () => {
    const before = renders;
    await get("/advice?q=badge");
    await get("/advice?q=badge", { cookie: "lng=en" });
    await get("/advice?q=badge", { "accept-language": "en" });
    await get("/advice?q=badge", { cookie: "lng=en" });
    expect(renders - before).toBe(3);
  });

  it("always renders for a session, for other pages and for answers that set cookies", async () => {
    const before = renders;
    await get("/", { cookie: "weerbaar=abc" });
    await get("/", { cookie: "lng=nl; __Host-weerbaar=abc" });
    await get("/organisation");
    await get("/organisation");
    await get("/?cookie=1");
    await get("/?cookie=1");
    expect(renders - before).toBe(6);
  });
});
