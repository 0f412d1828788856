const common = {
  choose: "Maak een keuze",
  save: "Opslaan",
  cancel: "Annuleren",
};

export default common;
