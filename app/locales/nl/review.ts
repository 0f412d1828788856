const review = {
  title: "Controleren en indienen",
  unansweredTitle_one: "{{count}} vraag nog niet beantwoord",
  unansweredTitle_other: "{{count}} vragen nog niet beantwoord",
  allAnswered: "Alle vragen zijn beantwoord.",
  submitExplanation:
    "Na het indienen is de zelfscan definitief en kan niemand hem meer wijzigen. Weet u een antwoord niet, kies dan ‘Weet ik niet’.",
  submit: "Zelfscan indienen",
  confirm: "Ik heb de antwoorden nagelopen en begrijp dat de zelfscan na indienen niet meer te wijzigen is.",
  confirmRequired: "Vink aan dat u de antwoorden hebt nagelopen.",
  unansweredIn_one: "{{section}}: {{count}} vraag open",
  unansweredIn_other: "{{section}}: {{count}} vragen open",
  adminSubmits: "Een beheerder van uw organisatie dient de zelfscan in.",
  incomplete: "Beantwoord eerst alle vragen; kies ‘Weet ik niet’ als u het antwoord niet weet.",
  alreadySubmitted: "Deze zelfscan is al ingediend.",
  submittedNotice: "Deze zelfscan is ingediend. De antwoorden staan hieronder.",
  againTitle: "Opnieuw beoordelen",
  againExplanation:
    "Start een nieuwe zelfscan waarin de antwoorden van deze al zijn ingevuld. U past alleen aan wat veranderd is.",
  again: "Nieuwe zelfscan starten vanuit deze",
  answersTitle: "Antwoorden per onderdeel",
  answersIn_one: "{{section}}: {{count}} antwoord",
  answersIn_other: "{{section}}: {{count}} antwoorden",
  noAnswersIn: "{{section}}: nog geen antwoorden",
  whoAnswered: "Antwoorden bij {{section}} en wie ze gaf",
  question: "Vraag",
  answer: "Antwoord",
  answeredBy: "Beantwoord door",
  formerMember: "oud-lid (account gewist)",
};

export default review;
