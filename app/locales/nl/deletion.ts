const deletion = {
  title: "{{name}} verwijderen",
  intro: "Hiermee verdwijnt uw organisatie definitief van Weerbaar. Dit kan niet ongedaan worden gemaakt.",
  removes:
    "Verwijderd worden: alle zelfscans met antwoorden en scores, het actieplan, toestemmingen om te delen, openstaande uitnodigingen en de accounts van alle leden.",
  keeps:
    "Blijven bestaan: het auditlog (zonder namen) en al gepubliceerde benchmarkreleases; die bevatten geen gegevens van uw organisatie.",
  exportFirst: "Download eerst al uw gegevens (JSON)",
  confirmLabel: "Typ de naam van uw organisatie, {{name}}, om te bevestigen",
  nameMismatch: "De naam klopt niet: typ hem precies zoals hierboven.",
  submit: "Organisatie definitief verwijderen",
  link: "Organisatie verwijderen",
  dataTitle: "Uw gegevens",
  dataIntro: "Download alles wat Weerbaar over uw organisatie bewaart, of verwijder uw organisatie.",
  export: "Alle gegevens downloaden (JSON)",
  deleted: "Uw organisatie en alle gegevens ervan zijn verwijderd.",
  accountErased: "Uw account is gewist. De antwoorden die u gaf, blijven bij uw organisatie, zonder uw naam.",
};

export default deletion;
