// The canvas for every reader: an axe scan with a container's details open (light and dark), and a phone-sized
// window where the canvas still fits the pod and its details still open.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const AMBASSADOR = readFileSync(new URL('./fixtures/ambassador.yaml', import.meta.url), 'utf8');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the canvas with a container's details open has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Pod spec' }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(AMBASSADOR);
    const proxy = page.getByRole('button', { name: /^cloud-sql-proxy, / });
    await expect(proxy).toBeVisible();
    const status = page.getByRole('status', { name: 'Pod status' });
    for (let i = 0; i < 30 && !/Running/.test((await status.textContent()) ?? ''); i++) {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    await proxy.click();
    await expect(page.getByRole('region', { name: 'Container cloud-sql-proxy' })).toBeVisible();
    await page.getByText('Legend').click();
    // The pod's half of the page (status, controls, canvas, details, events); the whole page, editor included, is
    // accessibility.spec.ts's to scan.
    const results = await new AxeBuilder({ page }).include('section[aria-label="Pod"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `/tmp/canvas-details-${colorScheme}.png`, fullPage: true });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the article pod with its init container done (faded) has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    const status = page.getByRole('status', { name: 'Pod status' });
    for (let i = 0; i < 30 && !/Running/.test((await status.textContent()) ?? ''); i++) {
      await page.getByRole('button', { name: 'Step forward' }).click();
    }
    await expect(page.getByRole('button', { name: /^init-myservice, init container, terminated/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('section[aria-label="Pod"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('at 390 px wide the canvas still shows the whole pod and opens details', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const canvas = page.getByRole('application', { name: 'Pod canvas' });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  const pod = page.getByRole('group', { name: /^Pod sauce/ });
  const podBox = await pod.boundingBox();
  // The fitted view keeps the whole pod inside the canvas.
  expect(podBox && box && podBox.x >= box.x && podBox.x + podBox.width <= box.x + box.width).toBe(true);
  await page.getByRole('button', { name: /^myapp-container, / }).click();
  await expect(page.getByRole('region', { name: 'Container myapp-container' })).toBeVisible();
  await page.screenshot({ path: '/tmp/canvas-narrow.png', fullPage: true });
});
