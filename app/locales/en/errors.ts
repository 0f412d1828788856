import type { Translation } from "../translation";
import type nl from "../nl/errors";

const errors: Translation<typeof nl> = {
  backHome: "To the home page",
  notFound: {
    title: "Page not found",
    body: "This page does not exist, or you have no access to it.",
  },
  forbidden: {
    title: "Not allowed",
    body: "This request was refused.",
  },
  unavailable: {
    title: "Temporarily unavailable",
    body: "Weerbaar cannot be reached right now. Nothing was lost; try again in a few minutes.",
  },
  tooManyRequests: {
    title: "Too many requests",
    body: "You requested a lot of data in a short time. Wait a minute, then try again.",
  },
  request: {
    title: "Request refused",
    crossSite:
      "This form came from another site and was therefore not processed. Open Weerbaar itself and try again there.",
    methodNotAllowed: "Weerbaar does not answer this kind of request.",
    badRequest: "This request could not be read.",
    controlCharacters:
      "The text contains control characters (such as a null character) that Weerbaar does not store. Remove them and try again.",
    tooLarge: "This form is larger than 1 MB and was not processed.",
    unsupportedType: "Weerbaar only accepts forms.",
  },
  unexpected: {
    title: "Something went wrong",
    body: "An unexpected error occurred. Try again; if it keeps happening, contact the administrator.",
  },
};

export default errors;
