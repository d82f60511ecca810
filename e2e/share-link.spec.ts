// A learner shares what is on screen: "Copy link" puts a link on the clipboard that reopens the same pod, scenario
// and time; a hand-written #yaml= link opens; a broken link says so and shows the example pod.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: shared-pod
spec:
  containers:
  - name: web
    image: nginx:1.27
  - name: shipper
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;
const SCENARIO = { actions: [{ container: 'web', exitCode: 1, after: 5 }] };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function statusLine(page: Page): Promise<string> {
  return (await page.getByRole('status', { name: 'Pod status' }).textContent()) ?? '';
}

test('a link made by "Copy link" reopens the same pod, scenario and time', async ({ page, context }) => {
  await page.goto(`./#yaml=${b64(POD)}&scenario=${b64(JSON.stringify(SCENARIO))}`);
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('shared-pod');
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  const status = await statusLine(page);
  const events = await page.getByRole('log', { name: 'Events' }).locator('li').allTextContents();
  const time = await page.locator('.scrubber-now').textContent();
  expect(events.some((e) => /exit|Error|code 1/i.test(e))).toBe(true);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#z=[\w-]+&scenario=[\w-]+&t=[\d.]+$/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('status', { name: 'Pod status' })).toContainText('shared-pod');
  expect(await statusLine(other)).toBe(status);
  expect(await other.locator('.scrubber-now').textContent()).toBe(time);
  expect(await other.getByRole('log', { name: 'Events' }).locator('li').allTextContents()).toEqual(events);
  await expect(other.getByRole('textbox', { name: 'Pod spec' })).toContainText('name: shared-pod');
});

test('the address bar follows the page, so a reload keeps the pod and the time', async ({ page }) => {
  await page.goto(`./#yaml=${b64(POD)}`);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  const status = await statusLine(page);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#z=.*&t=/);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('shared-pod');
  expect(await statusLine(page)).toBe(status);
});

test('a broken link says what is wrong and shows the example pod', async ({ page, context }) => {
  const plain = await context.newPage();
  await plain.goto('./');
  await expect(plain.getByRole('status', { name: 'Pod status' })).toContainText('Init');
  const example = await statusLine(plain);
  await page.goto('./#z=AAAA!!&t=soon');
  const notice = page.getByRole('alert').filter({ hasText: 'This link could not be read completely' });
  await expect(notice).toContainText('damaged');
  await expect(notice).toContainText('not a number of seconds');
  expect(await statusLine(page)).toBe(example);
  await page.screenshot({ path: '/tmp/share-link-notice.png' });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('a link over 8,000 characters warns that chat apps may cut it, and still works', async ({ page, context }) => {
  // Names that do not compress: a pseudo-random sequence with a fixed seed.
  let seed = 7;
  const word = () => Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz'[(seed = (seed * 48271) % 2147483647) % 26]).join('');
  const containers = Array.from({ length: 300 }, () => `  - name: c-${word()}\n    image: example/${word()}:${word()}\n`).join('');
  const big = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big-pod\nspec:\n  containers:\n${containers}`;
  // 300 containers take a few seconds to lay out and draw, longer while the other test workers share the cores:
  // the default 7 s wait failed now and then in a full run.
  const drawn = { timeout: 20_000 };
  await page.goto(`./#yaml=${b64(big)}`);
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('big-pod', drawn);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/long links may be cut by some chat apps/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.length).toBeGreaterThan(8000);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('status', { name: 'Pod status' })).toContainText('big-pod', drawn);
});

test('a #preset= link with no pod text opens that preset, its scenario and the linked time', async ({ page }) => {
  // An author writes it by hand: "see the pod 31 s in, just after it is deleted".
  await page.goto('./#preset=graceful-deletion&t=31');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('graceful-deletion');
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toContainText('name: graceful');
  await expect(page.locator('.scrubber-now')).toHaveText(/31/);
  // The preset's scenario deletes the pod at 30 s: at 31 s it is Terminating.
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('Terminating');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a #preset= link to a preset that does not exist says so and shows the example pod', async ({ page, context }) => {
  const plain = await context.newPage();
  await plain.goto('./');
  await expect(plain.getByRole('status', { name: 'Pod status' })).toContainText('Init');
  const example = await statusLine(plain);
  await page.goto('./#preset=log-shiper');
  const notice = page.getByRole('alert').filter({ hasText: 'This link could not be read completely' });
  await expect(notice).toContainText('There is no preset called "log-shiper"');
  await expect(notice).toContainText('Showing the example pod instead');
  expect(await statusLine(page)).toBe(example);
});

test('a pod spec too large for a link: Copy link says why and offers the YAML file instead', async ({ page }) => {
  // 600 KiB of comment on a small pod: over the 512 KiB a link carries.
  const filler = Array.from({ length: 10_000 }, (_, i) => `# padding line ${String(i).padStart(5, '0')} ${'x'.repeat(40)}`).join('\n');
  const huge = `${POD.replace('name: shared-pod', 'name: huge-pod')}${filler}\n`;
  expect(huge.length).toBeGreaterThan(600 * 1024);
  await page.goto(`./#yaml=${b64(huge)}`);
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('huge-pod');
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/No link was copied: this pod spec is \d+ KiB, and a link carries at most 512 KiB\. To share it, send the YAML file instead\./)).toBeVisible();
  await expect(page.getByText('Link copied')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('nothing yet');
  await page.screenshot({ path: '/tmp/share-no-link.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the YAML file' }).click()]);
  expect(download.suggestedFilename()).toBe('huge-pod.yaml');
  const saved = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(saved, 'utf8')).toBe(huge);
});

test('the Embed dialog shows the iframe code for what is on screen, copies it, and closes with Escape', async ({ page }) => {
  await page.goto(`./#yaml=${b64(POD)}`);
  // Opened at once, before the linked pod may have been read: the code names the pod once it is.
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this pod' });
  await expect(dialog).toBeVisible();
  const textbox = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(textbox).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#z=[\w-]+" title="Podscope: shared-pod" width="100%" height="520" loading="lazy" style="border:0"><\/iframe>$/);
  const code = await textbox.inputValue();
  await page.screenshot({ path: '/tmp/share-embed-dialog.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByText('Code copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
});

test.describe('without clipboard permission', () => {
  test.use({ permissions: [] });
  test('Copy link still confirms, or shows the link selected to copy by hand', async ({ page }) => {
    await page.goto(`./#yaml=${b64(POD)}`);
    await page.evaluate(() => {
      // A browser that refuses the async Clipboard API: the fallback must take over.
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const manual = page.getByRole('textbox', { name: 'Copy this link:' });
    await expect(page.getByText('Link copied').or(manual)).toBeVisible();
    if (await manual.isVisible()) expect(await manual.inputValue()).toMatch(/#z=/);
  });
});
