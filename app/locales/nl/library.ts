const library = {
  title: "Adviesbibliotheek",
  intro:
    "Alle adviezen uit de zelfscans, per thema, met concrete stappen en een bron. Vrij te gebruiken, ook zonder account: voor organisaties zonder eigen beveiligingsafdeling.",
  searchLabel: "Zoek in de adviezen",
  search: "Zoeken",
  themeLabel: "Thema",
  allThemes: "Alle thema's",
  found_one: "{{count}} advies gevonden voor ‘{{query}}’.",
  found_other: "{{count}} adviezen gevonden voor ‘{{query}}’.",
  nav: "Adviesbibliotheek",
};

export default library;
