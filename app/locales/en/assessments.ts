import type { Translation } from "../translation";
import type nl from "../nl/assessments";

const assessments: Translation<typeof nl> = {
  title: "Self-assessments",
  intro:
    "A self-assessment shows, per theme, how attractive your organisation is to criminal networks and how well your controls hold. Answers are kept as you go; you can always continue later.",
  listTitle: "Your self-assessments",
  questionnaire: "Questionnaire",
  status: "Status",
  lastChange: "Last change",
  statuses: { draft: "Draft", submitted: "Submitted" },
  startTitle: "Start a new self-assessment",
  start: "Start: {{title}}",
  progressColumn: "Progress",
  outcomeColumn: "Outcome",
  answeredOf: "{{answered}} of {{total}} questions answered",
  draftOpen: "A draft is open, last changed on {{date}}.",
  continue: "Continue",
  continueTitle: "Continue: {{title}}",
  discard: "Delete draft",
  latest: "Last submitted on {{date}}:",
  toReport: "View report",
  startFromLatest:
    "A new self-assessment starts with the answers of your last submitted one. You go through them and change what has changed.",
  startFresh: "Start empty",
  startFreshTitle: "Start empty: {{title}}",
  resumed: "You already had this self-assessment open: you continue where you were.",
  discardTitle: "Delete draft?",
  discardExplanation:
    "The draft of {{title}} ({{progress}}) will be deleted, with its theme assignments and actions. This cannot be undone.",
  discardConfirm: "Yes, delete draft",
  discardCancel: "No, back to the draft",
  discarded: "The draft has been deleted.",
};

export default assessments;
