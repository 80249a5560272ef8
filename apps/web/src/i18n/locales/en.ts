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
      label: "Organisation",
      none: "No organisation yet",
      hint: "No organisation yet — accounts arrive soon.",
    },
    user: {
      trigger: "User menu",
      label: "Account",
      notSignedIn: "Not signed in",
      hint: "Signing in arrives with accounts.",
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
