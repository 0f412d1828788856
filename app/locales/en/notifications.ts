import type { Translation } from "../translation";
import type nl from "../nl/notifications";

const notifications: Translation<typeof nl> = {
  title: "E-mail notifications",
  intro: "Choose what Weerbaar e-mails you about. A notification is on until you switch it off.",
  legend: "E-mail me",
  mailLanguage: {
    nl: "Weerbaar e-mails you in Dutch: the language you last signed in with or chose with the language button at the top.",
    en: "Weerbaar e-mails you in English: the language you last signed in with or chose with the language button at the top.",
  },
  save: "Save notifications",
  saved: "Your notification choices have been saved.",
  none: "Weerbaar sends no notifications for your role.",
  kinds: {
    theme_assigned: "when someone assigns a theme of a self-assessment to me",
    action_digest: "once a day, about my actions that are overdue or due within 7 days",
    report_opened: "when Customs or a sector association opens our shared report (at most once a day per organisation)",
    consent_ending: "when sharing our report ends within 30 days, and when it has ended",
    consent_revoked: "when sharing a report is revoked or ends",
    benchmark_release: "when a new benchmark release is out",
  },
  mail: {
    switchOff: "You get this message because this notification is on. You can switch it off under Settings: {{link}}",
    themeAssigned: {
      subject: "Assigned to you: {{theme}}",
      intro: "{{assigner}} assigned the theme ‘{{theme}}’ of the self-assessment ‘{{questionnaire}}’ to you.",
      action: "Go to the theme",
    },
    actionDigest: {
      subject: {
        both: "Your actions in Weerbaar: {{overdue}} overdue, {{dueSoon}} due soon",
        overdue: "Your actions in Weerbaar: {{overdue}} overdue",
        dueSoon: "Your actions in Weerbaar: {{dueSoon}} due soon",
      },
      intro:
        "These are the open actions of the action plan that you own, or that have no owner and fall to you as an admin.",
      overdue: "Overdue",
      dueSoon_one: "Due within {{count}} day",
      dueSoon_other: "Due within {{count}} days",
      item: "{{title}} (due {{date}})",
      action: "Go to Weerbaar",
      once: "You get this overview at most once a day, and only on days when there are such actions.",
    },
    reportOpened: {
      subject: "The shared report of {{organisation}} was opened",
      intro: "{{reader}} opened the shared report of {{organisation}} on {{at}}.",
      purpose: "Stated purpose: {{purpose}}",
      action: "See every view",
      throttle:
        "You get at most one such message a day per organisation that reads your report. Every view, with its purpose, is listed under Sharing.",
    },
    consentRevoked: {
      subject: {
        customs: "Sharing with Customs was revoked",
        association: "Sharing with {{associations}} was revoked",
      },
      intro: {
        customs:
          "{{revokedBy}} revoked sharing the report of {{organisation}} with Customs. Customs can no longer open the report.",
        association:
          "{{revokedBy}} revoked sharing the report of {{organisation}} with {{associations}}. The association can no longer open the report.",
      },
      action: "Go to Sharing",
    },
    consentEnding: {
      subject: {
        customs: "Sharing with Customs stops on {{date}}",
        association: "Sharing with {{associations}} stops on {{date}}",
      },
      intro: {
        customs:
          "Sharing the report of {{organisation}} with Customs stops on {{date}}, when the term chosen on sharing ends. From that day Customs can no longer open the report.",
        association:
          "Sharing the report of {{organisation}} with {{associations}} stops on {{date}}, when the term chosen on sharing ends. From that day the sector association can no longer open the report.",
      },
      next: "To keep sharing, update it under Sharing: that starts a new term. If you do nothing, it stops by itself.",
    },
    consentExpired: {
      subject: {
        customs: "Sharing with Customs has stopped",
        association: "Sharing with {{associations}} has stopped",
      },
      intro: {
        customs:
          "The term of sharing the report of {{organisation}} with Customs ended on {{date}}. Customs can no longer open the report.",
        association:
          "The term of sharing the report of {{organisation}} with {{associations}} ended on {{date}}. The sector association can no longer open the report.",
      },
      next: "You can share again under Sharing, with a new term.",
    },
    sharingEnded: {
      subject: "{{organisation}} no longer shares its report",
      intro: {
        customs:
          "{{organisation}} no longer shares its report with Customs. You can no longer open it; your earlier views stay in the audit log.",
        association:
          "{{organisation}} no longer shares its report with your sector association. You can no longer open it; your earlier views stay in the audit log.",
      },
      action: "Go to the shared reports",
    },
    benchmarkRelease: {
      subject: "New benchmark: {{questionnaire}}",
      intro: "A new benchmark release of ‘{{questionnaire}}’ is out.",
      aggregates: "The benchmark shows only aggregate figures of groups large enough, never those of one organisation.",
      action: "See the benchmark",
    },
  },
};

export default notifications;
