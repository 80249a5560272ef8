/** English messages of the inbox (review reminders and escalations), merged into `en` under `inbox`. */
export const inbox = {
  title: "Inbox",
  description:
    "Reminders before a system's review day or a mitigation's due date, and escalations of overdue reviews, addressed to you.",
  loadFailed: "The inbox could not be loaded",
  empty:
    "Nothing here yet. You will hear before a system's yearly review is due (AI Law Art. 18(1)) and before a mitigation you own falls due.",
  unread_one: "1 unread",
  unread: "{{count}} unread",
  badge_one: "1 unread reminder",
  badge: "{{count}} unread reminders",
  markRead: "Mark read",
  markAllRead: "Mark all read",
  markFailed: "Could not mark the reminders read",
  new: "New",
  openSystem: "Open {{system}}",
  kind: {
    review_due: "Review due",
    review_overdue: "Review overdue",
    mitigation_due: "Mitigation due",
  },
  text: {
    review_due: "The review of {{system}} is due on {{date}}.",
    review_overdue:
      "The review of {{system}} was due on {{date}} and has not started: it is overdue. Escalated to executives and admins.",
    mitigation_due: "The mitigation “{{action}}” of {{system}} is due on {{date}}.",
  },
  when: {
    before_one: "1 day before",
    before: "{{count}} days before",
    after_one: "1 day after",
    after: "{{count}} days after",
  },
  received: "Received {{date}}",
  calendar: {
    title: "Calendar feed",
    description:
      "Subscribe to review days and mitigation due dates in your calendar app. The link is secret: anyone who has it can read those dates. A new link stops the old one.",
    issue: "Get a calendar link",
    rotate: "Replace the link",
    failed: "Could not create the calendar link",
    label: "Your calendar link (shown once)",
  },
};
