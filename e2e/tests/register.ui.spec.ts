import { type Browser, expect, type Page, test } from "@playwright/test";

/**
 * Issue 5's "done when", in the browser: a risk owner registers a system with the wizard, classifies
 * it, takes it through identification, assessment, mitigation and (high impact, product policy) an
 * audit recorded by the auditor, approves it, flags a prohibited practice and sees it suspended,
 * with every step in the verified history. Uses the demo organisation's personas.
 */
const PASSWORD = "airisk-demo-2026";
const unique = () => crypto.randomUUID().slice(0, 8);

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByTestId("signin-email").fill(email);
  await page.getByTestId("signin-password").fill(PASSWORD);
  await page.getByTestId("signin-submit").click();
  await expect(page.getByTestId("org-switcher")).toContainText("Demo organisation");
  return page;
}

async function send(page: Page, event: string, reason?: string): Promise<void> {
  await page.getByTestId(`event-${event}`).click();
  if (reason) await page.getByTestId("transition-reason").fill(reason);
  await page.getByTestId("confirm-submit").click();
  await expect(page.getByTestId("transition-success")).toBeVisible();
}

async function expectState(page: Page, state: string): Promise<void> {
  await expect(page.getByTestId(`lifecycle-node-${state}`)).toHaveAttribute("data-active", "true");
}

test("a risk owner takes a system from registration to operating, then suspends it, all in the verified history", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await signIn(browser, "risk.owner@airisk.example");
  const name = `Loan scoring ${unique()}`;

  // Register: profile → classification aid → risk owner.
  await owner.goto("/portfolio");
  await owner.getByTestId("portfolio-new-system").click();
  await owner.getByTestId("wizard-name").fill(name);
  await owner.getByTestId("wizard-purpose").fill("Scores consumer loan applications");
  await owner.getByTestId("wizard-jurisdiction-KZ").click();
  await owner.getByTestId("wizard-role-owner").click();
  await owner.getByTestId("wizard-flag-makesDecisionsAboutPeople").click();
  await owner.getByTestId("wizard-next").click();
  await owner.getByTestId("wizard-answer-failureConsequence-emergency_or_significant_harm").click();
  await owner.getByTestId("wizard-answer-humanRole-human_can_correct").click();
  await owner.getByTestId("wizard-answer-euProhibitedPractice-false").click();
  await owner.getByTestId("wizard-answer-euAnnexIIIArea-none").click();
  await owner.getByTestId("wizard-answer-euAnnexISafetyComponent-false").click();
  await expect(owner.getByTestId("wizard-suggestion")).toContainText(/high/i);
  await owner.getByTestId("wizard-next").click();
  await owner.getByTestId("wizard-submit").click();
  await expect(owner).toHaveURL(/\/systems\/[0-9a-f-]{36}/);
  await expectState(owner, "draft");
  const systemUrl = owner.url().split("?")[0] ?? "";

  await send(owner, "SUBMIT_PROFILE");
  await expectState(owner, "riskProcess.identification");

  // Identification: the screening (all "no"), then one risk, scored at once.
  await expect(owner.getByTestId("event-RISKS_IDENTIFIED")).toBeDisabled();
  const noAnswers = owner.locator('[data-testid^="screening-"][data-testid$="-no"]');
  for (const answer of await noAnswers.all()) await answer.click();
  await owner.getByTestId("screening-save").click();
  await expect(owner.getByTestId("screening-saved")).toBeVisible();

  await owner.goto(`${systemUrl}?tab=risks`);
  await owner.getByTestId("add-risk").click();
  await owner.getByTestId("risk-field-title").fill("Unfair refusals for some groups");
  await owner.getByTestId("risk-field-category").fill("discrimination");
  await owner.getByTestId("risk-field-arisesFrom").selectOption("both");
  await owner.getByTestId("risk-field-likelihood").selectOption("4");
  await owner.getByTestId("risk-field-severity").selectOption("4");
  await owner.getByTestId("risk-field-misuseLikelihood").selectOption("3");
  await owner.getByTestId("risk-field-misuseSeverity").selectOption("3");
  await owner.getByTestId("risk-save").click();
  await expect(owner.getByTestId("risk-row")).toHaveCount(1);

  await owner.goto(`${systemUrl}?tab=overview`);
  await send(owner, "RISKS_IDENTIFIED");
  await send(owner, "RISKS_ASSESSED");
  await expectState(owner, "riskProcess.mitigation");

  // Mitigation: the risk is above tolerance, so it needs a measure and a residual risk.
  await owner.goto(`${systemUrl}?tab=risks`);
  await owner.getByTestId("add-mitigation").click();
  await owner.getByTestId("mitigation-action").fill("Quarterly fairness testing");
  await owner.getByTestId("mitigation-save").click();
  await expect(owner.getByTestId("mitigation-item")).toHaveCount(1);
  await owner.getByTestId("edit-risk").click();
  await owner.getByTestId("risk-field-residualLikelihood").selectOption("2");
  await owner.getByTestId("risk-field-residualSeverity").selectOption("2");
  await owner.getByTestId("risk-save").click();
  await expect(owner.getByTestId("risk-form")).toHaveCount(0);

  await owner.goto(`${systemUrl}?tab=overview`);
  await send(owner, "MITIGATIONS_ADOPTED");
  await expectState(owner, "riskProcess.audit");
  // Only an auditor (or an admin) records the audit's result.
  await expect(owner.getByTestId("event-AUDIT_PASSED")).toBeDisabled();

  const auditor = await signIn(browser, "auditor@airisk.example");
  await auditor.goto(`${systemUrl}?tab=overview`);
  await send(auditor, "AUDIT_PASSED");

  // Approval needs the required documentation: the owner marks it met, then approves.
  await owner.goto(`${systemUrl}?tab=obligations`);
  const documentation = owner.locator(
    '[data-testid="obligation-item"][data-obligation-id="kz.documentation"]',
  );
  await documentation.getByTestId("obligation-status").selectOption("met");
  await documentation.getByTestId("obligation-save").click();
  await expect(documentation.getByTestId("obligation-saved")).toBeVisible();

  await owner.goto(`${systemUrl}?tab=overview`);
  await send(owner, "APPROVE");
  await expectState(owner, "operating.compliant");

  // A prohibited practice is found: the system is suspended at once (product policy).
  await send(owner, "PROHIBITED_PRACTICE_FOUND", "Emotion recognition of applicants without consent");
  await expectState(owner, "suspended");
  await expect(owner.getByText(/product policy/i).first()).toBeVisible();

  // Every step is in the history, and the chain verifies.
  await owner.goto(`${systemUrl}?tab=history`);
  const entries = owner.getByTestId("history-entry");
  await expect(entries.filter({ hasText: /approv/i }).first()).toBeVisible();
  expect(await entries.count()).toBeGreaterThanOrEqual(12);
  await owner.getByTestId("verify-history").click();
  await expect(owner.getByTestId("verify-result")).toContainText(/intact/i);

  // The portfolio finds it among the suspended systems.
  await owner.goto(`/portfolio?state=suspended&q=${encodeURIComponent(name)}`);
  await expect(owner.getByTestId("portfolio-row")).toHaveCount(1);
});
