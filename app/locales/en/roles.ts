import type { Translation } from "../translation";
import type nl from "../nl/roles";

const roles: Translation<typeof nl> = {
  member: "Member",
  admin: "Admin",
  org_member: "Member of the organisation",
  org_admin: "Admin of the organisation",
  analyst: "Analyst",
  association_analyst: "Sector association analyst",
  customs_reviewer: "Customs reviewer",
  platform_admin: "Platform admin",
};

export default roles;
