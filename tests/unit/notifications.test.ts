import { describe, expect, it } from "vitest";
import {
  addDays,
  digestLists,
  NOTIFICATION_KINDS,
  notificationKindsFor,
  NotificationSettingsSchema,
} from "~/domain/notifications";
import { parseForm } from "~/forms";
import { renderMail } from "~/server/mail-templates.server";

describe("notifications", () => {
  it("counts calendar days across months, years and the clock change", () => {
    expect(addDays("2027-01-28", 7)).toBe("2027-02-04");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("splits a digest into overdue and due within 7 days, soonest first, leaving later ones out", () => {
    const lists = digestLists(
      ["2027-01-18", "2027-01-10", "2027-01-11", "2027-01-19", "2027-01-02"].map((dueDate) => ({ dueDate })),
      "2027-01-11",
    );
    expect(lists.overdue.map((a) => a.dueDate)).toEqual(["2027-01-02", "2027-01-10"]);
    expect(lists.dueSoon.map((a) => a.dueDate)).toEqual(["2027-01-11", "2027-01-18"]);
  });

  it("offers each role the notifications it can receive", () => {
    const none = { organisationRole: null, analyst: false, customsReviewer: false };
    expect(notificationKindsFor(none)).toEqual([]);
    expect(notificationKindsFor({ ...none, organisationRole: "member" })).toEqual(["theme_assigned", "action_digest"]);
    expect(notificationKindsFor({ ...none, analyst: true })).toEqual(["consent_revoked", "benchmark_release"]);
    expect(notificationKindsFor({ ...none, customsReviewer: true })).toEqual(["consent_revoked"]);
    // An admin is offered every kind, the end of a consent's term among them.
    expect(notificationKindsFor({ ...none, organisationRole: "admin" })).toEqual(NOTIFICATION_KINDS);
    expect(NOTIFICATION_KINDS).toContain("consent_ending");
  });

  it("reads the ticked boxes, none ticked as all off, and refuses unknown kinds", () => {
    const form = (...values: string[]) => {
      const data = new FormData();
      for (const value of values) data.append("enabled", value);
      return parseForm(data, NotificationSettingsSchema);
    };
    const none = form();
    expect(none.status === "success" && none.value).toEqual({ enabled: [] });
    const one = form("action_digest");
    expect(one.status === "success" && one.value).toEqual({ enabled: ["action_digest"] });
    expect(form("action_digest", "everything").status).toBe("error");
  });

  it("renders a digest's actions as a list with a link each, escaped in HTML", () => {
    const mail = renderMail("en", {
      key: "action_digest",
      name: "Sam <Ops>",
      overdue: [{ title: "Rotate <PIN> codes", dueDate: "2027-01-05", link: "https://weerbaar.example/a/1" }],
      dueSoon: [],
      days: 7,
      link: "https://weerbaar.example/a/1",
      settingsLink: "https://weerbaar.example/settings",
    });
    expect(mail.subject).toBe("Your actions in Weerbaar: 1 overdue");
    expect(mail.text).toContain("Overdue:\n- Rotate <PIN> codes (due 5 January 2027)\n  https://weerbaar.example/a/1");
    expect(mail.text).not.toContain("Due within");
    expect(mail.html).toContain(
      '<li><a href="https://weerbaar.example/a/1">Rotate &lt;PIN&gt; codes (due 5 January 2027)</a></li>',
    );
    expect(mail.html).not.toContain("<Ops>");
    expect(mail.html).not.toMatch(/<img|<script|https?:\/\/(?!weerbaar\.example)/);
  });
});
