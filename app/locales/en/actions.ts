import type { Translation } from "../translation";
import type nl from "../nl/actions";

const actions: Translation<typeof nl> = {
  title: "Action plan",
  intro:
    "Turn advice into work: who takes it on, when it is done, and how far it is. The order is the report's: what removes the most risk comes first.",
  status: "Status",
  statuses: { planned: "Planned", in_progress: "In progress", done: "Done", not_relevant: "Not relevant" },
  owner: "Owner",
  dueDate: "Due date",
  reason: "Reason (when not relevant)",
  add: "Add to action plan",
  update: "Update",
  saved: "Saved.",
  reasonRequired: "Say why this action is not relevant.",
  link: "Action plan",
  openTitle: "Open actions",
  openCount: "{{open}} open, of which {{overdue}} overdue.",
  overdue: "{{title}}: due {{date}}",
  summaryTitle: "Where the plan stands",
  summary: "{{planned}} of {{total}} pieces of advice in the plan, {{done}} finished, {{overdue}} overdue.",
  progressLabel: "Finished of the plan",
  planTitle_one: "In the plan: {{count}} action",
  planTitle_other: "In the plan: {{count}} actions",
  planCaption: "Actions with owner, status and date",
  empty: "Nothing in the plan yet. Start with the proposals below.",
  advice: "Advice",
  effort: "Effort",
  steps: "Steps",
  noOwner: "Nobody yet",
  unknownOwner: "Choose someone who still works for your organisation.",
  statusOf: "Status of {{title}}",
  ownerOf: "Owner of {{title}}",
  dueDateOf: "Due date, {{title}}",
  save: "Save",
  updateTitle: "Update: {{title}}",
  addTitle: "Add to the action plan: {{title}}",
  overdueFlag: "Overdue ({{date}})",
  proposalsTitle_one: "{{count}} piece of advice not in the plan yet",
  proposalsTitle_other: "{{count}} pieces of advice not in the plan yet",
  proposalsIntro:
    "At the top, the first steps from the report: what removes the most risk for the effort. Add them to the plan and name an owner.",
  proposalsCaption: "Advice not in the plan yet",
};

export default actions;
