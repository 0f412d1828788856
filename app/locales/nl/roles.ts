const roles = {
  member: "Lid",
  admin: "Beheerder",
};

export default roles;
