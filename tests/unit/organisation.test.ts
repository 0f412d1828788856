import { describe, expect, it } from "vitest";
import { isValidKvkNumber, OrganisationProfileSchema, SECTORS } from "~/domain/organisation";

describe("organisation vocabulary", () => {
  it("lists the thirteen sectors once each", () => {
    expect(SECTORS).toHaveLength(13);
    expect(new Set(SECTORS).size).toBe(13);
  });

  it.each([
    ["12345678", true],
    ["1234567", false],
    ["123456789", false],
    ["1234567a", false],
    ["00000000", false],
  ])("checks KvK number %s", (value, valid) => {
    expect(isValidKvkNumber(value)).toBe(valid);
  });

  it("accepts a KvK number typed with spaces or dots and stores the digits", () => {
    const parsed = OrganisationProfileSchema.parse({
      organisationName: "Terminal",
      sector: "terminal_operator",
      sizeBand: "250+",
      region: "rotterdam_rijnmond",
      kvkNumber: "24 123.456",
    });
    expect(parsed.kvkNumber).toBe("24123456");
  });

  it("refuses a malformed KvK number with its own message", () => {
    const result = OrganisationProfileSchema.safeParse({
      organisationName: "Terminal",
      sector: "terminal_operator",
      sizeBand: "250+",
      region: "rotterdam_rijnmond",
      kvkNumber: "1234",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.kvk");
  });
});
