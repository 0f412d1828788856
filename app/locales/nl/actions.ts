const actions = {
  title: "Actieplan",
  intro:
    "Maak van advies werk: wie pakt het op, wanneer is het klaar, en hoe ver is het. De volgorde is die van het rapport: wat het meeste risico wegneemt staat bovenaan.",
  status: "Status",
  statuses: { planned: "Gepland", in_progress: "Bezig", done: "Gereed", not_relevant: "Niet relevant" },
  owner: "Eigenaar",
  dueDate: "Gereed op",
  reason: "Reden (bij niet relevant)",
  add: "In actieplan zetten",
  update: "Bijwerken",
  saved: "Opgeslagen.",
  reasonRequired: "Geef aan waarom deze actie niet relevant is.",
  link: "Actieplan",
  openTitle: "Open acties",
  openCount: "{{open}} open, waarvan {{overdue}} over de datum.",
  overdue: "{{title}}: gepland voor {{date}}",
};

export default actions;
