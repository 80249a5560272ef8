import { type Browser, expect, type Page, test } from "@playwright/test";

const PASSWORD = "a long and uncommon passphrase";
const unique = () => crypto.randomUUID().slice(0, 8);

async function signUp(
  page: Page,
  who: { name: string; email: string; organisation?: string },
): Promise<void> {
  await page.getByTestId("signup-name").fill(who.name);
  if (await page.getByTestId("signup-email").isEditable())
    await page.getByTestId("signup-email").fill(who.email);
  await page.getByTestId("signup-password").fill(PASSWORD);
  if (who.organisation) await page.getByTestId("signup-organisation").fill(who.organisation);
  await page.getByTestId("signup-submit").click();
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("sign up, invite a colleague as viewer, who accepts in another browser and cannot administer", async ({
  page,
  browser,
  baseURL,
}) => {
  const admin = { name: "Ada Admin", email: `ada-${unique()}@example.com`, organisation: `Acme ${unique()}` };
  const colleague = { name: "Vic Viewer", email: `vic-${unique()}@example.com` };

  await page.goto("/sign-up");
  await signUp(page, admin);
  await expect(page.getByTestId("org-switcher")).toContainText(admin.organisation);

  await page.goto("/settings/members");
  await page.getByTestId("invite-email").fill(colleague.email);
  await page.getByTestId("invite-role").selectOption("viewer");
  await page.getByTestId("invite-submit").click();
  const link = (await page.getByTestId("invite-link").textContent())?.trim() ?? "";
  expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]+\\.[a-z0-9]+$`));
  await expect(page.getByTestId(`invitation-row-${colleague.email}`)).toBeVisible();

  // The colleague, in a browser of their own, follows the link, creates an account and accepts.
  const other = await newPage(browser);
  await other.goto(link);
  await expect(other.getByTestId("invitation-status")).toContainText(/pending/i);
  await other.getByRole("link", { name: /create an account/i }).click();
  await signUp(other, { ...colleague, organisation: `Vic's own ${unique()}` });
  await expect(other).toHaveURL(/\/invite\//);
  await other.getByTestId("accept-invitation").click();
  await expect(other.getByTestId("org-switcher")).toContainText(admin.organisation);

  // Admin-only actions are hidden from a viewer…
  await other.goto("/settings/members");
  await expect(other.getByTestId(`member-row-${admin.email}`)).toBeVisible();
  await expect(other.getByTestId("invite-email")).toHaveCount(0);
  await expect(other.getByTestId(`member-role-${admin.email}`)).toHaveCount(0);
  await expect(other.getByTestId(`member-remove-${admin.email}`)).toHaveCount(0);

  // …and refused by the API when called directly with the viewer's own session.
  const refused = await other.request.post("/trpc/members.invite", {
    data: { json: { email: `sneaky-${unique()}@example.com`, role: "admin" } },
    headers: { origin: baseURL ?? "" },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("FORBIDDEN");

  // The admin sees the colleague as a viewer.
  await page.reload();
  await expect(page.getByTestId(`member-row-${colleague.email}`)).toContainText(/viewer/i);
  await other.context().close();
});

test("a signed-out visitor is sent to sign in and back where they were going", async ({ page, browser }) => {
  const who = {
    name: "Sam Signin",
    email: `sam-${unique()}@example.com`,
    organisation: `Sam Co ${unique()}`,
  };
  const setup = await newPage(browser);
  await setup.goto("/sign-up");
  await signUp(setup, who);
  await expect(setup.getByTestId("org-switcher")).toContainText(who.organisation);
  await setup.context().close();

  await page.goto("/settings/members");
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await page.getByTestId("signin-email").fill(who.email);
  await page.getByTestId("signin-password").fill("wrong password entirely");
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("form-error")).toContainText("Wrong e-mail or password.");
  await page.getByTestId("signin-password").fill(PASSWORD);
  await page.getByTestId("signin-submit").click();
  await expect(page).toHaveURL(/\/settings\/members$/);
  await expect(page.getByTestId(`member-row-${who.email}`)).toBeVisible();
});

test("validation errors appear beside their field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByTestId("signup-name").fill("Pat");
  await page.getByTestId("signup-email").fill(`pat-${unique()}@example.com`);
  await page.getByTestId("signup-password").fill("password123");
  await page.getByTestId("signup-organisation").fill("Pat Co");
  await page.getByTestId("signup-submit").click();
  await expect(page.getByTestId("field-error-password")).toContainText(/common password/i);
});
