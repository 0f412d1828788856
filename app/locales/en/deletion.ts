import type { Translation } from "../translation";
import type nl from "../nl/deletion";

const deletion: Translation<typeof nl> = {
  title: "Delete {{name}}",
  intro: "This removes your organisation from Weerbaar for good. It cannot be undone.",
  removes:
    "Removed: every self-assessment with its answers and scores, the action plan, sharing consents, open invitations and the accounts of all members.",
  keeps:
    "Kept: the audit log (without names) and benchmark releases already published; they hold no data of your organisation.",
  exportFirst: "Download all your data first (JSON)",
  confirmLabel: "Type the name of your organisation, {{name}}, to confirm",
  nameMismatch: "The name does not match: type it exactly as above.",
  submit: "Delete the organisation for good",
  link: "Delete the organisation",
  dataTitle: "Your data",
  dataIntro: "Download everything Weerbaar holds about your organisation, or delete your organisation.",
  export: "Download all data (JSON)",
  deleted: "Your organisation and all its data have been deleted.",
  accountErased: "Your account has been erased. The answers you gave stay with your organisation, without your name.",
};

export default deletion;
