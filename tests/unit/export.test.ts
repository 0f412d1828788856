import { describe, expect, it } from "vitest";
import { safeCell, toCsv } from "~/export.server";

describe("CSV exports", () => {
  it.each(["=1+1", "+31 10 123", "-2", "@SUM(A1)", "\tx", "\rx"])(
    "neutralises %j so a spreadsheet never runs it",
    (value) => {
      expect(safeCell(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text alone and quotes what CSV needs quoted", () => {
    expect(safeCell("Volledig")).toBe("Volledig");
    expect(toCsv("en", ["a", "b"], [["x, y", 'say "hi"']])).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n');
  });

  it("writes for Dutch Excel: byte-order mark, semicolons, decimal commas, quoted semicolons", () => {
    expect(
      toCsv(
        "nl",
        ["Thema", "Risico"],
        [
          ["Toegang; sleutels", 42.5],
          ["Personeel", -3],
        ],
      ),
    ).toBe('\uFEFFThema;Risico\r\n"Toegang; sleutels";42,5\r\nPersoneel;-3\r\n');
  });

  it("writes for English readers with commas and decimal points, never thousands separators", () => {
    expect(toCsv("en", ["Theme", "Risk"], [["Access", 1234.5]])).toBe("\uFEFFTheme,Risk\r\nAccess,1234.5\r\n");
    expect(toCsv("nl", ["Risico"], [[1234.5]])).toBe("\uFEFFRisico\r\n1234,5\r\n");
  });

  it("writes times in the Netherlands' zone, summer and winter, as each reader's Excel reads them", () => {
    const summer = new Date("2026-07-01T22:30:00Z");
    const winter = new Date("2026-01-15T08:05:00Z");
    expect(toCsv("nl", ["Tijdstip"], [[summer], [winter]])).toBe(
      "\uFEFFTijdstip\r\n02-07-2026 00:30\r\n15-01-2026 09:05\r\n",
    );
    expect(toCsv("en", ["Time"], [[summer]])).toBe("\uFEFFTime\r\n2026-07-02 00:30\r\n");
  });

  it("leaves an empty cell empty and still neutralises formulas in text", () => {
    expect(toCsv("nl", ["a", "b"], [[null, "=HYPERLINK()"]])).toBe("\uFEFFa;b\r\n;'=HYPERLINK()\r\n");
  });
});
