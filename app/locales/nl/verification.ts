const verification = {
  title: "Organisaties verifiëren",
  intro:
    "Alleen geverifieerde organisaties tellen mee in de benchmarks, en alleen hun leden kunnen de benchmarks van hun sector lezen. Verifieer een organisatie wanneer u heeft nagegaan dat zij onder dit KvK-nummer in het Handelsregister staat en dat wie haar aanmeldde namens haar optreedt. Een KvK-nummer hoort bij hoogstens één geverifieerde organisatie.",
  scopeAnalyst: "U ziet de organisaties in de sectoren die uw brancheorganisatie vertegenwoordigt.",
  scopePlatform: "U ziet alle organisaties op het platform.",
  searchTitle: "Organisaties zoeken",
  searchLabel: "Naam of KvK-nummer",
  search: "Zoeken",
  invalidSearch: "De zoekopdracht klopte niet; alle organisaties worden getoond.",
  waitingTitle_one: "Wachten op verificatie ({{count}})",
  waitingTitle_other: "Wachten op verificatie ({{count}})",
  waitingCaption: "Organisaties die wachten op verificatie, langst wachtende eerst",
  waitingLimited_one: "U ziet de organisatie die het langst wacht; na verificatie verschijnt de volgende.",
  waitingLimited_other:
    "U ziet de {{count}} organisaties die het langst wachten; na verificatie verschijnen de volgende.",
  noneWaiting: "Er wachten geen organisaties op verificatie.",
  verifiedTitle_one: "Geverifieerd ({{count}})",
  verifiedTitle_other: "Geverifieerd ({{count}})",
  verifiedCaption: "Geverifieerde organisaties, laatst geverifieerde eerst",
  noneVerified: "Er zijn geen geverifieerde organisaties.",
  organisation: "Organisatie",
  kvkNumber: "KvK-nummer",
  registered: "Aangemeld",
  verifiedOn: "Geverifieerd",
  verifiedBy: "Door",
  action: "Actie",
  noKvk: "geen",
  needsKvk: "Kan pas worden geverifieerd met een KvK-nummer",
  needsConfirmedAdmin:
    "Kan pas worden geverifieerd als een beheerder van de organisatie het e-mailadres heeft bevestigd",
  verify: "Verifieer {{name}}",
  withdraw: "Trek verificatie van {{name}} in",
  withdrawConfirm: "Ja, trek de verificatie van {{name}} in",
  withdrawConsequence: "{{name}} telt vanaf de volgende benchmarkpublicatie niet meer mee.",
  byAssociation: "{{name}} ({{associations}})",
  byPlatform: "{{name}} (platformbeheer)",
  byFormerRole: "{{name}} (rol vervallen)",
  removedAccount: "verwijderd account",
  verified: "{{name}} is geverifieerd en telt vanaf de volgende benchmarkrelease mee.",
  withdrawn: "De verificatie van {{name}} is ingetrokken.",
  errors: {
    already_verified: "Deze organisatie is al geverifieerd.",
    not_verified: "Deze organisatie is niet geverifieerd.",
    no_kvk:
      "Deze organisatie heeft geen KvK-nummer en kan daarom niet worden geverifieerd. De beheerder van de organisatie vult het in bij het profiel.",
    admin_unconfirmed:
      "Geen enkele beheerder van deze organisatie heeft het e-mailadres bevestigd. Een organisatie kan pas worden geverifieerd als iemand die voor haar spreekt een bevestigd adres heeft; de beheerder kan de link opnieuw laten sturen.",
    kvk_taken:
      "Een andere geverifieerde organisatie heeft al dit KvK-nummer. Een KvK-nummer hoort bij hoogstens één geverifieerde organisatie: ga na welke van de twee echt is en trek zo nodig eerst de andere verificatie in.",
  },
  pages: "Pagina's geverifieerde organisaties",
  statusTitle: "Verificatie",
  verifiedByAssociation: "Geverifieerd op {{date}} door {{associations}}.",
  verifiedByPlatform: "Geverifieerd op {{date}} door het platform.",
  verifiedUnknown: "Geverifieerd op {{date}}.",
  verifiedMeaning: "Uw organisatie telt mee in de benchmarks, en uw leden kunnen de benchmarks van uw sector lezen.",
  notVerified: "Uw organisatie is nog niet geverifieerd.",
  notVerifiedMeaning:
    "Tot een analist van de brancheorganisatie van uw sector of het platform bevestigt dat uw organisatie is wie zij zegt te zijn, telt zij niet mee in de benchmarks en kunnen uw leden de benchmarks van uw sector niet lezen. Al het andere werkt gewoon: zelfscans, rapporten, adviezen en delen.",
  kvkNeeded: "Voor verificatie is een KvK-nummer nodig; de beheerder van uw organisatie vult het in bij het profiel.",
  withdrawnByAssociation: "De verificatie is op {{date}} ingetrokken door {{associations}}.",
  withdrawnByPlatform: "De verificatie is op {{date}} ingetrokken door het platform.",
  withdrawnBySector: "De verificatie is op {{date}} vervallen doordat de sector in het profiel is gewijzigd.",
  withdrawnByKvk: "De verificatie is op {{date}} vervallen doordat het KvK-nummer in het profiel is gewijzigd.",
  withdrawnBySectorAndKvk:
    "De verificatie is op {{date}} vervallen doordat de sector en het KvK-nummer in het profiel zijn gewijzigd.",
  withdrawalsShown:
    "Trekt een analist of het platform de verificatie in, of vervalt zij doordat de sector of het KvK-nummer wordt gewijzigd, dan staat dat hier.",
};

export default verification;
