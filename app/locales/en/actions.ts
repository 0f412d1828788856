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
};

export default actions;
