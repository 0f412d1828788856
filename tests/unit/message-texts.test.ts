import { describe, expect, it, vi } from "vitest";
import { LANGUAGES, questionList } from "~/i18n";
import { i18nFor } from "~/i18n.server";
import en from "~/locales/en";
import nl from "~/locales/nl";

/** Every message's key, as the code writes it ("report.levels.high"), with its text. */
function leaves(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value]] : leaves(value as object, `${prefix}${key}.`),
  );
}

const catalogues = { nl: leaves(nl), en: leaves(en) };
const PLURAL = /_(zero|one|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(([, name]) => name!);

/** Placeholders that stand for a number of things, so the words around them must agree with it. */
const COUNTS = ["count", "points", "days", "limit", "open", "overdue"];
/**
 * Messages with such a number that need no plural forms, and why: the number is always shown
 * with one decimal (which both languages count as plural), or the words do not depend on it.
 */
const COUNT_NEUTRAL = new Set([
  "report.adviceGain",
  "report.adviceGainTogether",
  "report.firstStepWhy",
  "actions.openCount", // "3 open, waarvan 1 over de datum": no noun to agree
  "actions.summary", // "…, 1 afgerond, 1 over de datum": the counted noun comes with the total
  // "Uw acties: 1 te laat, 2 binnenkort": no noun to agree
  "notifications.mail.actionDigest.subject.both",
  "notifications.mail.actionDigest.subject.overdue",
  "notifications.mail.actionDigest.subject.dueSoon",
]);

describe("message texts", () => {
  it.each(LANGUAGES)("never leave a plural to the reader in %s, like 'code(s)'", (language) => {
    const hedged = catalogues[language].filter(([, text]) => /\w\((s|en|n|es)\)/.test(text));
    expect(hedged).toEqual([]);
  });

  it.each(LANGUAGES)("give every %s message that counts something its plural forms", (language) => {
    const unpluralised = catalogues[language].filter(
      ([key, text]) =>
        !PLURAL.test(key) && !COUNT_NEUTRAL.has(key) && placeholders(text).some((name) => COUNTS.includes(name)),
    );
    expect(unpluralised).toEqual([]);
  });

  it("has the singular and plural of every pluralised message in both languages, each resolving", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bases = new Set(catalogues.nl.filter(([key]) => PLURAL.test(key)).map(([key]) => key.replace(PLURAL, "")));
    expect(bases.size).toBeGreaterThan(10);
    for (const language of LANGUAGES) {
      const texts = new Map(catalogues[language]);
      const { t } = i18nFor(language);
      for (const base of bases) {
        expect(texts.has(`${base}_one`), `${language} ${base}_one`).toBe(true);
        expect(texts.has(`${base}_other`), `${language} ${base}_other`).toBe(true);
        const values = Object.fromEntries(placeholders(texts.get(`${base}_other`)!).map((name) => [name, "x"]));
        for (const count of [0, 1, 2]) {
          const text = t(base as "common.save", { ...values, count });
          expect(text, `${language} ${base} ${count}`).not.toContain(base);
          expect(text).not.toContain("{{");
        }
      }
    }
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it("agrees the noun with its number", () => {
    const { t } = i18nFor("nl");
    expect(i18nFor("en").t("secondFactor.enabled", { count: 1 })).toBe(
      "Two-step verification is on. You have 1 unused recovery code.",
    );
    expect(t("report.pointsLost", { count: 1, points: "1" })).toBe("kost 1 punt weerbaarheid");
  });

  // Names (of organisations, associations, people) may end in a full stop, as "Kade B.V." does,
  // and questions end in a question mark: neither may double the punctuation after it.
  it.each(LANGUAGES)("renders %s messages with names and questions in them without '..', '?.' or '?;'", (language) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { t } = i18nFor(language);
    for (const value of ["Kade B.V.", "Is er een plan?"]) {
      const rendered = catalogues[language]
        .filter(([, text]) => text.includes("{{"))
        .map(([key, text]) => {
          const values = Object.fromEntries(placeholders(text).map((name) => [name, value]));
          return t(key.replace(PLURAL, "") as "common.save", { ...values, count: 2 });
        });
      expect(rendered.length).toBeGreaterThan(100);
      expect(rendered.filter((text) => /(?<!\.)\.\.(?!\.)|\?\.|\?;/.test(text))).toEqual([]);
    }
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it("lists questions in the reader's language, never joined by a semicolon", () => {
    const questions = ["Is er een plan?", "Wordt het geoefend?", "Wie beslist?"];
    expect(questionList(questions, "nl")).toBe("‘Is er een plan?’, ‘Wordt het geoefend?’ en ‘Wie beslist?’");
    expect(questionList(questions.slice(0, 2), "en")).toBe("‘Is er een plan?’ and ‘Wordt het geoefend?’");
    expect(questionList(["Is er een plan?"], "en")).toBe("‘Is er een plan?’");
  });
});
