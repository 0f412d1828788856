const regions = {
  rotterdam_rijnmond: "Rotterdam-Rijnmond",
  amsterdam_noordzeekanaal: "Amsterdam/Noordzeekanaalgebied",
  north_sea_port: "North Sea Port",
  groningen_seaports: "Groningen Seaports",
  moerdijk: "Moerdijk",
  schiphol: "Schiphol",
  inland: "Binnenland",
  other: "Anders",
};

export default regions;
