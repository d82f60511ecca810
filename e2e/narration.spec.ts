// The narration follows the cursor: for the article's pod it explains that the init container must complete before
// the app starts, and for a failing init container it says what the kubelet really does.
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Step forward until the narration shows `text` (or the end). */
async function stepUntil(page: Page, narration: Locator, text: string | RegExp): Promise<void> {
  const stepForward = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 40; i++) {
    const shown = (await narration.textContent()) ?? '';
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return;
    if (!(await stepForward.isEnabled())) break;
    await stepForward.click();
  }
  await expect(narration).toContainText(text);
}

test("the article's pod: the init container completes before the app container starts", async ({ page }) => {
  await page.goto('./');
  const narration = page.getByRole('region', { name: 'Narration' });
  // At 0 s the pod has just been scheduled.
  await expect(narration).toContainText('The scheduler placed pod');

  await stepUntil(page, narration, 'Init container init-myservice started');
  await expect(narration).toContainText('app containers start only after all have succeeded');

  await stepUntil(page, narration, 'Init container init-myservice exited with code 0 (Completed)');
  await expect(narration).toContainText('so the kubelet now starts myapp-container');

  await stepUntil(page, narration, 'App container myapp-container started');
  await expect(narration).toContainText('every init container (init-myservice) has completed');
  await expect(narration.getByRole('link', { name: /Init containers/ })).toHaveAttribute('href', 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/');

  // Stepping back brings the earlier narration back.
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(narration).not.toContainText('App container myapp-container started');
});

test('a failing init container: only it is retried, with back-off, not the whole pod', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('init-fails-retry');
  const narration = page.getByRole('region', { name: 'Narration' });
  await stepUntil(page, narration, 'Init container migrate exited with code 1 (Error)');
  await expect(narration).toContainText('not the whole pod');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await narration.screenshot({ path: '/tmp/learn-narration-restart.png' });
  await stepUntil(page, narration, /migrate is in CrashLoopBackOff: it may start again at [\d.]+ s, 10 s after its exit/);
  await expect(narration).toContainText('a real cluster can restart it up to about 15 s later');
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('Init:CrashLoopBackOff');
  await narration.screenshot({ path: '/tmp/learn-narration-backoff.png' });
});

test('under restartPolicy Never the failed init container fails the pod', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('init-fails-never');
  const narration = page.getByRole('region', { name: 'Narration' });
  await stepUntil(page, narration, 'Init container migrate exited with code 1 (Error)');
  await expect(narration).toContainText('the pod fails (phase Failed) and app never starts');
});

test('the narration is announced once per step through a polite live region', async ({ page }) => {
  await page.goto('./');
  const narration = page.getByRole('region', { name: 'Narration' });
  const live = narration.locator('[aria-live="polite"]');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(live).toHaveText(/pod sandbox is ready/);
  await expect(live).toHaveCount(1);
});
