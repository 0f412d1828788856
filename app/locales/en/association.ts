import type { Translation } from "../translation";
import type nl from "../nl/association";

const association: Translation<typeof nl> = {
  title: "Sector association",
  intro:
    "You see the sectors your association represents, as group figures of at least 5 organisations. You see a single organisation's report only when it shares it with you.",
  sectors: "Sectors",
  analysts: "Analysts",
  sharingTitle: "Reports shared with your association",
  sharingIntro:
    "These organisations in your sectors share their submitted report with your association. When you open one you state a purpose; the organisation sees when, that your association viewed it and why, not your name.",
  noSharing: "No organisation shares its report with your association yet.",
  sharingCaption: "Organisations that share their report",
  verificationLink: "Verify organisations",
};

export default association;
