import type { Translation } from "../translation";
import type nl from "../nl/roles";

const roles: Translation<typeof nl> = {
  member: "Member",
  admin: "Admin",
};

export default roles;
