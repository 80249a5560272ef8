/** English messages of the lifecycle feature, merged into `en` under `lifecycle`. */
export const lifecycle = {
  title: "Lifecycle",
  /**
   * One name per state of the machine, keyed by its dotted path; a compound state keeps its own
   * name under `label` (pages/systems/lifecycle-graph.test.ts checks every state has one).
   */
  states: {
    draft: "Draft",
    riskProcess: {
      label: "Risk process",
      identification: "Identification",
      assessment: "Assessment",
      mitigation: "Mitigation",
      audit: "Audit",
      approval: "Approval",
    },
    operating: {
      label: "Operating",
      compliant: "Compliant",
      reviewDue: "Review due",
      overdue: "Review overdue",
    },
    suspended: "Suspended",
    retired: "Retired",
  },
  /** One name per event of the machine (user, scheduler and system events). */
  events: {
    SUBMIT_PROFILE: "Submit profile",
    RISKS_IDENTIFIED: "Risks identified",
    RISKS_ASSESSED: "Risks assessed",
    MITIGATIONS_ADOPTED: "Mitigations adopted",
    AUDIT_PASSED: "Audit passed",
    AUDIT_FAILED: "Audit failed",
    APPROVE: "Approve",
    START_REVIEW: "Start review",
    PROHIBITED_PRACTICE_FOUND: "Prohibited practice found",
    REMEDIATED: "Remediated",
    RETIRE: "Retire",
    REVIEW_DUE: "Review due",
    REVIEW_OVERDUE: "Review overdue",
    RECLASSIFIED: "Reclassified",
  },
  /** What each guard of the machine checks, as a short condition. */
  guards: {
    profileComplete: "classified, with a risk owner",
    risksIdentified: "screening answered, risks recorded",
    risksAssessed: "every open risk scored",
    mitigationsAdopted: "risks above tolerance mitigated",
    auditRequired: "audit required",
    auditNotRequired: "no audit required",
    mayRecordAudit: "admin or auditor",
    mayApprove: "admin or risk owner, documentation attached",
    isScheduler: "review scheduler only",
    mayRemediate: "admin, practice resolved with evidence",
  },
  policy: {
    suspension:
      "Suspension on a prohibited practice is product policy built on AI Law Art. 18(2), stricter than the law.",
  },
  diagram: {
    label: "Lifecycle diagram",
    anyState: "From any state",
    anyStateHint: "Raised from any state except retired; no condition can block it.",
    anyStateIn: "From any state of {{group}} (a state's own transition for the event comes first).",
    nestedState: "{{parent}} › {{state}}",
    summary: {
      current: "Current state: {{state}}.",
      unknown: "Current state: {{state}} (not in the diagram).",
      mayNow: "You may now: {{events}}.",
      mayNothing: "You cannot change the state now.",
      refused: "Not possible now: {{event}} ({{reason}}).",
      refusedBare: "Not possible now: {{event}}.",
    },
    edge: {
      available: "You may send this now.",
      refused: "Not possible now: {{reason}}",
      conditions: "Conditions: {{conditions}}.",
      scheduler: "Sent by the review scheduler.",
      system: "Sent by airisk when the classification changes.",
      transition: "{{event}}: {{from}} to {{to}}.",
    },
    legend: {
      current: "Current state",
      available: "You may send now",
      refused: "Not possible now (hover for why)",
      automatic: "Sent by the scheduler or by airisk",
    },
  },
} as const;
