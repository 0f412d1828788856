const position = {
  title: "Uw positie in de sector",
  unverified:
    "De organisatie is nog niet geverifieerd. Pas als een analist van de brancheorganisatie of het platformbeheer dat heeft gedaan, telt zij mee in benchmarks en wordt zij met haar sector vergeleken.",
  none: "Er is nog geen gepubliceerde benchmark om u mee te vergelijken: daarvoor zijn minstens 5 organisaties nodig.",
  comparedWithSector: "Vergeleken met {{band}} organisaties in uw sector.",
  comparedWithAll:
    "Uw sector heeft nog minder dan {{k}} deelnemers; daarom vergelijken we u met alle organisaties ({{band}}) die deze zelfscan invulden.",
  release: "Benchmarkrelease van {{date}}.",
  chartFold: "Grafiek van de weerbaarheid naast de groep",
  chart: "Uw weerbaarheid per thema (0–100) naast de middelste helft en de mediaan van de groep",
  captionSector: "Uw weerbaarheid tegenover uw sector (0–100)",
  captionAll: "Uw weerbaarheid tegenover alle organisaties (0–100)",
  middleHalf: "Middelste helft (p25–p75)",
  median: "Mediaan",
  you: "Uw organisatie",
  yours: "Uw weerbaarheid",
  title_shared: "Positie in de sector",
  none_shared:
    "Er is nog geen gepubliceerde benchmark om de organisatie mee te vergelijken: daarvoor zijn minstens 5 organisaties nodig.",
  comparedWithSector_shared: "Vergeleken met {{band}} organisaties in dezelfde sector.",
  comparedWithAll_shared:
    "De sector heeft nog minder dan {{k}} deelnemers; daarom is vergeleken met alle organisaties ({{band}}) die deze zelfscan invulden.",
  chart_shared: "Weerbaarheid van de organisatie per thema (0–100) naast de middelste helft en de mediaan van de groep",
  captionSector_shared: "Weerbaarheid van de organisatie tegenover de sector (0–100)",
  captionAll_shared: "Weerbaarheid van de organisatie tegenover alle organisaties (0–100)",
  you_shared: "Deze organisatie",
  yours_shared: "Weerbaarheid van de organisatie",
  p25: "p25",
  p75: "p75",
  where: "Positie",
  placement: {
    below: "Onder de middelste helft",
    within: "Binnen de middelste helft",
    above: "Boven de middelste helft",
  },
};

export default position;
