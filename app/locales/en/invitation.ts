import type { Translation } from "../translation";
import type nl from "../nl/invitation";

const invitation: Translation<typeof nl> = {
  title: "Welcome to {{target}}",
  intro: {
    member: "You are invited to work on the self-assessment of {{target}}. Choose your name and a password.",
    analyst: "You get an analyst account for {{target}}. Choose your name and a password.",
    customs_reviewer: "You get a Customs reviewer account. Choose your name and a password.",
  },
  customs: "Customs",
  submit: "Create account",
  invalidTitle: "This invitation cannot be used",
  expired: "The invitation has expired. Ask the admin for a new link.",
  used: "The invitation has already been used. Do you already have an account? Then sign in.",
  unknown: "This invitation link does not exist. Check that you copied the whole link.",
  noLongerValid: "This invitation has expired or was already used. Ask the admin for a new link.",
};

export default invitation;
