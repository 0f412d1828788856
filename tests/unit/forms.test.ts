import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EmailSchema, PasswordSchema } from "~/domain/account";
import { ActionSchema } from "~/domain/action-plan";
import { calendarDay } from "~/domain/calendar-date";
import { messageKey, parseForm } from "~/forms";
import { AuditQuery } from "~/models/audit.server";
import en from "~/locales/en";
import nl from "~/locales/nl";

function errorsOf(entries: Record<string, string>) {
  const schema = z.object({ email: EmailSchema, password: PasswordSchema, sector: z.enum(["a", "b"]) });
  const submission = parseForm(new URLSearchParams(entries), schema);
  return submission.status === "error" ? submission.error : {};
}

describe("form validation messages", () => {
  it("reports each problem as a translation key", () => {
    const errors = errorsOf({ email: "not-an-address", password: "short", sector: "c" });
    expect(errors).toEqual({
      email: ["validation.email"],
      password: ["validation.tooShort:12"],
      sector: ["validation.choose"],
    });
  });

  it("asks to fill in an empty text field, and to choose in an empty select or radio group", () => {
    expect(errorsOf({ email: "", password: "", sector: "" })).toEqual({
      email: ["validation.required"],
      password: ["validation.required"],
      sector: ["validation.choose"],
    });
    expect(errorsOf({ email: "a@b.nl", password: "x".repeat(12) })).toEqual({ sector: ["validation.choose"] });
    expect(nl.validation.choose).not.toBe(nl.validation.required);
    expect(en.validation.choose).not.toBe(en.validation.required);
  });

  it("keeps a password exactly as typed", () => {
    expect(PasswordSchema.parse("  Twelve chars  ")).toBe("  Twelve chars  ");
    expect(PasswordSchema.safeParse("x".repeat(129)).success).toBe(false);
  });

  it("splits a key from its number", () => {
    expect(messageKey("validation.tooShort:12")).toEqual({ key: "validation.tooShort", count: 12 });
    expect(messageKey("validation.email")).toEqual({ key: "validation.email" });
  });

  it("has every validation message in both languages", () => {
    for (const key of ["required", "invalid", "choose", "email", "tooShort_other", "tooLong_other", "kvk"]) {
      expect(nl.validation).toHaveProperty(key);
      expect(en.validation).toHaveProperty(key);
    }
  });
});

describe("calendar days", () => {
  it.each(["2026-02-28", "2028-02-29", "2000-01-01", "2099-12-31"])("accepts %s", (day) => {
    expect(calendarDay.safeParse(day).success).toBe(true);
  });
  it.each([
    "2026-02-30",
    "2027-02-29",
    "2026-13-01",
    "2026-04-31",
    "0000-01-01",
    "1999-12-31",
    "2100-01-01",
    "99999-01-01",
    "2026-1-1",
    "2026-02-28T00:00",
    "",
  ])("refuses %s with the date message", (day) => {
    const result = calendarDay.safeParse(day);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("validation.date");
  });
  it("is what the action plan and the audit filter use", () => {
    expect(ActionSchema.safeParse({ adviceId: "a", status: "planned", dueDate: "2026-02-30" }).success).toBe(false);
    expect(AuditQuery.safeParse({ to: "0000-01-01" }).success).toBe(false);
    expect(AuditQuery.safeParse({ from: "2026-02-01", to: "2026-02-28" }).success).toBe(true);
  });
});
