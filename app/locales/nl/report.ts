const report = {
  title: "Rapport",
  provisional:
    "Voorlopig rapport: deze zelfscan is nog niet ingediend. De cijfers veranderen nog als antwoorden veranderen.",
  overallTitle: "Uw organisatie in één oogopslag",
  overallTitle_shared: "De organisatie in één oogopslag",
  titleOf: "Rapport van {{organisation}}",
  meta: "{{questionnaire}}, versie {{version}}",
  submittedOn: "Ingediend op {{date}}",
  provisionalOn: "Voorlopig, stand van {{date}}",
  levelMeaning: {
    low: "Laag risico: de maatregelen passen bij de blootstelling. Houd ze bij en kijk over een jaar opnieuw.",
    medium:
      "Middelmatig risico: er zijn zwakke plekken die criminele netwerken kunnen benutten. Pak de eerste stappen hieronder dit kwartaal op.",
    high: "Hoog risico: criminele netwerken kunnen de organisatie waarschijnlijk misbruiken. Pak de eerste stappen hieronder nu op.",
    critical:
      "Kritiek risico: essentiële maatregelen ontbreken. Pak de eerste stappen hieronder direct op en breng de directie op de hoogte.",
    low_shared:
      "Laag risico: de maatregelen passen bij de blootstelling. De organisatie doet er goed aan ze bij te houden en over een jaar opnieuw te kijken.",
    medium_shared:
      "Middelmatig risico: er zijn zwakke plekken die criminele netwerken kunnen benutten. De organisatie doet er goed aan de eerste stappen hieronder dit kwartaal op te pakken.",
    high_shared:
      "Hoog risico: criminele netwerken kunnen de organisatie waarschijnlijk misbruiken. De organisatie doet er goed aan de eerste stappen hieronder nu op te pakken.",
    critical_shared:
      "Kritiek risico: essentiële maatregelen ontbreken. De organisatie doet er goed aan de eerste stappen hieronder direct op te pakken en haar directie op de hoogte te brengen.",
  },
  firstStepsTitle: "Begin hier",
  firstStepsTitle_shared: "Eerste stappen",
  firstStepsIntro:
    "De stappen die het meeste risico wegnemen voor de inspanning die ze vragen van een organisatie met {{size}}.",
  firstStepsIntroNoSize: "De stappen die het meeste risico wegnemen voor de inspanning die ze vragen.",
  firstStepWhy: "Waarom: ‘{{question}}’ is nog niet op orde. Dit neemt {{points}} risicopunten weg.",
  noFirstSteps: "Er is geen advies meer dat het risico verlaagt.",
  themeAdvice_one: "{{count}} advies bij dit thema",
  themeAdvice_other: "{{count}} adviezen bij dit thema",
  overallSentence: "Weerbaarheid {{resilience}} van 100, risico {{risk}} van 100:",
  exposureClass: {
    basic: "Uw profiel maakt uw organisatie weinig aantrekkelijk voor criminele netwerken (basisblootstelling).",
    elevated: "Uw profiel geeft een verhoogde blootstelling aan criminele netwerken.",
    high: "Uw profiel geeft een hoge blootstelling aan criminele netwerken: er wordt meer weerbaarheid verwacht.",
    very_high:
      "Uw profiel geeft een zeer hoge blootstelling aan criminele netwerken: de lat voor uw maatregelen ligt hoog.",
    basic_shared:
      "Het profiel maakt de organisatie weinig aantrekkelijk voor criminele netwerken (basisblootstelling).",
    elevated_shared: "Het profiel geeft een verhoogde blootstelling aan criminele netwerken.",
    high_shared:
      "Het profiel geeft een hoge blootstelling aan criminele netwerken: er wordt meer weerbaarheid verwacht.",
    very_high_shared:
      "Het profiel geeft een zeer hoge blootstelling aan criminele netwerken: de lat voor de maatregelen ligt hoog.",
  },
  highestRisks: "De drie thema's met het hoogste risico",
  nothingScored: "Er is nog niets te berekenen: beantwoord eerst vragen.",
  chartsTitle: "Per thema",
  appendix: "Bijlage: de thema’s in detail, uw positie in de sector en wat nog openstaat",
  appendix_shared: "Bijlage: de thema’s in detail, de positie in de sector en wat nog openstaat",
  resilienceChart: "Weerbaarheid per thema (0–100)",
  riskChart: "Risico per thema (0–100)",
  themesCaption: "Blootstelling, weerbaarheid en risico per thema",
  theme: "Thema",
  exposure: "Blootstelling",
  resilience: "Weerbaarheid",
  risk: "Risico",
  level: "Niveau",
  levels: { low: "Laag", medium: "Middel", high: "Hoog", critical: "Kritiek" },
  notScored: "Niet berekend",
  notScoredExplained: "Niet berekend: geen enkele vraag in dit thema is van toepassing of beantwoord.",
  startHere: "Begin hier",
  startHere_shared: "Eerste stap",
  adviceGain: "Neemt {{points}} risicopunten weg bij {{theme}}",
  adviceGainTogether:
    "Neemt samen met {{questions}} {{points}} risicopunten weg bij {{theme}}: alleen samen heffen deze essentiële maatregelen de begrenzing op",
  effort: { low: "Weinig inspanning", medium: "Gemiddelde inspanning", high: "Veel inspanning" },
  impact: { quick_win: "snel resultaat", high_impact: "grote impact" },
  adviceSteps_one: "{{count}} stap en de bron",
  adviceSteps_other: "{{count}} stappen en de bron",
  source: "Bron: {{source}}",
  gapsTitle: "Kennislacunes",
  gapsIntro: "Op deze vragen is ‘Weet ik niet’ geantwoord. Ze tellen als niet geregeld tot iemand het uitzoekt.",
  themeSentence: "Blootstelling {{exposure}}, weerbaarheid {{resilience}}, risico {{risk}} van 100:",
  capped: "De weerbaarheid van dit thema is begrensd omdat een essentiële maatregel ontbreekt: {{questions}}",
  capLink: "Wat doet de begrenzing?",
  naTitle: "Niet van toepassing",
  naIntro:
    "Deze vragen zijn als ‘niet van toepassing’ beantwoord en tellen niet mee, met de opgegeven reden. Iedereen die dit rapport leest, ziet deze lijst.",
  naCaption: "Antwoorden ‘niet van toepassing’ met reden",
  naQuestion: "Vraag",
  naReason: "Reden",
  weaklyAnswered:
    "Zwak beantwoord: meer dan de helft van dit thema is ‘niet van toepassing’. Het thema telt niet mee in benchmarks; is alles ‘niet van toepassing’, dan telt het als ‘niet op orde’.",
  howScored: "Hoe werkt de score?",
  why_one: "Waarom: het antwoord dat de meeste punten kost",
  why_other: "Waarom: de {{count}} antwoorden die de meeste punten kosten",
  pointsLost_one: "kost {{points}} punt weerbaarheid",
  pointsLost_other: "kost {{points}} punten weerbaarheid",
  pointsLostTogether_one:
    "kost samen met {{questions}} {{points}} punt weerbaarheid: alleen samen heffen deze essentiële maatregelen de begrenzing op",
  pointsLostTogether_other:
    "kost samen met {{questions}} {{points}} punten weerbaarheid: alleen samen heffen deze essentiële maatregelen de begrenzing op",
  link: "Rapport bekijken",
  change: "Verandering sinds {{date}}",
  otherVersion:
    "De vorige zelfscan is gemaakt met versie {{version}} van de vragenlijst, deze met versie {{current}}. De vragen verschillen; vergelijk daarom alleen per thema.",
  riskChange: "risico {{change}}",
  noComparison: "—",
};

export default report;
