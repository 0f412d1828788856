const participation = {
  title: "Deelname per sector",
  rule: "Aantallen staan in klassen. Een sector met minder dan 5 organisaties toont geen aantal.",
  caption: "Aangemelde organisaties per sector",
  organisations: "Organisaties",
  fewerThan: "minder dan {{k}} organisaties",
};

export default participation;
