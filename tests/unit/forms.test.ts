import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EmailSchema, PasswordSchema } from "~/domain/account";
import { messageKey, parseForm } from "~/forms";
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

  it("calls an empty field required", () => {
    expect(errorsOf({ email: "", password: "", sector: "" })).toEqual({
      email: ["validation.required"],
      password: ["validation.required"],
      sector: ["validation.required"],
    });
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
    for (const key of ["required", "invalid", "choose", "email", "tooShort_other", "tooLong_other", "kvk", "emailTaken"]) {
      expect(nl.validation).toHaveProperty(key);
      expect(en.validation).toHaveProperty(key);
    }
  });
});
