import type { Translation } from "../translation";
import type nl from "../nl/invitation";

const invitation: Translation<typeof nl> = {
  title: "Welcome to {{target}}",
  intro: {
    member:
      "You are invited to work on the self-assessment of {{target}}. Fill in your name; you choose your password when you confirm your e-mail address.",
    analyst:
      "You get an analyst account for {{target}}. Fill in your name; you choose your password when you confirm your e-mail address.",
    customs_reviewer:
      "You get a Customs reviewer account. Fill in your name; you choose your password when you confirm your e-mail address.",
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
      "You choose your password when you confirm. Only once you have confirmed your address can you sign in.",
    noMail:
      "No message? Look in your junk mail folder. Has the link expired? Then choose a new password through the link below: that confirms your address too.",
    forgotLink: "Forgot password",
  },
};

export default invitation;
