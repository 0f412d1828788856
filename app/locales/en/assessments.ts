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
};

export default assessments;
