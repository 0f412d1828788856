import { describe, expect, it, vi } from "vitest";
import { LANGUAGES, messageGroupsOf } from "~/i18n";
import { i18nFor, messagesOf, messagesVersion } from "~/i18n.server";
import en from "~/locales/en";
import nl from "~/locales/nl";

/** Every message's key, as the code writes it ("report.levels.high"), with its text. */
function leaves(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value]] : leaves(value as object, `${prefix}${key}.`),
  );
}

describe("messages", () => {
  it.each(LANGUAGES)("finds every %s message under its key, the group's name first", (language) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { t } = i18nFor(language);
    const catalogue = language === "nl" ? nl : en;
    // A text with placeholders would come back filled in; the others come back as they are.
    const plain = leaves(catalogue).filter(([, text]) => !text.includes("{{"));
    expect(plain.length).toBeGreaterThan(500);
    const found = plain.filter(([key, text]) => t(key as "common.save") !== text);
    expect(found).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it("says so when a key has no message, and shows the key", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(i18nFor("en").t("report.noSuchMessage" as "common.save")).toBe("report.noSuchMessage");
    expect(error).toHaveBeenCalledWith("Missing message: report:noSuchMessage");
    error.mockRestore();
  });

  it("hands out one group at a time, and nothing for a name that is not a group", () => {
    expect(messagesOf("en", "report")).toBe(en.report);
    expect(messagesOf("nl", "scoring")).toBe(nl.scoring);
    for (const name of ["", "nothing", "constructor", "__proto__", "toString"])
      expect(messagesOf("nl", name)).toBeUndefined();
    expect(messagesVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it("collects the groups a page's routes declare, root first and each once", () => {
    const matches = [
      { handle: { i18n: ["common", "nav"] } },
      { handle: undefined },
      { handle: { title: () => "" } },
      { handle: { i18n: ["report", "common"] } },
    ];
    expect(messageGroupsOf(matches)).toEqual(["common", "nav", "report"]);
  });
});
