// A teacher presents on a projector: the Present button (or a #present link) shows the canvas, status and events in
// large type; the keyboard steps, plays, resets and leaves; a step counter says where we are.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function stepCounter(page: Page): Promise<{ step: number; of: number }> {
  const text = (await page.getByText(/^Step \d+ of \d+$/).textContent()) ?? '';
  const [, step, of] = /^Step (\d+) of (\d+)$/.exec(text) ?? [];
  return { step: Number(step), of: Number(of) };
}

test('presentation mode steps with the keyboard and leaves with Esc', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toHaveCount(0);
  // The pod is scheduled at 0 s, so the first step is already on screen at the start.
  const { step: first, of } = await stepCounter(page);
  expect(first).toBeLessThanOrEqual(1);
  expect(of).toBeGreaterThan(3);
  expect(await page.evaluate(() => location.hash)).toMatch(/^#present/);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Step ${first + 1} of ${of}`)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Step ${first + 3} of ${of}`)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(`Step ${first + 2} of ${of}`)).toBeVisible();
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText(/Init|Pending/);
  await page.keyboard.press('Home');
  await expect(page.getByText(`Step ${first} of ${of}`)).toBeVisible();

  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.keyboard.press('Home'); // playing may have passed a step or two
  await expect(page.getByText(`Step ${first} of ${of}`)).toBeVisible();
  await page.keyboard.press('f'); // full screen may be refused headless; the page must carry on either way
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Step ${first + 1} of ${of}`)).toBeVisible();
  await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());

  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).not.toMatch(/present/);
});

test('Back leaves the presentation and keeps the step reached', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Present' }).click();
  const { step } = await stepCounter(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`^Step ${step + 2} of`))).toBeVisible();
  const status = await page.getByRole('status', { name: 'Pod status' }).textContent();
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Pod status' })).toHaveText(status ?? '');
});

test('a #present link opens the presentation on the linked pod and time', async ({ page }) => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: talk-pod\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n';
  await page.goto(`./#present&yaml=${Buffer.from(pod).toString('base64url')}&t=2`);
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('talk-pod');
  const { step } = await stepCounter(page);
  expect(step).toBeGreaterThan(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`presentation mode at 1280×720 (${colorScheme}): large type, no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme });
    await page.goto('./#present');
    await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/share-present-${colorScheme}.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The smallest text outside the canvas (whose labels scale with its zoom), in CSS pixels.
    const sizes = await page.evaluate(() => {
      const out: { px: number; text: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('.visually-hidden, .react-flow, details:not([open]) > :not(summary)')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        out.push({ px: parseFloat(getComputedStyle(el).fontSize), text: n.textContent.trim().slice(0, 30) });
      }
      return out.sort((a, b) => a.px - b.px);
    });
    console.log(`smallest text outside the canvas: ${sizes[0]?.px}px ("${sizes[0]?.text}")`);
    // Inside the canvas, text scales with React Flow's fit zoom: report its smallest rendered size too.
    const canvasText = await page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      const px = [...document.querySelectorAll('.react-flow__node *')]
        .filter((el) => [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()))
        .map((el) => parseFloat(getComputedStyle(el).fontSize) * zoom);
      return { zoom, smallest: Math.min(...px), largest: Math.max(...px) };
    });
    console.log(`canvas text at zoom ${canvasText.zoom.toFixed(2)}: ${canvasText.smallest.toFixed(1)}–${canvasText.largest.toFixed(1)}px`);
    expect(sizes[0]!.px).toBeGreaterThanOrEqual(20);
  });
}
