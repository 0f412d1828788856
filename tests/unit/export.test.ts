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
    expect(toCsv(["a", "b"], [["x, y", 'say "hi"']])).toBe('a,b\n"x, y","say ""hi"""\n');
  });
});
