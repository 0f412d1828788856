const scoring = {
  title: "Zo werkt de score",
  intro:
    "Na een zelfscan krijgt u per thema een risico van 0 tot 100 en een niveau: laag, middel, hoog of kritiek. Hier leest u hoe dat getal tot stand komt, waarom een thema ‘hoog’ kan zijn terwijl het getal laag klinkt, en welk advies het meeste oplevert.",
  contents: "Op deze pagina",
  exposure: {
    title: "Blootstelling: hoe aantrekkelijk bent u als doelwit?",
    why: "Niet elke organisatie is even interessant voor criminele netwerken. Een terminal die containers uit risicolanden vrijgeeft, is aantrekkelijker dan een klein transportbedrijf met vaste klanten en vaste routes. Daarom begint elke zelfscan met vragen over uw organisatie: het profiel.",
    perTheme:
      "Elk thema heeft een basisblootstelling. Sommige antwoorden in het profiel tellen daar iets bij op (of trekken er iets van af), bijvoorbeeld ‘meer dan de helft van de lading komt uit risicolanden’ bij het thema containervrijgave. Voor sommige rollen geldt een ondergrens: een deepsea-terminal blijft bijvoorbeeld altijd sterk blootgesteld, wat het profiel verder ook zegt. De uitkomst ligt altijd tussen {{min}} en 1; het rapport toont hem als percentage. Hoe hoger de blootstelling, hoe meer maatregelen een thema nodig heeft om laag te blijven.",
    class:
      "Het gemiddelde van de blootstelling over uw thema's bepaalt uw blootstellingsklasse: basis, verhoogd, hoog of zeer hoog. Het rapport noemt die klasse bovenaan; de grenzen staan hieronder bij de drempels per vragenlijst.",
  },
  resilience: {
    title: "Weerbaarheid: hoeveel maatregelen staan er?",
    intro: "Per thema beantwoordt u vragen over maatregelen. Elk antwoord telt zo mee:",
    fully: "Volledig ingevoerd telt als 1.",
    partly: "Gedeeltelijk telt als de score van die keuze, meestal 0,5 (soms bijvoorbeeld 0,33 of 0,67).",
    notInPlace: "Niet ingevoerd telt als 0.",
    dontKnow:
      "‘Weet ik niet’ telt als 0: een maatregel waarvan niemand weet of hij werkt, beschermt niet. Het rapport zet deze vragen apart als kennislacunes, zodat u weet wat u moet uitzoeken.",
    notApplicable:
      "‘Niet van toepassing’ haalt een vraag uit de berekening: hij telt niet mee, niet positief en niet negatief. Kies het alleen als de maatregel echt niet bij uw organisatie past. Is een heel thema ‘niet van toepassing’, dan telt het als ‘niet op orde’; is meer dan de helft ‘niet van toepassing’, dan heet het thema zwak beantwoord en telt het niet mee in benchmarks. U kiest dan een reden uit een korte lijst (wij doen deze activiteit niet, een andere partij doet dit, wij hebben dit systeem of terrein niet, of een andere reden) en licht die toe. Bij een essentiële maatregel kan het alleen als uw profiel laat zien dat hij niet past, bijvoorbeeld geen verzegeling voor wie zelf niet verzegelt. Het rapport toont elk ‘niet van toepassing’ met de reden.",
    weighted:
      "Sommige vragen wegen zwaarder dan andere. De weerbaarheid van een thema is het gewogen aandeel: de som van gewicht × score, gedeeld door de som van de gewichten. Dat is een getal tussen 0 en 1; het rapport toont het als percentage.",
  },
  cap: {
    title: "Essentiële maatregelen en het plafond",
    what: "Sommige maatregelen zijn zo belangrijk dat een gat daar niet goed te maken is met andere maatregelen: bijvoorbeeld vrijgavecodes die nog per e-mail worden verstuurd, of toegang die niet wordt ingetrokken op de dag dat iemand vertrekt. Bij deze vragen staat het label ‘Essentieel’.",
    rule: "Staat een essentiële maatregel op 0 (niet ingevoerd of ‘weet ik niet’), dan is de weerbaarheid van dat thema hoogstens het plafond van de vragenlijst, hoe goed de rest ook is. Zo kan een hoog gemiddelde een groot gat niet verbergen.",
    value: "{{questionnaire}}: plafond {{cap}}",
    lift: "Het plafond verdwijnt pas als geen enkele essentiële maatregel van het thema meer op 0 staat. Het rapport noemt de maatregelen die het plafond veroorzaken.",
  },
  risk: {
    title: "Risico: blootstelling maal wat er ontbreekt",
    formulaLabel: "De formule per thema",
    formula: "risico = 100 × blootstelling × (1 − weerbaarheid)",
    explain:
      "Het risico is een getal van 0 tot 100, met één decimaal. Het is hoog als uw organisatie aantrekkelijk is én er maatregelen ontbreken. Met dezelfde maatregelen komt een organisatie met weinig blootstelling lager uit dan een organisatie met veel blootstelling. Een beter antwoord verhoogt het risico nooit; meer blootstelling verlaagt het nooit.",
    notAGrade:
      "Het risico is geen rapportcijfer en geen percentage ‘goed’: 32 van 100 is niet ‘bijna voldoende’. Het niveau volgt uit de drempels hieronder.",
  },
  thresholds: {
    title: "Drempels per vragenlijst",
    intro:
      "Elke vragenlijst legt vast bij welk risico een niveau begint. Een risico precies op een drempel krijgt het hogere niveau.",
    none: "Er zijn nog geen vragenlijsten gepubliceerd.",
    levelsCaption: "Risiconiveaus: {{questionnaire}}",
    level: "Niveau",
    from: "Risico vanaf",
    below: "Risico lager dan",
    classesCaption: "Blootstellingsklassen: {{questionnaire}}",
    class: "Blootstellingsklasse",
    exposureFrom: "Gemiddelde blootstelling vanaf",
    exposureBelow: "Gemiddelde blootstelling lager dan",
    cap: "Plafond bij een essentiële maatregel op 0: {{cap}}",
  },
  classes: { basic: "Basis", elevated: "Verhoogd", high: "Hoog", very_high: "Zeer hoog" },
  example: {
    title: "Rekenvoorbeeld: waarom 33 van 100 ‘hoog’ is",
    intro:
      "Een containerterminal heeft bij het thema containervrijgave een blootstelling van {{exposure}}: de basis plus wat het profiel toevoegt. Gewogen staat {{resilience}} van de maatregelen op orde. We rekenen met de drempels van ‘{{questionnaire}}’.",
    caption: "Rekenvoorbeeld: blootstelling {{exposure}}, weerbaarheid {{resilience}}",
    step: "Stap",
    value: "Uitkomst",
    exposure: "Blootstelling",
    resilience: "Weerbaarheid",
    risk: "Risico",
    level: "Niveau",
    riskValue: "100 × {{exposure}} × (1 − {{resilience}}) = {{risk}}",
    levelValue: "{{risk}} is minstens {{from}} en lager dan {{below}}",
    levelValueTop: "{{risk}} is {{from}} of meer",
    levelValueBottom: "{{risk}} is lager dan {{below}}",
    why: "33 van 100 klinkt laag, maar bij deze blootstelling is dat veel: voor ‘laag’ moet het risico onder {{medium}} blijven, en daarvoor moet de weerbaarheid boven {{needed}} liggen.",
    capIntro:
      "Nu hetzelfde thema met {{controls}} even zware maatregelen. Er staan er {{inPlace}} volledig, maar de essentiële maatregel ‘vrijgavecodes niet per e-mail’ staat op 0.",
    capCaption: "Rekenvoorbeeld met een essentiële maatregel op 0",
    share: "Gewogen aandeel",
    shareValue: "{{inPlace}} van {{controls}} = {{share}}",
    cap: "Plafond",
    cappedValue: "de kleinste van {{share}} en {{cap}} = {{resilience}}",
    capWhy:
      "Zonder plafond was het risico {{uncappedRisk}} geweest ({{uncappedLevel}}). Wie die ene essentiële maatregel invoert, brengt het risico van dit thema terug van {{risk}} naar {{fixedRisk}}.",
  },
  overall: {
    title: "Het totaalcijfer",
    text: "De totale weerbaarheid en het totale risico zijn gewogen gemiddelden over de thema's die u hebt ingevuld; sommige thema's wegen zwaarder dan andere. Het totale niveau volgt uit dezelfde drempels. Het rapport zet de thema's met het hoogste risico bovenaan.",
  },
  advice: {
    title: "Welk advies eerst?",
    text: "Bij elk antwoord onder ‘volledig’ hoort advies. Het rapport zet de adviezen op volgorde van de risicopunten die ze wegnemen: hoeveel het risico van het thema daalt als dat antwoord volledig zou worden. Een essentiële maatregel die het plafond opheft, levert vaak de meeste punten op. Bij gelijke winst komt het advies met de minste inspanning eerst. Houden meerdere essentiële maatregelen samen het plafond vast, dan heft alleen het geheel het op: het rapport noemt ze dan samen, met de winst van allemaal.",
    why: "Per thema toont het rapport ook welke antwoorden de meeste punten kosten, zodat u ziet waarom een thema hoog scoort en niet alleen wat u kunt doen.",
    library: "Alle adviezen, met stappen en bronnen, in de adviesbibliotheek",
  },
};

export default scoring;
