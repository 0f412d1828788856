const footer = {
  scoring: "Zo werkt de score",
  promise:
    "Weerbaar: antwoorden blijven bij uw organisatie. Brancheorganisaties zien alleen geanonimiseerde cijfers van minstens 5 organisaties; de Douane ziet een rapport alleen met uw toestemming.",
};

export default footer;
