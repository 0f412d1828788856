import type nl from "./nl";

/** The same keys as Dutch, each a string: a missing or extra key fails the typecheck. */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

const en: Messages<typeof nl> = {
  common: {
    choose: "Make a choice",
    save: "Save",
    cancel: "Cancel",
  },
  language: {
    switchTo: { nl: "Nederlands", en: "English" },
  },
  nav: {
    label: "Main navigation",
    skip: "Skip to content",
    signIn: "Sign in",
    signOut: "Sign out",
    organisation: "Organisation",
    association: "Sector association",
    customs: "Customs",
    admin: "Administration",
  },
  footer: {
    promise:
      "Weerbaar: answers stay with your organisation. Sector associations only see anonymised figures of at least 5 organisations; Customs sees a report only with your consent.",
  },
  landing: {
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
      profile: {
        title: "Check the profile.",
        body: "Sector, size and region decide which organisations you will be compared with later.",
      },
      invite: {
        title: "Invite colleagues.",
        body: "HR, IT and operations each know part of the answers. You make an invitation link and send it yourself.",
      },
    },
    origin:
      "Weerbaar answers the call of the Dutch Strategisch Beraad Ondermijning: make business and government resilient against criminal interference, risk-based, starting with logistics.",
  },
  fields: {
    organisationName: "Organisation name",
    sector: "Sector",
    sizeBand: "Number of employees",
    region: "Port region",
    kvkNumber: "KvK number (optional)",
    kvkHint: "8 digits, as on your Chamber of Commerce extract.",
    name: "Your name",
    email: "E-mail address",
    password: "Password",
    passwordHint: "At least 12 characters. A sentence of a few words is strong and easy to remember.",
  },
  sectors: {
    terminal_operator: "Terminal operator",
    shipping_line_agent: "Shipping line or agent",
    forwarder_customs_broker: "Freight forwarder or customs broker",
    road_haulier: "Road haulier",
    barge_rail_operator: "Barge or rail operator",
    warehouse_depot: "Warehousing or empty-container depot",
    port_services: "Port services (lashing, mooring, towage, maintenance, security contractors)",
    air_cargo_handler: "Air cargo handler",
    port_authority: "Port authority",
    municipality: "Municipality",
    other_public_service: "Other public service",
  },
  sizeBands: {
    "1-9": "1–9 employees",
    "10-49": "10–49 employees",
    "50-249": "50–249 employees",
    "250+": "250 or more employees",
  },
  regions: {
    rotterdam_rijnmond: "Rotterdam-Rijnmond",
    amsterdam_noordzeekanaal: "Amsterdam/Noordzeekanaal",
    north_sea_port: "North Sea Port",
    groningen_seaports: "Groningen Seaports",
    moerdijk: "Moerdijk",
    schiphol: "Schiphol",
    inland: "Inland",
    other: "Other",
  },
  roles: {
    member: "Member",
    admin: "Admin",
  },
  countBands: {
    "5-9": "5–9",
    "10-19": "10–19",
    "20-49": "20–49",
    "50+": "50 or more",
  },
  validation: {
    required: "Fill in this field.",
    invalid: "This value is not valid.",
    choose: "Choose an option from the list.",
    chooseSector: "Choose at least one sector.",
    email: "Enter a valid e-mail address, such as name@company.com.",
    tooShort_one: "Use at least {{count}} character.",
    tooShort_other: "Use at least {{count}} characters.",
    tooLong_one: "Use at most {{count}} character.",
    tooLong_other: "Use at most {{count}} characters.",
    kvk: "A KvK number has 8 digits.",
    emailTaken: "No new account can be made with this e-mail address. Do you already have an account? Then sign in.",
  },
  signup: {
    title: "Register your organisation",
    intro: "You create an account for your organisation and become its first admin.",
    organisationLegend: "Your organisation",
    personLegend: "Your account",
    privacy:
      "Your answers stay within your organisation. Sector associations and Customs only see anonymised group figures, unless you share something yourself.",
    submit: "Create account",
    haveAccount: "Already have an account?",
    signInLink: "Sign in",
  },
  signin: {
    title: "Sign in",
    submit: "Sign in",
    failed: "The e-mail address or password is not correct.",
    signedOutNotice: "You were signed out, so nothing was saved. Sign in again and send the form once more.",
    noAccount: "No account yet?",
    signUpLink: "Register your organisation",
  },
  organisation: {
    profileTitle: "Profile",
    editProfile: "Edit profile",
    noKvk: "Not given",
    membersTitle_one: "Members ({{count}})",
    membersTitle_other: "Members ({{count}})",
    membersCaption: "Members of the organisation and their role",
    name: "Name",
    role: "Role",
    actions: "Actions",
    you: "you",
    makeAdmin: "Make {{name}} admin",
    makeMember: "Make {{name}} member",
    remove: "Remove {{name}}",
    lastAdmin: "Not possible: your organisation must keep at least one admin.",
    inviteTitle: "Invite a colleague",
    inviteIntro:
      "You make a personal link that is valid for {{days}} days and can be used once. Send it to your colleague yourself.",
    inviteEmail: "Your colleague's e-mail address",
    inviteSubmit: "Make invitation link",
    inviteCreated: "Invitation for {{email}} made. Copy the link: it is shown only once.",
    inviteLink: "Invitation link",
    openInvitations: "Open invitations",
    openInvitation: "{{email}}, valid until {{date}}",
  },
  invitation: {
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
    emailTaken: "An account already exists for this e-mail address. Ask the admin for an invitation to another address.",
  },
  association: {
    title: "Sector association",
    intro:
      "You see the sectors your association represents. You never see the answers of a single organisation, only group figures of at least 5 organisations.",
    sectors: "Sectors",
    analysts: "Analysts",
  },
  customs: {
    title: "Customs",
    intro: "Overview for Customs reviewers.",
    rulesTitle: "The rules you work under",
    ruleAggregates: "Sector overviews only show groups of at least 5 organisations.",
    ruleConsent: "You open a single organisation's report only if that organisation shares it with Customs.",
    rulePurpose: "For every view you state a purpose, such as a case or inspection reference. Every view is recorded.",
  },
  participation: {
    title: "Participation per sector",
    rule: "Counts are shown in bands. A sector with fewer than 5 organisations shows no count.",
    caption: "Registered organisations per sector",
    organisations: "Organisations",
    fewerThan: "fewer than {{k}} organisations",
  },
  admin: {
    title: "Platform administration",
    associationsTitle: "Sector associations",
    noAssociations: "There are no sector associations yet.",
    analystsOf: "Analysts: {{names}}.",
    noAnalysts: "No analysts yet.",
    newAssociation: "New sector association",
    associationName: "Name",
    associationSectors: "Sectors it represents",
    createAssociation: "Create sector association",
    analystTitle: "Add an analyst",
    accountIntro:
      "You make a personal link, valid for {{days}} days, with which the person chooses a password themselves. You never see the password.",
    association: "Sector association",
    createAccount: "Create account",
    linkCreated: "Account prepared. Copy the link and send it to the person: it is shown only once.",
    reviewerTitle: "Customs reviewers",
    pending: {
      analyst: "{{email}} (analyst, {{association}}), valid until {{date}}",
      reviewer: "{{email}} (Customs), valid until {{date}}",
    },
  },
  errors: {
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
    unexpected: {
      title: "Something went wrong",
      body: "An unexpected error occurred. Try again; if it keeps happening, contact the administrator.",
    },
  },
};

export default en;
