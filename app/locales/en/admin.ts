import type { Translation } from "../translation";
import type nl from "../nl/admin";

const admin: Translation<typeof nl> = {
  title: "Platform administration",
  associationsTitle: "Sector associations",
  noAssociations: "There are no sector associations yet.",
  analystsOf: "Analysts: {{names}}.",
  noAnalysts: "No analysts yet.",
  newAssociation: "New sector association",
  associationName: "Name",
  associationSectors: "Sectors it represents",
  createAssociation: "Create sector association",
  analystTitle: "Add an analyst",
  accountIntro:
    "You make a personal link, valid for {{days}} days, with which the person chooses a password themselves. You never see the password.",
  association: "Sector association",
  createAccount: "Create account",
  linkCreated: "Account prepared. Copy the link and send it to the person: it is shown only once.",
  reviewerTitle: "Customs reviewers",
  releasesTitle: "Questionnaires and benchmark releases",
  releasesIntro: "A benchmark release is made automatically every quarter. Here you make one at once, for example after a large round of submissions.",
  publishedVersion: "Published version",
  lastRelease: "Last release",
  makeRelease: "Make a release of {{title}} now",
  pending: {
    analyst: "{{email}} (analyst, {{association}}), valid until {{date}}",
    reviewer: "{{email}} (Customs), valid until {{date}}",
  },
  verificationLink: "Verify organisations",
};

export default admin;
