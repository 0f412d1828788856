import { describe, expect, it } from "vitest";
import { isGuessablePassword } from "~/models/password.server";

describe("password strength", () => {
  it("refuses a common word with digits added, in Dutch or English", async () => {
    for (const password of [
      "welkom123456",
      "wachtwoord123",
      "Welkom123456",
      "password1234",
      "rotterdam2026",
      "1qaz2wsx3edc",
      "QWERTY123456",
    ])
      expect(await isGuessablePassword(password), password).toBe(true);
  });

  it("refuses the person's own e-mail address", async () => {
    expect(await isGuessablePassword("pieter@havens.example", "Pieter@Havens.example")).toBe(true);
  });

  it("accepts a passphrase of a few words", async () => {
    for (const password of [
      "zeehaven veilig 2026",
      "weerbaar-demo-2026",
      "onder de brug langs de maas",
      "correct horse battery",
    ])
      expect(await isGuessablePassword(password, "someone@example.com"), password).toBe(false);
  });
});
