const assessments = {
  title: "Zelfscans",
  intro:
    "Een zelfscan brengt per thema in beeld hoe aantrekkelijk uw organisatie is voor criminele netwerken en hoe goed uw maatregelen standhouden. Antwoorden worden direct bewaard; u kunt altijd later verder.",
  listTitle: "Uw zelfscans",
  questionnaire: "Vragenlijst",
  status: "Status",
  lastChange: "Laatst gewijzigd",
  statuses: { draft: "Concept", submitted: "Ingediend" },
  startTitle: "Nieuwe zelfscan starten",
  start: "Start: {{title}}",
  progressColumn: "Voortgang",
  outcomeColumn: "Uitkomst",
  answeredOf: "{{answered}} van {{total}} vragen beantwoord",
  draftOpen: "Er staat een concept open, laatst gewijzigd op {{date}}.",
  continue: "Verder invullen",
  continueTitle: "Verder invullen: {{title}}",
  discard: "Concept verwijderen",
  latest: "Laatst ingediend op {{date}}:",
  toReport: "Rapport bekijken",
  startFromLatest:
    "Een nieuwe zelfscan begint met de antwoorden van uw laatst ingediende zelfscan. U loopt ze na en past aan wat veranderd is.",
  startFresh: "Leeg beginnen",
  startFreshTitle: "Leeg beginnen: {{title}}",
  resumed: "U had deze zelfscan al open staan: u gaat verder waar u was.",
  discardTitle: "Concept verwijderen?",
  discardExplanation:
    "Het concept van {{title}} ({{progress}}) wordt verwijderd, met de toegewezen thema's en de acties erbij. Dit kan niet ongedaan worden gemaakt.",
  discardConfirm: "Ja, concept verwijderen",
  discardCancel: "Nee, terug naar het concept",
  discarded: "Het concept is verwijderd.",
};

export default assessments;
