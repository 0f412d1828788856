const errors = {
  backHome: "Naar de startpagina",
  notFound: {
    title: "Pagina niet gevonden",
    body: "Deze pagina bestaat niet, of u heeft er geen toegang toe.",
  },
  forbidden: {
    title: "Niet toegestaan",
    body: "Dit verzoek is geweigerd.",
  },
  unavailable: {
    title: "Tijdelijk niet beschikbaar",
    body: "Weerbaar is even niet bereikbaar. Er is niets verloren gegaan; probeer het over een paar minuten opnieuw.",
  },
  tooManyRequests: {
    title: "Te veel verzoeken",
    body: "U heeft in korte tijd veel gegevens opgevraagd. Wacht een minuut en probeer het dan opnieuw.",
  },
  request: {
    title: "Verzoek geweigerd",
    crossSite:
      "Dit formulier kwam van een andere website en is daarom niet verwerkt. Open Weerbaar zelf en probeer het daar opnieuw.",
    methodNotAllowed: "Weerbaar beantwoordt dit soort verzoek niet.",
    badRequest: "Dit verzoek kon niet worden gelezen.",
    controlCharacters:
      "De tekst bevat stuurtekens (zoals een nul-teken) die Weerbaar niet opslaat. Haal ze weg en probeer het opnieuw.",
    tooLarge: "Dit formulier is groter dan 1 MB en is niet verwerkt.",
    unsupportedType: "Weerbaar neemt alleen formulieren aan.",
  },
  unexpected: {
    title: "Er ging iets mis",
    body: "Er is een onverwachte fout opgetreden. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
  },
};

export default errors;
