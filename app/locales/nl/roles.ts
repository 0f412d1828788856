const roles = {
  member: "Lid",
  admin: "Beheerder",
  // The capacities the audit log records (an invitation used records the role it grants).
  org_member: "Lid van de organisatie",
  org_admin: "Beheerder van de organisatie",
  analyst: "Analist",
  association_analyst: "Analist van een brancheorganisatie",
  customs_reviewer: "Reviewer van de Douane",
  platform_admin: "Platformbeheerder",
};

export default roles;
