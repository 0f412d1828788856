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
};

export default assessments;
