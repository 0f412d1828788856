import type { Translation } from "../translation";
import type nl from "../nl/landing";

const landing: Translation<typeof nl> = {
  title: "Make your port or logistics business resilient against criminal interference",
  lead: "Weerbaar is a self-assessment for port and logistics companies and public services. For each theme you see how attractive your organisation is to criminal networks, how well your controls hold, and what to improve first.",
  start: "Register your organisation",
  toHome: "To your home page",
  whyTitle: "Why",
  why: "Drug-smuggling networks need people on the inside. They recruit terminal staff, abuse release codes, badges and system access, and hide behind facilitators and front companies. Knowing where the weak spots are lets you close them deliberately.",
  threats: {
    insiders: {
      title: "Recruited staff",
      body: "Planners, gate staff and drivers are approached, pressured or bribed.",
    },
    releaseCodes: {
      title: "Abuse of release codes",
      body: "Whoever holds a container's PIN code can collect it. Codes leak through e-mail, shared accounts and insiders.",
    },
    access: {
      title: "Badges and system access",
      body: "Lent port passes and accounts that outlive someone's departure give criminals a way in.",
    },
    frontCompanies: {
      title: "Front companies and facilitators",
      body: "New customers and subcontractors without a track record can be a cover for smuggling.",
    },
  },
  privacyTitle: "Who sees what",
  privacy: {
    organisation: {
      title: "Your answers stay yours",
      body: "Only members of your own organisation see your answers, scores and advice.",
    },
    association: {
      title: "Sector associations only see groups",
      body: "They see anonymised figures of groups of at least 5 organisations, never a single organisation.",
    },
    customs: {
      title: "Customs only with your consent",
      body: "Customs sees an overview per sector. Your own report only if you share it; you can revoke that at any time, and every view is recorded.",
    },
  },
  howTitle: "How to start",
  steps: {
    signUp: {
      title: "Register your organisation.",
      body: "With its name, sector, size and port region. You become your organisation's admin.",
    },
    assess: {
      title: "Fill in the self-assessment.",
      body: "First your organisation's profile, then the controls theme by theme. Answers are kept as you go; you can always continue later.",
    },
    act: {
      title: "Read the report and make an action plan.",
      body: "You see your risk per theme and why, and advice ranked by what it achieves. Without an account you can also use the advice library.",
    },
    invite: {
      title: "Invite colleagues.",
      body: "HR, IT and operations each know part of the answers. You make an invitation link and send it yourself.",
    },
  },
  origin:
    "Weerbaar answers the call of the Dutch Strategisch Beraad Ondermijning: make business and government resilient against criminal interference, risk-based, starting with logistics.",
};

export default landing;
