const shared = {
  reportTitle: "Rapport van {{organisation}}",
  viewRecorded: "Geopend met doel ‘{{purpose}}’. Deze inzage is vastgelegd en de organisatie ziet haar.",
  openTitle: "Rapport van {{organisation}} openen",
  openIntro: "{{sector}}. Gedeeld rapport, ingediend op {{date}}.",
  purposeExplained:
    "Geef eerst het doel van deze inzage op. Het doel wordt met uw naam en het tijdstip in het auditlog vastgelegd. De organisatie ziet het doel, het tijdstip en uw organisatie en rol, niet uw naam.",
  purpose: "Doel van de inzage",
  purposeHint: "Minstens 10 tekens, bijvoorbeeld een zaak- of inspectienummer.",
  open: "Rapport openen",
};

export default shared;
