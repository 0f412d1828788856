const exports = {
  title: "Downloads",
  csv: "Antwoorden (CSV)",
  json: "Antwoorden en scores (JSON)",
  print: "Afdrukken of bewaren als PDF: gebruik de afdrukfunctie van uw browser.",
  columns: {
    section: "Onderdeel",
    question: "Vraag-id",
    text: "Vraag",
    answer: "Antwoord",
    note: "Toelichting",
    answeredBy: "Beantwoord door",
    updatedAt: "Laatst gewijzigd",
  },
};

export default exports;
