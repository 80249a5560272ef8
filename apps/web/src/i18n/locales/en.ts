/**
 * English, the reference locale: every other locale (`ru.ts`, `kk.ts`, …) is a sibling file typed
 * `LocaleResource`, so a missing or extra key there fails the type-check. Interpolations use
 * i18next's `{{name}}` syntax.
 */
export const en = {
  app: {
    name: "airisk",
    tagline: "AI regulation risk register",
    skipToContent: "Skip to content",
  },
  nav: {
    label: "Main navigation",
    workspace: "Workspace",
    system: "System",
    portfolio: "Portfolio",
    dashboard: "Dashboard",
    tracker: "Tracker",
    inbox: "Inbox",
    settings: "Settings",
    status: "System status",
  },
  header: {
    organisation: {
      trigger: "Organisation menu",
      label: "Your organisations",
      none: "No organisation",
      noMemberships: "You are not a member of any organisation yet.",
      create: "Create organisation",
    },
    user: {
      trigger: "Account menu",
      signIn: "Sign in",
      signOut: "Sign out",
      signOutEverywhere: "Sign out of all sessions",
    },
  },
  placeholder: {
    badge: "Coming soon",
  },
  pages: {
    portfolio: {
      title: "Portfolio",
      description:
        "The register of every AI system your organisation owns, holds or operates, with its profile, classification and risk owner.",
    },
    dashboard: {
      title: "Dashboard",
      description:
        "Penalty exposure by jurisdiction, system and obligation, with overdue reviews and suspended systems at a glance.",
    },
    tracker: {
      title: "Tracker",
      description:
        "The regulatory catalogue: jurisdictions, instruments, obligations with their article citations, and penalty schedules.",
    },
    inbox: {
      title: "Inbox",
      description: "Review reminders, escalations and assignments addressed to you.",
    },
    settings: {
      title: "Settings",
      description: "Your organisation's members, roles, invitations and preferences.",
    },
  },
  notFound: {
    title: "Page not found",
    description: "There is no page at this address.",
    home: "Go to the start page",
  },
  common: {
    yes: "yes",
    no: "no",
  },
  roles: {
    admin: "Admin",
    risk_owner: "Risk owner",
    executive: "Executive",
    auditor: "Auditor",
    viewer: "Viewer",
  },
  validation: {
    required: "Required.",
    email: "Enter an e-mail address such as name@example.com.",
    passwordLength: "Use at least {{min}} characters.",
    tooLong: "Use at most {{max}} characters.",
    intRange: "Enter a whole number from {{min}} to {{max}}.",
  },
  money: {
    invalid: "Enter an amount in digits, with a dot for decimals, e.g. 1250000.50.",
    tooPrecise: "{{currency}} has {{digits}} decimal places at most.",
    tooLarge: "This amount is too large.",
    currency: "Choose a currency.",
  },
  errors: {
    network: "The server could not be reached. Check your connection and try again.",
    throttled: "Too many attempts. Try again in {{seconds}} seconds.",
    unknown: "Something went wrong. Please try again.",
  },
  routeError: {
    title: "This page could not be loaded",
    retry: "Try again",
  },
  auth: {
    fields: {
      name: "Your name",
      email: "E-mail",
      password: "Password",
      organisationName: "Organisation name",
    },
    signIn: {
      title: "Sign in",
      description: "Sign in to your airisk account.",
      submit: "Sign in",
      submitting: "Signing in…",
      noAccount: "No account yet?",
      toSignUp: "Create an account",
    },
    signUp: {
      title: "Create an account",
      description: "Start a risk register for your organisation. You will be its administrator.",
      passwordHint: "At least {{min}} characters, and not a commonly used password.",
      organisationHint: "The company or body whose AI systems you register. You can rename it later.",
      submit: "Create account",
      submitting: "Creating account…",
      haveAccount: "Already have an account?",
      toSignIn: "Sign in",
    },
  },
  invite: {
    title: "Invitation",
    heading: "Join {{organisation}}",
    description: "You have been invited to an organisation on airisk.",
    organisation: "Organisation",
    role: "Role",
    email: "Sent to",
    expires: "Expires",
    status: "Status",
    statuses: {
      pending: "Pending",
      accepted: "Accepted",
      revoked: "Revoked",
      expired: "Expired",
    },
    closed: {
      accepted: "This invitation has already been accepted.",
      revoked: "This invitation was withdrawn by an administrator of the organisation.",
      expired: "This invitation has expired. Ask an administrator of the organisation for a new one.",
    },
    notFound: {
      title: "Invitation not found",
      description: "This invitation link is not valid. Check that you copied all of it.",
    },
    loadFailed: "The invitation could not be loaded",
    signedOut: "Sign in, or create an account with the e-mail address above, to accept.",
    signInToAccept: "Sign in to accept",
    signUpToAccept: "Create an account to accept",
    signedInAs: "Signed in as {{email}}",
    otherEmail:
      "This invitation was sent to {{invited}}, but you are signed in as {{current}}. Sign in with the invited address to accept it.",
    accept: "Accept invitation",
    accepting: "Accepting…",
    switchAccount: "Use another account",
    toApp: "Go to airisk",
  },
  organisations: {
    new: {
      title: "Create an organisation",
      description:
        "A separate register with its own members, systems and settings. You will be its administrator.",
      name: "Organisation name",
      hint: "The company or body whose AI systems you register.",
      submit: "Create organisation",
      submitting: "Creating…",
    },
    none: {
      title: "You are not in an organisation",
      description: "Everything in airisk belongs to an organisation. Open one of yours, or create a new one.",
      yours: "Your organisations",
      open: "Open",
    },
  },
  settings: {
    sections: "Settings sections",
    organisation: {
      tab: "Organisation",
      title: "Organisation profile",
      description: "The facts the penalty and review rules depend on.",
      readOnly: "Only administrators can change the organisation profile.",
      loadFailed: "The organisation profile could not be loaded",
      name: "Name",
      notSet: "Not set",
      kzOffenderCategory: "Kazakhstan offender category",
      kzOffenderCategoryHint: "Fines under the Code of Administrative Offences depend on it.",
      kzCategories: {
        natural_person: "Natural person",
        small: "Small enterprise",
        medium: "Medium enterprise",
        large: "Large enterprise",
      },
      euSmeTitle: "EU AI Act",
      euSme: "Small or medium-sized enterprise (SME), including start-ups",
      euSmeHint: "For SMEs, EU fines are capped at the lower of the fixed amount and the share of turnover.",
      annualTurnover: "Annual turnover",
      annualTurnoverHint: "Worldwide, for the preceding financial year; percentage-based fines use it.",
      turnoverCurrency: "Turnover currency",
      reportingCurrency: "Reporting currency",
      reportingCurrencyHint: "The currency amounts are shown in.",
      commonCurrencies: "Common",
      allCurrencies: "All currencies",
      reviewIntervalMonths: "Review interval (months)",
      reviewIntervalMonthsHint: "How often each system is reviewed: {{min}} to {{max}} months.",
      riskTolerance: "Risk tolerance",
      riskToleranceHint:
        "Risk score (likelihood × severity, {{min}}–{{max}}) above which a mitigation is required.",
      save: "Save changes",
      saving: "Saving…",
      saved: "Saved.",
    },
    members: {
      tab: "Members",
      title: "Members",
      count: "People with access: {{count}}",
      loadFailed: "The members could not be loaded",
      name: "Name",
      email: "E-mail",
      role: "Role",
      joined: "Joined",
      actions: "Actions",
      you: "You",
      roleOf: "Role of {{name}}",
      remove: "Remove",
      removeNamed: "Remove {{name}}",
      leave: "Leave organisation",
    },
    invitations: {
      title: "Pending invitations",
      description: "Invitations not yet accepted. Revoking one makes its link stop working.",
      none: "No pending invitations.",
      invitedBy: "Invited by",
      expires: "Expires",
      revoke: "Revoke",
      revokeFor: "Revoke the invitation for {{email}}",
    },
    invite: {
      title: "Invite someone",
      description: "They join with the role you choose once they accept the link.",
      email: "E-mail",
      role: "Role",
      submit: "Invite",
      submitting: "Inviting…",
      created: "Invitation for {{email}} created",
      onlyOnce:
        "Send them this link. It is shown only once; if it gets lost, revoke the invitation and invite again.",
      copy: "Copy link",
      copied: "Copied",
      copyFailed: "Copying failed; select the link and copy it by hand.",
      dismiss: "Done",
    },
  },
  status: {
    title: "System status",
    description: "Whether the API and its database are reachable, up to date and safely configured.",
    refresh: "Refresh",
    refreshing: "Refreshing…",
    autoRefresh: "Refreshes automatically every {{seconds}} seconds.",
    lastChecked: "Last checked",
    api: {
      title: "API",
      reachable: "Reachable",
      unreachable: "Unreachable",
      checking: "Checking…",
    },
    error: {
      title: "The API could not be reached",
      unknown: "Unknown error",
      noAnswer: "No answer from the API. Is the server running? ({{detail}})",
    },
    database: {
      title: "Database",
      embedded: "Embedded (PGlite)",
      postgres: "PostgreSQL server",
      serverVersion: "Server version {{version}}",
    },
    migrations: {
      title: "Migrations",
      applied: "Applied {{applied}} of {{expected}}",
      current: "Current",
      pending: "Pending",
    },
    requestRole: {
      title: "Request role",
      superuser: "superuser: {{value}}",
      bypassRls: "bypasses RLS: {{value}}",
      safe: "RLS enforced",
      unsafe: "Bypasses RLS",
    },
    catalogue: {
      title: "Regulatory catalogue",
      version: "Catalogue version",
    },
  },
} as const;

/** The shape every locale must have: the same keys as English, any string values. */
export type LocaleResource = DeepStrings<typeof en>;

type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
