import type { Translation } from "../translation";
import type nl from "../nl/countBands";

const countBands: Translation<typeof nl> = {
  "5-9": "5–9",
  "10-19": "10–19",
  "20-49": "20–49",
  "50+": "50 or more",
};

export default countBands;
