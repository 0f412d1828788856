import type { Translation } from "../translation";
import type nl from "../nl/participation";

const participation: Translation<typeof nl> = {
  title: "Participation per sector",
  rule: "Verified organisations counted in the latest benchmark release, in bands. A sector with fewer than 5 organisations shows no count.",
  caption: "Organisations in the latest benchmark release per sector",
  organisations: "Organisations",
  fewerThan: "fewer than {{k}} organisations",
};

export default participation;
