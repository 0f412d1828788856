const notifications = {
  title: "Meldingen per e-mail",
  intro: "Kies waarover Weerbaar u een e-mail stuurt. Een melding staat aan tot u haar uitzet.",
  legend: "Stuur mij een e-mail",
  mailLanguage: {
    nl: "Weerbaar mailt u in het Nederlands: de taal waarin u zich het laatst aanmeldde of die u koos met de taalknop bovenaan.",
    en: "Weerbaar mailt u in het Engels: de taal waarin u zich het laatst aanmeldde of die u koos met de taalknop bovenaan.",
  },
  save: "Meldingen opslaan",
  saved: "Uw keuze voor meldingen is opgeslagen.",
  none: "Voor uw rol stuurt Weerbaar geen meldingen.",
  kinds: {
    theme_assigned: "als iemand mij een thema van een zelfscan toewijst",
    action_digest: "één keer per dag, over mijn acties die te laat zijn of binnen 7 dagen af moeten",
    report_opened:
      "als de Douane of een brancheorganisatie ons gedeelde rapport opent (hooguit één keer per dag per organisatie)",
    consent_ending: "als het delen van ons rapport binnen 30 dagen afloopt, en als het is afgelopen",
    consent_revoked: "als het delen van een rapport wordt ingetrokken of afloopt",
    benchmark_release: "als er een nieuwe benchmarkrelease is",
  },
  mail: {
    switchOff: "U krijgt dit bericht omdat deze melding aanstaat. Uitzetten kan onder Instellingen: {{link}}",
    themeAssigned: {
      subject: "Aan u toegewezen: {{theme}}",
      intro: "{{assigner}} heeft u het thema ‘{{theme}}’ van de zelfscan ‘{{questionnaire}}’ toegewezen.",
      action: "Naar het thema",
    },
    actionDigest: {
      subject: {
        both: "Uw acties in Weerbaar: {{overdue}} te laat, {{dueSoon}} binnenkort",
        overdue: "Uw acties in Weerbaar: {{overdue}} te laat",
        dueSoon: "Uw acties in Weerbaar: {{dueSoon}} binnenkort",
      },
      intro:
        "Dit zijn de open acties uit het actieplan waarvan u eigenaar bent, of die zonder eigenaar onder u als beheerder vallen.",
      overdue: "Te laat",
      dueSoon_one: "Af binnen {{count}} dag",
      dueSoon_other: "Af binnen {{count}} dagen",
      item: "{{title}} (uiterlijk {{date}})",
      action: "Naar Weerbaar",
      once: "U krijgt dit overzicht hooguit één keer per dag, en alleen op dagen dat er zulke acties zijn.",
    },
    reportOpened: {
      subject: "Het gedeelde rapport van {{organisation}} is ingezien",
      intro: "{{reader}} heeft het gedeelde rapport van {{organisation}} geopend op {{at}}.",
      purpose: "Opgegeven doel: {{purpose}}",
      action: "Bekijk alle inzagen",
      throttle:
        "U krijgt hooguit één zo'n bericht per dag per organisatie die uw rapport leest. Elke inzage, met het doel, staat onder Delen.",
    },
    consentRevoked: {
      subject: {
        customs: "Delen met de Douane is ingetrokken",
        association: "Delen met {{associations}} is ingetrokken",
      },
      intro: {
        customs:
          "{{revokedBy}} heeft het delen van het rapport van {{organisation}} met de Douane ingetrokken. De Douane kan het rapport vanaf nu niet meer openen.",
        association:
          "{{revokedBy}} heeft het delen van het rapport van {{organisation}} met {{associations}} ingetrokken. De brancheorganisatie kan het rapport vanaf nu niet meer openen.",
      },
      action: "Naar Delen",
    },
    consentEnding: {
      subject: {
        customs: "Delen met de Douane stopt op {{date}}",
        association: "Delen met {{associations}} stopt op {{date}}",
      },
      intro: {
        customs:
          "Het delen van het rapport van {{organisation}} met de Douane stopt op {{date}}: dan eindigt de termijn die bij het delen is gekozen. Vanaf die dag kan de Douane het rapport niet meer openen.",
        association:
          "Het delen van het rapport van {{organisation}} met {{associations}} stopt op {{date}}: dan eindigt de termijn die bij het delen is gekozen. Vanaf die dag kan de brancheorganisatie het rapport niet meer openen.",
      },
      next: "Wilt u blijven delen, werk het delen dan bij onder Delen: dat start een nieuwe termijn. Doet u niets, dan stopt het vanzelf.",
    },
    consentExpired: {
      subject: {
        customs: "Delen met de Douane is gestopt",
        association: "Delen met {{associations}} is gestopt",
      },
      intro: {
        customs:
          "De termijn van het delen van het rapport van {{organisation}} met de Douane is op {{date}} afgelopen. De Douane kan het rapport niet meer openen.",
        association:
          "De termijn van het delen van het rapport van {{organisation}} met {{associations}} is op {{date}} afgelopen. De brancheorganisatie kan het rapport niet meer openen.",
      },
      next: "U kunt opnieuw delen onder Delen, met een nieuwe termijn.",
    },
    sharingEnded: {
      subject: "Het rapport van {{organisation}} wordt niet meer gedeeld",
      intro: {
        customs:
          "{{organisation}} deelt het rapport niet meer met de Douane. U kunt het niet meer openen; uw eerdere inzagen blijven in het auditlog staan.",
        association:
          "{{organisation}} deelt het rapport niet meer met uw brancheorganisatie. U kunt het niet meer openen; uw eerdere inzagen blijven in het auditlog staan.",
      },
      action: "Naar de gedeelde rapporten",
    },
    benchmarkRelease: {
      subject: "Nieuwe benchmark: {{questionnaire}}",
      intro: "Er is een nieuwe benchmarkrelease van ‘{{questionnaire}}’.",
      aggregates:
        "De benchmark toont alleen geaggregeerde cijfers van groepen die groot genoeg zijn, nooit die van één organisatie.",
      action: "Bekijk de benchmark",
    },
  },
};

export default notifications;
