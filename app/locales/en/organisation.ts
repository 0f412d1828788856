import type { Translation } from "../translation";
import type nl from "../nl/organisation";

const organisation: Translation<typeof nl> = {
  welcome: {
    title: "Welcome to Weerbaar",
    intro: "Your organisation is in. Three steps to begin:",
    profile: "Check the profile: sector, size and port region decide which questions and advice you get.",
    invite: "Invite colleagues who can answer part of the questions better, such as HR or IT.",
    start: "Start the self-assessment: your answers are kept as you go, you can always continue later.",
  },
  toAssessments: "To the self-assessments",
  profileTitle: "Profile",
  editProfile: "Edit profile",
  verificationLapses:
    "Your organisation is verified. If you change the sector or the KvK number, the verification lapses until an analyst of your association or the platform confirms it again.",
  noKvk: "Not given",
  membersTitle_one: "Members ({{count}})",
  membersTitle_other: "Members ({{count}})",
  membersCaption: "Members of the organisation and their role",
  name: "Name",
  role: "Role",
  actions: "Actions",
  you: "you",
  makeAdmin: "Make {{name}} admin",
  makeMember: "Make {{name}} member",
  remove: "Remove {{name}}",
  removeConfirm: "Yes, remove {{name}}",
  removeConsequence: "{{name}} loses access to your organisation at once.",
  onlyAdmin: "You are the only admin: make someone else admin first.",
  lastAdmin: "Not possible: your organisation must keep at least one admin.",
  inviteTitle: "Invite a colleague",
  inviteIntro_one:
    "You make a personal link that is valid for {{count}} day and can be used once. Weerbaar mails it to your colleague; you also see it here, to pass on yourself.",
  inviteIntro_other:
    "You make a personal link that is valid for {{count}} days and can be used once. Weerbaar mails it to your colleague; you also see it here, to pass on yourself.",
  inviteEmail: "Your colleague's e-mail address",
  inviteSubmit: "Make invitation link",
  inviteCreated: "Invitation for {{email}} made and mailed. The link is also shown here, only once.",
  inviteLink: "Invitation link",
  openInvitations: "Open invitations",
  openInvitation: "{{email}}, valid until {{date}}",
  withdrawInvitation: "Withdraw the invitation for {{email}}",
  withdrawInvitationConfirm: "Yes, withdraw the invitation for {{email}}",
  withdrawInvitationConsequence: "The link in the invitation stops working.",
};

export default organisation;
