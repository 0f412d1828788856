const common = {
  choose: "Maak een keuze",
  save: "Opslaan",
  cancel: "Annuleren",
  areYouSure: "Weet u het zeker?",
  copy: "Kopiëren",
  copied: "Gekopieerd naar het klembord.",
  copyFailed: "Kopiëren lukte niet: selecteer de tekst en kopieer die zelf.",
};

export default common;
