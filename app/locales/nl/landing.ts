const landing = {
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
    assess: {
      title: "Vul de zelfscan in.",
      body: "Eerst het profiel van uw organisatie, dan per thema de maatregelen. Antwoorden worden direct bewaard; u kunt altijd later verder.",
    },
    act: {
      title: "Lees het rapport en maak een actieplan.",
      body: "U ziet per thema uw risico en waarom, en advies gerangschikt op wat het oplevert. Zonder account kunt u ook de adviesbibliotheek gebruiken.",
    },
    invite: {
      title: "Nodig collega's uit.",
      body: "HR, IT en operatie weten elk een deel van de antwoorden. U maakt een uitnodigingslink die u zelf doorstuurt.",
    },
  },
  origin:
    "Weerbaar geeft gehoor aan de oproep van het Strategisch Beraad Ondermijning: maak bedrijfsleven en overheid risicogericht weerbaar tegen criminele inmenging, te beginnen met de logistiek.",
};

export default landing;
