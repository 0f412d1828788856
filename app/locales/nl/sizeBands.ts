const sizeBands = {
  "1-9": "1–9 medewerkers",
  "10-49": "10–49 medewerkers",
  "50-249": "50–249 medewerkers",
  "250+": "250 of meer medewerkers",
};

export default sizeBands;
