export { calendarFeed, calendarPath, issueCalendarUrl } from "#reminders/calendar.ts";
export {
  composeReminder,
  createMailer,
  DeliverEmailInput,
  deliverReminderEmail,
  type Mailer,
  type MailerOptions,
  type MailMessage,
} from "#reminders/email.ts";
export {
  type Inbox,
  InboxInput,
  type InboxItem,
  listInbox,
  MarkReadInput,
  markRemindersRead,
} from "#reminders/inbox.ts";
export {
  DEFAULT_SNAPSHOT_CRON,
  DEFAULT_SWEEP_CRON,
  type JobLog,
  type JobRunner,
  type JobRunnerOptions,
  QUEUES,
  startJobRunner,
} from "#reminders/jobs.ts";
export { applyReviewEvent, ReviewEventInput, type ReviewEventOutcome } from "#reminders/review-events.ts";
export { type ReviewEventJob, type SweepResult, sweepReviews } from "#reminders/sweep.ts";
