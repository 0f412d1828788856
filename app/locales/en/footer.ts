import type { Translation } from "../translation";
import type nl from "../nl/footer";

const footer: Translation<typeof nl> = {
  scoring: "How the score works",
  promise:
    "Weerbaar: answers stay with your organisation. Sector associations only see anonymised figures of at least 5 organisations; Customs sees a report only with your consent.",
};

export default footer;
