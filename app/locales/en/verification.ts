import type { Translation } from "../translation";
import type nl from "../nl/verification";

const verification: Translation<typeof nl> = {
  title: "Verify organisations",
  intro:
    "Only verified organisations count in the benchmarks, and only their members can read their sector's benchmarks. Verify an organisation once you have checked that it is in the Business Register under this KvK number and that whoever registered it acts on its behalf. A KvK number belongs to at most one verified organisation.",
  scopeAnalyst: "You see the organisations in the sectors your association represents.",
  scopePlatform: "You see all organisations on the platform.",
  searchTitle: "Search organisations",
  searchLabel: "Name or KvK number",
  search: "Search",
  invalidSearch: "The search was not valid; all organisations are shown.",
  waitingTitle_one: "Waiting for verification ({{count}})",
  waitingTitle_other: "Waiting for verification ({{count}})",
  waitingCaption: "Organisations waiting for verification, longest waiting first",
  waitingLimited_one: "You see the organisation that has waited longest; the next one appears once it is verified.",
  waitingLimited_other:
    "You see the {{count}} organisations that have waited longest; the next ones appear once these are verified.",
  noneWaiting: "No organisations are waiting for verification.",
  verifiedTitle_one: "Verified ({{count}})",
  verifiedTitle_other: "Verified ({{count}})",
  verifiedCaption: "Verified organisations, most recently verified first",
  noneVerified: "There are no verified organisations.",
  organisation: "Organisation",
  kvkNumber: "KvK number",
  registered: "Registered",
  verifiedOn: "Verified",
  verifiedBy: "By",
  action: "Action",
  noKvk: "none",
  needsKvk: "Can only be verified with a KvK number",
  needsConfirmedAdmin: "Can only be verified once an admin of the organisation has confirmed their e-mail address",
  verify: "Verify {{name}}",
  withdraw: "Withdraw verification of {{name}}",
  withdrawConfirm: "Yes, withdraw the verification of {{name}}",
  withdrawConsequence: "{{name}} no longer counts from the next benchmark release.",
  byAssociation: "{{name}} ({{associations}})",
  byPlatform: "{{name}} (platform administration)",
  byFormerRole: "{{name}} (role ended)",
  removedAccount: "removed account",
  verified: "{{name}} is verified and counts from the next benchmark release.",
  withdrawn: "The verification of {{name}} is withdrawn.",
  errors: {
    already_verified: "This organisation is already verified.",
    not_verified: "This organisation is not verified.",
    no_kvk:
      "This organisation has no KvK number and so cannot be verified. The organisation's admin fills it in on its profile.",
    admin_unconfirmed:
      "No admin of this organisation has confirmed their e-mail address. An organisation can only be verified once someone who speaks for it has a confirmed address; the admin can have the link sent again.",
    kvk_taken:
      "Another verified organisation already has this KvK number. A KvK number belongs to at most one verified organisation: check which of the two is genuine and, if needed, withdraw the other verification first.",
  },
  pages: "Pages of verified organisations",
  statusTitle: "Verification",
  verifiedByAssociation: "Verified on {{date}} by {{associations}}.",
  verifiedByPlatform: "Verified on {{date}} by the platform.",
  verifiedUnknown: "Verified on {{date}}.",
  verifiedMeaning: "Your organisation counts in the benchmarks, and your members can read your sector's benchmarks.",
  notVerified: "Your organisation is not verified yet.",
  notVerifiedMeaning:
    "Until an analyst of your sector's association or the platform confirms that your organisation is who it says it is, it does not count in the benchmarks and your members cannot read your sector's benchmarks. Everything else works as usual: self-assessments, reports, advice and sharing.",
  kvkNeeded: "Verification needs a KvK number; your organisation's admin fills it in on the profile.",
  withdrawnByAssociation: "The verification was withdrawn on {{date}} by {{associations}}.",
  withdrawnByPlatform: "The verification was withdrawn on {{date}} by the platform.",
  withdrawnBySector: "The verification lapsed on {{date}} because the sector in the profile was changed.",
  withdrawnByKvk: "The verification lapsed on {{date}} because the KvK number in the profile was changed.",
  withdrawnBySectorAndKvk:
    "The verification lapsed on {{date}} because the sector and the KvK number in the profile were changed.",
  withdrawalsShown:
    "If an analyst or the platform withdraws the verification, or it lapses because the sector or KvK number is changed, you see that here.",
};

export default verification;
