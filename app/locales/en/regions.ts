import type { Translation } from "../translation";
import type nl from "../nl/regions";

const regions: Translation<typeof nl> = {
  rotterdam_rijnmond: "Rotterdam-Rijnmond",
  amsterdam_noordzeekanaal: "Amsterdam/Noordzeekanaal",
  north_sea_port: "North Sea Port",
  groningen_seaports: "Groningen Seaports",
  moerdijk: "Moerdijk",
  schiphol: "Schiphol",
  inland: "Inland",
  other: "Other",
};

export default regions;
