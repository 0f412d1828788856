const nl = {
  common: {
    choose: "Maak een keuze",
    save: "Opslaan",
    cancel: "Annuleren",
  },
  language: {
    switchTo: { nl: "Nederlands", en: "English" },
  },
  nav: {
    label: "Hoofdnavigatie",
    skip: "Naar de inhoud",
    signIn: "Inloggen",
    signOut: "Uitloggen",
    organisation: "Organisatie",
    association: "Brancheorganisatie",
    customs: "Douane",
    admin: "Beheer",
  },
  footer: {
    promise:
      "Weerbaar: antwoorden blijven bij uw organisatie. Brancheorganisaties zien alleen geanonimiseerde cijfers van minstens 5 organisaties; de Douane ziet een rapport alleen met uw toestemming.",
  },
  landing: {
    title: "Maak uw haven- of logistiek bedrijf weerbaar tegen criminele inmenging",
    lead: "Weerbaar is een zelfscan voor haven- en logistieke bedrijven en publieke diensten. U ziet per thema hoe aantrekkelijk uw organisatie is voor criminele netwerken, hoe goed uw maatregelen standhouden, en wat u het eerst kunt verbeteren.",
    start: "Meld uw organisatie aan",
    toHome: "Naar uw startpagina",
    whyTitle: "Waarom",
    why: "Drugssmokkelnetwerken hebben mensen binnen nodig. Ze ronselen terminalpersoneel, misbruiken vrijgavecodes, passen en systeemtoegang, en verschuilen zich achter tussenpersonen en frontbedrijven. Wie weet waar de zwakke plekken zitten, kan ze gericht dichten.",
    threats: {
      insiders: {
        title: "Geronselde medewerkers",
        body: "Planners, poortpersoneel en chauffeurs worden benaderd, onder druk gezet of omgekocht.",
      },
      releaseCodes: {
        title: "Misbruik van vrijgavecodes",
        body: "Wie een pincode van een container heeft, kan die ophalen. Codes lekken via e-mail, gedeelde accounts en insiders.",
      },
      access: {
        title: "Passen en systeemtoegang",
        body: "Uitgeleende havenpassen en accounts die na vertrek blijven bestaan, geven criminelen een ingang.",
      },
      frontCompanies: {
        title: "Frontbedrijven en tussenpersonen",
        body: "Nieuwe klanten en onderaannemers zonder verleden kunnen een dekmantel zijn voor smokkel.",
      },
    },
    privacyTitle: "Wie ziet wat",
    privacy: {
      organisation: {
        title: "Uw antwoorden blijven van u",
        body: "Alleen leden van uw eigen organisatie zien uw antwoorden, scores en adviezen.",
      },
      association: {
        title: "Brancheorganisaties zien alleen groepen",
        body: "Zij zien geanonimiseerde cijfers van groepen van minstens 5 organisaties, nooit één organisatie.",
      },
      customs: {
        title: "De Douane alleen met uw toestemming",
        body: "De Douane ziet een overzicht per sector. Uw eigen rapport alleen als u het deelt; u kunt dat op elk moment intrekken, en elke inzage wordt vastgelegd.",
      },
    },
    howTitle: "Zo begint u",
    steps: {
      signUp: {
        title: "Meld uw organisatie aan.",
        body: "Met naam, sector, omvang en havenregio. U wordt de beheerder van uw organisatie.",
      },
      profile: {
        title: "Controleer het profiel.",
        body: "Sector, omvang en regio bepalen met welke organisaties u later wordt vergeleken.",
      },
      invite: {
        title: "Nodig collega's uit.",
        body: "HR, IT en operatie weten elk een deel van de antwoorden. U maakt een uitnodigingslink die u zelf doorstuurt.",
      },
    },
    origin:
      "Weerbaar geeft gehoor aan de oproep van het Strategisch Beraad Ondermijning: maak bedrijfsleven en overheid risicogericht weerbaar tegen criminele inmenging, te beginnen met de logistiek.",
  },
  fields: {
    organisationName: "Naam van de organisatie",
    sector: "Sector",
    sizeBand: "Aantal medewerkers",
    region: "Havenregio",
    kvkNumber: "KvK-nummer (optioneel)",
    kvkHint: "8 cijfers, zoals op uw uittreksel van de Kamer van Koophandel.",
    name: "Uw naam",
    email: "E-mailadres",
    password: "Wachtwoord",
    passwordHint: "Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.",
  },
  sectors: {
    terminal_operator: "Terminaloperator",
    shipping_line_agent: "Rederij of scheepsagent",
    forwarder_customs_broker: "Expediteur of douane-expediteur",
    road_haulier: "Wegvervoerder",
    barge_rail_operator: "Binnenvaart- of spooroperator",
    warehouse_depot: "Warehouse of lege-containerdepot",
    port_services:
      "Havendienstverlener (sjorren, meren, slepen, onderhoud, beveiliging)",
    air_cargo_handler: "Luchtvrachtafhandelaar",
    port_authority: "Havenbedrijf",
    municipality: "Gemeente",
    other_public_service: "Andere publieke dienst",
  },
  sizeBands: {
    "1-9": "1–9 medewerkers",
    "10-49": "10–49 medewerkers",
    "50-249": "50–249 medewerkers",
    "250+": "250 of meer medewerkers",
  },
  regions: {
    rotterdam_rijnmond: "Rotterdam-Rijnmond",
    amsterdam_noordzeekanaal: "Amsterdam/Noordzeekanaalgebied",
    north_sea_port: "North Sea Port",
    groningen_seaports: "Groningen Seaports",
    moerdijk: "Moerdijk",
    schiphol: "Schiphol",
    inland: "Binnenland",
    other: "Anders",
  },
  roles: {
    member: "Lid",
    admin: "Beheerder",
  },
  countBands: {
    "5-9": "5–9",
    "10-19": "10–19",
    "20-49": "20–49",
    "50+": "50 of meer",
  },
  validation: {
    required: "Vul dit veld in.",
    invalid: "Deze waarde klopt niet.",
    choose: "Maak een keuze uit de lijst.",
    chooseSector: "Kies minstens één sector.",
    email: "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.",
    tooShort_one: "Gebruik minstens {{count}} teken.",
    tooShort_other: "Gebruik minstens {{count}} tekens.",
    tooLong_one: "Gebruik hoogstens {{count}} teken.",
    tooLong_other: "Gebruik hoogstens {{count}} tekens.",
    kvk: "Een KvK-nummer bestaat uit 8 cijfers.",
    emailTaken:
      "Met dit e-mailadres kan geen nieuw account worden gemaakt. Heeft u al een account? Log dan in.",
  },
  signup: {
    title: "Organisatie aanmelden",
    intro: "U maakt een account voor uw organisatie en wordt daarvan de eerste beheerder.",
    organisationLegend: "Uw organisatie",
    personLegend: "Uw account",
    privacy:
      "Uw antwoorden blijven binnen uw organisatie. Brancheorganisaties en de Douane zien alleen geanonimiseerde groepscijfers, tenzij u zelf iets deelt.",
    submit: "Account aanmaken",
    haveAccount: "Heeft u al een account?",
    signInLink: "Log in",
  },
  signin: {
    title: "Inloggen",
    submit: "Inloggen",
    failed: "Het e-mailadres of het wachtwoord klopt niet.",
    signedOutNotice:
      "U was uitgelogd, daarom is er niets opgeslagen. Log opnieuw in en verstuur het formulier nog eens.",
    noAccount: "Nog geen account?",
    signUpLink: "Meld uw organisatie aan",
  },
  organisation: {
    profileTitle: "Profiel",
    editProfile: "Profiel wijzigen",
    noKvk: "Niet opgegeven",
    membersTitle_one: "Leden ({{count}})",
    membersTitle_other: "Leden ({{count}})",
    membersCaption: "Leden van de organisatie en hun rol",
    role: "Rol",
    actions: "Acties",
    you: "u",
    makeAdmin: "Maak {{name}} beheerder",
    makeMember: "Maak {{name}} lid",
    remove: "Verwijder {{name}}",
    lastAdmin: "Dit kan niet: uw organisatie moet minstens één beheerder houden.",
    inviteTitle: "Collega uitnodigen",
    inviteIntro:
      "U maakt een persoonlijke link die {{days}} dagen geldig is en één keer gebruikt kan worden. Stuur die zelf naar uw collega.",
    inviteEmail: "E-mailadres van uw collega",
    inviteSubmit: "Uitnodigingslink maken",
    inviteCreated: "Uitnodiging voor {{email}} gemaakt. Kopieer de link: hij wordt maar één keer getoond.",
    inviteLink: "Uitnodigingslink",
    openInvitations: "Openstaande uitnodigingen",
    openInvitation: "{{email}}, geldig tot {{date}}",
  },
  invitation: {
    title: "Welkom bij {{target}}",
    intro: {
      member: "U bent uitgenodigd om mee te werken aan de zelfscan van {{target}}. Kies uw naam en een wachtwoord.",
      analyst: "U krijgt een analistenaccount voor {{target}}. Kies uw naam en een wachtwoord.",
      customs_reviewer: "U krijgt een account als reviewer van de Douane. Kies uw naam en een wachtwoord.",
    },
    customs: "de Douane",
    submit: "Account aanmaken",
    invalidTitle: "Deze uitnodiging is niet bruikbaar",
    expired: "De uitnodiging is verlopen. Vraag de beheerder om een nieuwe link.",
    used: "De uitnodiging is al gebruikt. Heeft u al een account? Log dan in.",
    unknown: "Deze uitnodigingslink bestaat niet. Controleer of u de hele link heeft gekopieerd.",
    noLongerValid: "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe link.",
    emailTaken:
      "Voor dit e-mailadres bestaat al een account. Vraag de beheerder om een uitnodiging voor een ander adres.",
  },
  association: {
    title: "Brancheorganisatie",
    intro:
      "U ziet de sectoren die uw brancheorganisatie vertegenwoordigt. U ziet nooit de antwoorden van één organisatie, alleen groepscijfers van minstens 5 organisaties.",
    sectors: "Sectoren",
    analysts: "Analisten",
  },
  customs: {
    title: "Douane",
    intro: "Overzicht voor reviewers van de Douane.",
    rulesTitle: "Waar u zich aan houdt",
    ruleAggregates: "Overzichten per sector tonen alleen groepen van minstens 5 organisaties.",
    ruleConsent: "Het rapport van één organisatie opent u alleen als die organisatie het met de Douane deelt.",
    rulePurpose: "Bij elke inzage geeft u een doel op, zoals een zaak- of inspectienummer. Elke inzage wordt vastgelegd.",
  },
  participation: {
    title: "Deelname per sector",
    rule: "Aantallen staan in klassen. Een sector met minder dan 5 organisaties toont geen aantal.",
    caption: "Aangemelde organisaties per sector",
    organisations: "Organisaties",
    fewerThan: "minder dan {{k}} organisaties",
  },
  admin: {
    title: "Platformbeheer",
    associationsTitle: "Brancheorganisaties",
    noAssociations: "Er zijn nog geen brancheorganisaties.",
    analystsOf: "Analisten: {{names}}.",
    noAnalysts: "Nog geen analisten.",
    newAssociation: "Nieuwe brancheorganisatie",
    associationName: "Naam",
    associationSectors: "Sectoren die zij vertegenwoordigt",
    createAssociation: "Brancheorganisatie aanmaken",
    analystTitle: "Analist toevoegen",
    accountIntro:
      "U maakt een persoonlijke link van 7 dagen waarmee de persoon zelf een wachtwoord kiest. U ziet het wachtwoord nooit.",
    association: "Brancheorganisatie",
    createAccount: "Account aanmaken",
    linkCreated: "Account klaargezet. Kopieer de link en stuur die naar de persoon: hij wordt maar één keer getoond.",
    reviewerTitle: "Reviewers van de Douane",
    pending: {
      analyst: "{{email}} (analist, {{association}}), geldig tot {{date}}",
      reviewer: "{{email}} (Douane), geldig tot {{date}}",
    },
  },
  errors: {
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
    unexpected: {
      title: "Er ging iets mis",
      body: "Er is een onverwachte fout opgetreden. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.",
    },
  },
};

export default nl;
