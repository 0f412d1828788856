const participation = {
  title: "Deelname per sector",
  rule: "Geverifieerde organisaties die in de laatste benchmarkrelease meetellen, in klassen. Een sector met minder dan 5 organisaties toont geen aantal.",
  caption: "Organisaties in de laatste benchmarkrelease per sector",
  organisations: "Organisaties",
  fewerThan: "minder dan {{k}} organisaties",
};

export default participation;
