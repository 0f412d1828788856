import { describe, expect, it } from "vitest";
import { calendarDay, dateFormat, formatDate, halfYearOf } from "~/dates";

const spring = new Date("2026-03-04T13:05:00Z");

describe("dates", () => {
  it("writes English dates day first, as in Britain", () => {
    expect(formatDate(spring, "en")).toBe("4 March 2026");
    expect(formatDate(spring, "en", "medium")).toBe("4 Mar 2026");
    expect(dateFormat("en", { dateStyle: "short" }).format(spring)).toBe("04/03/2026");
    expect(dateFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(spring)).toBe("4 Mar 2026, 14:05");
  });

  it("writes Dutch dates the Dutch way, in the Dutch time zone", () => {
    expect(formatDate(spring, "nl")).toBe("4 maart 2026");
    expect(dateFormat("nl", { dateStyle: "short" }).format(spring)).toBe("04-03-2026");
    expect(dateFormat("nl", { timeStyle: "short" }).format(new Date("2026-07-01T22:30:00Z"))).toBe("00:30");
  });

  it("counts days and half-years as the Netherlands does, not by UTC", () => {
    expect(calendarDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(halfYearOf(new Date("2026-06-30T22:30:00Z"))).toBe("2026-H2");
    expect(halfYearOf(new Date("2026-06-30T21:30:00Z"))).toBe("2026-H1");
    expect(halfYearOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-H1");
  });
});
