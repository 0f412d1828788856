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
  accepted: {
    title: "Confirm your e-mail address first",
    sent: "We have sent a message to the address the invitation was for. Follow the link in it to confirm your address; the link is valid for {{hours}} hours.",
    confirmFirst:
      "Only once you have confirmed your address can you sign in with your e-mail address and the password you just chose.",
    noMail:
      "No message? Look in your junk mail folder. Has the link expired? Then choose a new password through the link below: that confirms your address too.",
    forgotLink: "Forgot password",
  },
};

export default invitation;
