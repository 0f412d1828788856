import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import type { BenchPage } from "./setup";

export interface PageWeight {
  name: string;
  jsGzip: number;
  cssGzip: number;
  chartJs: boolean;
  /** Minified bytes per module or package across the page's scripts, largest first. */
  largest: { module: string; bytes: number }[];
}

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** A package's name for its files under node_modules, the path for the app's own. */
function moduleOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match ? match[1]! : input.replace(/^browser-route-module:/, "").replace(/\?browser$/, "");
}

/**
 * What a browser downloads for each page, measured in Chromium: every script and stylesheet
 * it fetches, including modules imported later (Chart.js after hydration), gzipped as the
 * server sends them. The build's metafile says which modules make up those scripts.
 */
export async function measureWeight(base: string, pages: BenchPage[]): Promise<PageWeight[]> {
  const metafile = JSON.parse(await readFile("build/metafile.js.json", "utf8")) as Metafile;
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const weights: PageWeight[] = [];
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      if (page.cookie) {
        const [name, value] = page.cookie.split(/=(.*)/s) as [string, string];
        await context.addCookies([{ name, value, url: base }]);
      }
      const tab = await context.newPage();
      const assets: Promise<{ url: string; type: string; gzip: number }>[] = [];
      tab.on("response", (response) => {
        const type = response.request().resourceType();
        if (type !== "script" && type !== "stylesheet") return;
        assets.push(response.body().then((body) => ({ url: response.url(), type, gzip: gzipSync(body).length })));
      });
      const response = await tab.goto(base + page.path, { waitUntil: "networkidle" });
      if (response?.status() !== 200) throw new Error(`${page.path} answered ${response?.status()} in the browser`);
      const loaded = await Promise.all(assets);
      await context.close();

      const modules = new Map<string, number>();
      for (const asset of loaded.filter((a) => a.type === "script")) {
        const output = metafile.outputs[`public${new URL(asset.url).pathname}`];
        for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
          modules.set(moduleOf(input), (modules.get(moduleOf(input)) ?? 0) + bytesInOutput);
        }
      }
      weights.push({
        name: page.name,
        jsGzip: loaded.filter((a) => a.type === "script").reduce((sum, a) => sum + a.gzip, 0),
        cssGzip: loaded.filter((a) => a.type === "stylesheet").reduce((sum, a) => sum + a.gzip, 0),
        chartJs: modules.has("chart.js"),
        largest: [...modules].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes),
      });
    }
  } finally {
    await browser.close();
  }
  return weights;
}
