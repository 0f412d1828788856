import type { Translation } from "../translation";
import type nl from "../nl/sharing";

const sharing: Translation<typeof nl> = {
  title: "Sharing with Customs and your association",
  summary:
    "You decide whether Customs or your sector association may view your organisation's submitted report, and you see when it was viewed, by which organisation and why.",
  link: "Manage sharing",
  intro:
    "Sharing is voluntary, holds for a term you choose and can be revoked at any time; revoking takes effect at once. Every view is recorded; below you see when, by which organisation and for what purpose, not by whom.",
  whatTheySee:
    "The recipient sees your submitted report as you see it, read-only: scores per theme, advice and knowledge gaps. Not: drafts, your action plan and notes, the names of your staff.",
  keepLatest: "Keep sharing my latest submitted report",
  confirmRequired: "Tick the box to confirm that you want to share the report.",
  noAssociation: "No sector association on Weerbaar represents your sector.",
  nothingSubmitted: "There is no submitted report to share yet.",
  update: "Update sharing",
  term: "Valid for",
  termExplained:
    "Sharing then stops by itself. Your organisation's admins get an e-mail thirty days before; sharing again renews it.",
  termRenews: "Updating starts a new term from today; that is how you renew sharing.",
  months_one: "{{count}} month",
  months_other: "{{count}} months",
  active: "Shared since {{since}}, until {{until}}: the report of {{report}}.",
  activeLatest:
    "Shared since {{since}}, until {{until}}: always the latest submitted report, now the one of {{report}}.",
  endsSoon: "This sharing stops on {{until}}. To keep sharing, update it below: that starts a new term.",
  notShared: "Not shared.",
  expiredOn: "No longer shared: the term ended on {{date}}. Share again, with a new term, to share once more.",
  viewsTitle: "Who viewed your shared reports",
  viewsIntro: "Every view by someone outside your organisation, with the purpose they stated.",
  noViews: "Nobody outside your organisation has viewed your report yet.",
  viewsCaption: "Views of your shared reports",
  when: "When",
  who: "Who",
  purpose: "Purpose",
  removedAccount: "removed account",
  viewer: {
    customs_reviewer: "Customs, reviewer",
    association_analyst: "{{associations}}, analyst",
  },
  roles: {
    customs_reviewer: "Customs",
    association_analyst: "sector association",
  },
  listings: {
    title: "When Customs saw your organisation in its list",
    intro:
      "Customs reviewers see, in their list of organisations that share with Customs, your name, sector, region, size, the date of the shared report and its overall level. Every time your organisation was in that list is shown below, with the filter and sort order Customs used.",
    none: "Your organisation has not been in the Customs list yet.",
    shown: "The latest {{shown}} of {{total}} times are shown below.",
    caption: "Your organisation in the Customs list, newest first",
    filter: "Filter",
    sort: "Sort order",
    via: "Via",
    noFilter: "No filter: the whole list",
    sector: "Sector: {{sector}}",
    region: "Region: {{region}}",
    level: "Overall level: {{level}}",
    sorted: "{{column}}, {{direction}}",
    columns: {
      name: "Organisation",
      sector: "Sector",
      region: "Region",
      date: "Date of shared report",
      level: "Overall level",
    },
    asc: "ascending",
    desc: "descending",
    page: "Website",
    api: "API (system link)",
  },
  historyTitle: "Sharing history",
  noHistory: "You have not shared anything yet.",
  historyCaption: "Grants, revocations and expired terms",
  recipient: "Recipient",
  granted: "Shared",
  report: "Report",
  status: "Status",
  byOn: "{{date}} by {{name}}",
  latestAlways: "always the latest",
  statuses: {
    inForce: "In force until {{date}}",
    expired: "Expired on {{date}}",
    replaced: "Replaced by a new consent on {{date}}",
    revoked: "Revoked on {{date}} by {{name}}",
  },
  customs: {
    name: "Customs",
    title: "Sharing with Customs",
    explained:
      "Customs reviewers can then open your report, after stating a purpose such as a case or inspection reference.",
    confirm: "I share my organisation's report with Customs",
    grant: "Share with Customs",
    granted: "Your report is now shared with Customs.",
    revoke: "Stop sharing with Customs",
    revokeConfirm: "Yes, stop sharing with Customs",
    revoked: "You no longer share your report with Customs.",
  },
  association: {
    name: "Sector association",
    title: "Sharing with your sector association",
    explained:
      "Analysts of {{associations}} can then open your report, after stating a purpose. Your consent names these organisations: an association added later reads nothing until you share again.",
    confirm: "I share my organisation's report with my sector association",
    grant: "Share with the association",
    granted: "Your report is now shared with your sector association.",
    revoke: "Stop sharing with the association",
    revokeConfirm: "Yes, stop sharing with the association",
    revoked: "You no longer share your report with your sector association.",
  },
};

export default sharing;
