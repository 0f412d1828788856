import { describe, expect, it } from "vitest";
import { LANGUAGES } from "~/i18n";
import type { AddressMailTemplate } from "~/server/address-mail-templates.server";
import { renderMail } from "~/server/mail-templates.server";

const LINK = "https://weerbaar.example/verify-email/abc";
const RESET = "https://weerbaar.example/password/forgot";
const TEMPLATES: AddressMailTemplate[] = [
  { key: "verify_email", name: "Eva", email: "eva@kade.example", link: LINK, hours: 24, invited: false },
  { key: "verify_email", name: "Eva", email: "eva@kade.example", link: LINK, hours: 24, invited: true },
  { key: "confirm_new_address", name: "Eva", email: "nieuw@kade.example", link: LINK, hours: 24 },
  {
    key: "address_change_notice",
    name: "Eva",
    oldEmail: "eva@kade.example",
    newEmail: "nieuw@kade.example",
    link: "https://weerbaar.example/settings",
    resetLink: RESET,
  },
  ...(["sign_up", "address_change", "invitation"] as const).map((reason): AddressMailTemplate => ({
    key: "account_exists",
    name: "Eva",
    email: "eva@kade.example",
    reason,
    link: "https://weerbaar.example/signin",
    resetLink: RESET,
  })),
];

describe("the mails about a person's address", () => {
  it.each(LANGUAGES.flatMap((language) => TEMPLATES.map((template) => [language, template] as const)))(
    "render in %s: %o",
    (language, template) => {
      const mail = renderMail(language, template);
      expect(mail.subject).not.toMatch(/mail\.|address\./);
      expect(mail.text).not.toMatch(/\bmail\.address\./);
      expect(mail.text).toContain(template.link);
      expect(mail.html).toContain(template.link);
      if ("resetLink" in template) expect(mail.text).toContain(template.resetLink);
      if ("email" in template) expect(mail.text).toContain(template.email);
    },
  );

  it("say the link's hours in the reader's language", () => {
    expect(renderMail("nl", TEMPLATES[0]!).text).toContain("24 uur geldig");
    expect(renderMail("en", TEMPLATES[0]!).text).toContain("valid for 24 hours");
  });

  it("tell an invited account that confirming lets it sign in, and not to confirm an invitation one did not accept", () => {
    const invited = renderMail("nl", TEMPLATES[1]!).text;
    expect(invited).toContain("daarna kunt u inloggen");
    expect(invited).toContain("Bevestig dan niet");
    expect(renderMail("nl", TEMPLATES[0]!).text).not.toContain("Bevestig dan niet");
  });

  it("tell the owner of a taken address that another account tried to move to it, not that they probably did", () => {
    const moved = TEMPLATES.find((t) => t.key === "account_exists" && t.reason === "address_change")!;
    expect(renderMail("nl", moved).text).toContain("het e-mailadres van een ander Weerbaar-account te wijzigen");
    expect(renderMail("en", moved).text).toContain("change the e-mail address of another Weerbaar account");
    for (const language of LANGUAGES)
      expect(renderMail(language, moved).text).not.toMatch(/waarschijnlijk u|probably you/);
  });
});
