import type { Translation } from "../translation";
import type nl from "../nl/shared";

const shared: Translation<typeof nl> = {
  reportTitle: "Report of {{organisation}}",
  viewRecorded: "Opened with purpose ‘{{purpose}}’. This view is recorded and the organisation sees it.",
  openTitle: "Open the report of {{organisation}}",
  openIntro: "{{sector}}. Shared report, submitted on {{date}}.",
  purposeExplained:
    "First state the purpose of this view. The purpose is recorded with your name and the time in the audit log. The organisation sees the purpose, the time and your organisation and role, not your name.",
  purpose: "Purpose of the view",
  purposeHint: "At least 10 characters, for example a case or inspection reference.",
  open: "Open the report",
};

export default shared;
