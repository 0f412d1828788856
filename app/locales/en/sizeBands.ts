import type { Translation } from "../translation";
import type nl from "../nl/sizeBands";

const sizeBands: Translation<typeof nl> = {
  "1-9": "1–9 employees",
  "10-49": "10–49 employees",
  "50-249": "50–249 employees",
  "250+": "250 or more employees",
};

export default sizeBands;
