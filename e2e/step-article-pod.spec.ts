// A learner opens Podscope on the article's pod and steps it from Init:0/1 to Running.
import { expect, test } from '@playwright/test';

test('steps the article pod from Init:0/1 to Running, event by event', async ({ page }) => {
  await page.goto('./');
  const status = page.getByRole('status', { name: 'Pod status' });
  const events = page.getByRole('log', { name: 'Events' });
  const stepForward = page.getByRole('button', { name: 'Step forward' });

  await expect(status).toContainText('Pending');
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    const text = (await status.locator('.kubectl-status').textContent()) ?? '';
    if (seen[seen.length - 1] !== text) seen.push(text);
    if (text === 'Running') break;
    await stepForward.click();
  }
  // printPod walks the init containers first: Init:0/1 while init-myservice runs, then PodInitializing.
  expect(seen).toContain('Init:0/1');
  expect(seen.indexOf('Init:0/1')).toBeLessThan(seen.indexOf('Running'));
  await expect(status).toContainText('1/1');

  // The events, newest last, in kubectl describe's words and in kubelet order.
  const lines = await events.locator('li').allTextContents();
  const started = (name: string) => lines.findIndex((l) => l.includes('Started') && l.includes(name));
  expect(lines[0]).toContain('Scheduled');
  expect(started('init-myservice')).toBeGreaterThan(0);
  expect(started('myapp-container')).toBeGreaterThan(started('init-myservice'));
});

test('the keyboard steps and resets: → forward, ← back, Home to the start', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('heading', { name: /Podscope/ }).click();
  const events = page.getByRole('log', { name: 'Events' }).locator('li');
  // The events log follows the cursor a frame after the canvas (usePodscopeNextFrame): count it two frames on.
  const settled = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('Init:0/1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settled();
  const afterTwo = await events.count();
  expect(afterTwo).toBeGreaterThan(0);
  await page.keyboard.press('ArrowLeft');
  await settled();
  expect(await events.count()).toBeLessThan(afterTwo);
  await page.keyboard.press('Home');
  await expect(page.getByRole('button', { name: 'Reset' })).toBeDisabled();
  // Space plays and pauses, even though the canvas (React Flow) listens to keys too.
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a container made to exit shows the restart in the events', async ({ page }) => {
  await page.goto('./');
  const stepForward = page.getByRole('button', { name: 'Step forward' });
  const status = page.getByRole('status', { name: 'Pod status' });
  for (let i = 0; i < 30 && !((await status.textContent()) ?? '').includes('Running'); i++) await stepForward.click();

  // The container on the canvas opens its details, where the "What if…" controls are.
  await page.getByRole('button', { name: /^myapp-container/ }).click();
  const details = page.getByRole('region', { name: 'Container myapp-container' });
  await details.getByRole('button', { name: /Make myapp-container exit now with code 1/ }).click();
  await stepForward.click();
  await expect(page.getByRole('log', { name: 'Events' })).toContainText(/myapp-container.*code 1/);
});
