import { expect, test } from "@playwright/test";

/**
 * Issue 6 in the browser: the first start's review sweep has written the demo risk owner's
 * reminders (reviews falling due within 30 days); they show in the inbox with an unread badge, open
 * the system, can be marked read, and the calendar feed is issued as a secret link.
 */
test("a risk owner finds review reminders in the inbox, opens the system and marks them read", async ({
  page,
  baseURL,
}) => {
  await page.goto("/sign-in");
  await page.getByTestId("signin-email").fill("risk.owner@airisk.example");
  await page.getByTestId("signin-password").fill("airisk-demo-2026");
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("org-switcher")).toContainText("Demo organisation");

  // The sweep runs right after start-up; the badge appears once it has written the reminders.
  await expect(async () => {
    await page.goto("/inbox");
    await expect(page.getByTestId("inbox-item").first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByTestId("inbox-unread-badge")).toBeVisible();

  const first = page.getByTestId("inbox-item").first();
  await first.getByTestId("inbox-mark-read").click();
  await page.getByTestId("inbox-mark-all").click();
  await expect(page.getByTestId("inbox-unread-badge")).toHaveCount(0);

  await page.getByTestId("inbox-calendar-issue").click();
  const field = page.getByTestId("inbox-calendar-url");
  await expect(field).toHaveValue(/\/calendar\/.+\.ics$/);
  const path = await field.inputValue();
  const feed = await page.request.get(new URL(path, baseURL).toString());
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await page.getByTestId("inbox-item").first().getByTestId("inbox-open-system").click();
  await expect(page).toHaveURL(/\/systems\/[0-9a-f-]{36}/);
});
