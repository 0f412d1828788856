const common = {
  choose: "Maak een keuze",
  save: "Opslaan",
  cancel: "Annuleren",
  areYouSure: "Weet u het zeker?",
  copy: "Kopiëren",
  copied: "Gekopieerd naar het klembord.",
  copyFailed: "Kopiëren lukte niet: selecteer de tekst en kopieer die zelf.",
  chartNote: "Deze grafiek heeft JavaScript nodig. Dezelfde cijfers staan in de tabel hieronder.",
  tableScrolls: "Schuif de tabel opzij voor de kolommen die er niet meer op passen.",
  pageOf: "Pagina {{page}} van {{pages}}.",
  previousPage: "Vorige pagina",
  nextPage: "Volgende pagina",
};

export default common;
