// A writer exports the pod for slides or a post: the canvas as PNG and SVG, the timeline as `kubectl get pod -w`
// text; and picks a theme, which is kept for the next visit. Screenshots of the main page, light and dark.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  await page.getByText('Export', { exact: true }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

test('the canvas downloads as a PNG and an SVG, both non-empty', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('status', { name: 'Pod status' })).toBeVisible();
  const png = await download(page, 'Canvas as PNG');
  expect(png.name).toMatch(/\.png$/);
  expect(png.body.length).toBeGreaterThan(5_000);
  expect(png.body.subarray(1, 4).toString()).toBe('PNG');

  await page.getByText('Export', { exact: true }).click(); // closes the menu
  const svg = await download(page, 'Canvas as SVG');
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.body.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text.length).toBeGreaterThan(5_000);
  expect(text).toContain('init-myservice');
});

test('the timeline downloads as kubectl get pod -w text', async ({ page }) => {
  await page.goto('./');
  const watch = await download(page, 'Timeline as kubectl -w text');
  expect(watch.name).toMatch(/-watch\.txt$/);
  const lines = watch.body.toString('utf8').trim().split('\n');
  expect(lines[0]).toMatch(/^\$ kubectl get pod \S+ -w$/);
  expect(lines[1]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
  expect(lines.slice(2).some((l) => /\sInit:0\/1\s/.test(l))).toBe(true);
});

test('the theme switch overrides the system and is kept across visits', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  expect(await background()).not.toBe(light);
  // The editor's own scroller is the editor's business (and its test's); this scan is about the themed page.
  const axe = await new AxeBuilder({ page }).exclude('.cm-scroller').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  expect(await background()).toBe(light);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`screenshot of the main page, ${colorScheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 400 ? 800 : 740 });
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await page.getByRole('button', { name: 'Step forward' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/share-main-${colorScheme}-${width}.png` });
      // The header and its actions fit the width (other panels are their features' business).
      const header = await page.locator('.app-header').evaluate((el) => ({ scroll: el.scrollWidth, right: el.getBoundingClientRect().right }));
      expect(header.scroll).toBeLessThanOrEqual(width);
      expect(header.right).toBeLessThanOrEqual(width);
    });
  }
}
