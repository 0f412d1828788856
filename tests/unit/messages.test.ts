import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import nl from "~/locales/nl";

// The browser holds only the message groups that the page's route modules load (loadMessages
// at their top level); the root route's are on every page. A static check that each route
// loads the groups named in a key by its own code and the modules it imports: a string that
// starts with a group's name and a dot, as in t("report.title") or t(`sectors.${sector}`).

const APP = resolve("app");
const GROUPS = new Set(Object.keys(nl));

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("~/")
    ? join(APP, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(from), specifier)
      : null;
  // Modules outside app/ (the database layer) run on the server only.
  if (!base?.startsWith(APP)) return null;
  return (
    [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
      (p) => existsSync(p) && p.match(/\.tsx?$/),
    ) ?? null
  );
}

/**
 * The groups named in a module and in what it imports from the app, bar the catalogue. A server
 * module is read but not followed: the ones a route imports hold its loader and action, which
 * hand keys to the browser; what they import in turn is the data layer.
 */
function groupsUsedBy(file: string, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  if (seen.has(file) || file.startsWith(join(APP, "locales"))) return used;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, group] of source.matchAll(/["'`](\w+)\.[\w$]/g)) if (GROUPS.has(group!)) used.add(group!);
  if (/\.server\.tsx?$/.test(file)) return used;
  for (const [statement, specifier] of source.matchAll(
    /(?:^import type\b[^;]*?\bfrom|\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/gm,
  )) {
    const imported = resolveImport(file, specifier!);
    // A type-only import brings no code along, unless it types what another route's action
    // answers a fetcher.
    const typeOnly = statement.startsWith("import type") && !imported?.startsWith(join(APP, "routes"));
    if (imported && !typeOnly) for (const group of groupsUsedBy(imported, seen)) used.add(group);
  }
  return used;
}

function groupsLoadedBy(file: string): string[] {
  const call = /^await loadMessages\(\[([^\]]*)\]\);/m.exec(readFileSync(file, "utf8"));
  return call ? [...call[1]!.matchAll(/"(\w+)"/g)].map((m) => m[1]!) : [];
}

const ROOT = join(APP, "root.tsx");
const onEveryPage = groupsLoadedBy(ROOT);
// Resource routes (no default export) render nothing in the browser.
const pages = readdirSync(join(APP, "routes"))
  .map((name) => join(APP, "routes", name))
  .filter((file) => /^export (default |\{[^}]*\bas default\b)/m.test(readFileSync(file, "utf8")));

describe("message groups in the browser", () => {
  it("the root route loads what the layout and the error page use", () => {
    expect([...groupsUsedBy(ROOT)].filter((g) => !onEveryPage.includes(g)).sort()).toEqual([]);
  });

  it.each(pages.map((file) => [relative(APP, file), file]))("%s loads the groups it uses", (_, file) => {
    const loaded = new Set([...onEveryPage, ...groupsLoadedBy(file)]);
    expect([...groupsUsedBy(file)].filter((g) => !loaded.has(g)).sort()).toEqual([]);
  });

  // A group loaded for nothing is weight on every visit of the page.
  it.each([ROOT, ...pages].map((file) => [relative(APP, file), file]))(
    "%s loads no group it does not use",
    (_, file) => {
      const used = groupsUsedBy(file);
      expect(groupsLoadedBy(file).filter((g) => !used.has(g))).toEqual([]);
    },
  );

  it("loads only groups that exist, each once per route", () => {
    for (const file of [ROOT, ...pages]) {
      const loaded = groupsLoadedBy(file);
      expect(loaded.filter((g) => !GROUPS.has(g))).toEqual([]);
      expect(new Set(loaded).size).toBe(loaded.length);
    }
  });
});
