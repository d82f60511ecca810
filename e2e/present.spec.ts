// A teacher presents on a projector: the Present button (or a #present link) shows the canvas, status and events in
// large type; the keyboard steps, plays, resets and leaves; a step counter says where we are.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { measureCanvasText } from './measure-canvas-text';

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

// From the back of a room at 1280×720 every word on the canvas must be at least 18 px on screen, names and states at
// least 20 px, whatever zoom the pod needs: a wide pod with outside nodes on both sides, one with a native sidecar
// and an outside service, and four containers in two lanes. Measured at the start and a few steps on (new states).
const READABLE = [
  { preset: 'sidecar-log-shipper', steps: 2 },
  { preset: 'native-sidecar-startup', steps: 4 },
  { preset: 'init-order', steps: 5 },
];
for (const { preset, steps } of READABLE) {
  test(`presentation at 1280×720: every text on the canvas of ${preset} is readable from the back`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./#present&preset=${preset}`);
    await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
    const containers = await page.locator('.react-flow__node-container').count();
    expect(containers).toBeGreaterThan(1);
    for (let step = 0; step <= steps; step += steps) {
      for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
      // The fit runs a frame after the canvas settles; the zoom and the type sized against it follow.
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.pod-canvas-flow')?.style.getPropertyValue('--canvas-zoom'))).not.toBe('');
      const { zoom, texts } = await page.evaluate(measureCanvasText);
      const small = texts.filter((t) => t.px < 18).map((t) => `${t.kind} "${t.text}" ${t.px}px`);
      const names = texts.filter((t) => /-name$|-state$/.test(t.kind));
      const smallNames = names.filter((t) => t.px < 20).map((t) => `${t.kind} "${t.text}" ${t.px}px`);
      console.log(`${preset} step +${step}: zoom ${zoom.toFixed(2)}, ${texts.length} texts, smallest ${Math.min(...texts.map((t) => t.px))}px, names and states from ${Math.min(...names.map((t) => t.px))}px`);
      expect(small).toEqual([]);
      expect(smallNames).toEqual([]);
      // Every container shows its name and its state, whole, inside its box.
      expect(texts.filter((t) => t.kind === 'present-node-name')).toHaveLength(containers);
      expect(texts.filter((t) => t.kind === 'present-node-state').length).toBeGreaterThanOrEqual(containers);
    }
  });
}

test('presentation at 1920×1080 and 1280×720 in both themes: screenshots to look at', async ({ page }) => {
  for (const [width, height, colorScheme] of [[1920, 1080, 'light'], [1280, 720, 'dark'], [1280, 720, 'light']] as const) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await page.goto(`./#present&preset=graceful-deletion&t=31`);
    await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('Terminating');
    await page.waitForTimeout(300); // the fit after a resize runs a frame later
    const { zoom, texts } = await page.evaluate(measureCanvasText);
    console.log(`${width}×${height}: zoom ${zoom.toFixed(2)}, smallest ${texts.sort((a, b) => a.px - b.px).slice(0, 3).map((t) => `${t.kind} "${t.text}" ${t.px}px`).join(', ')}`);
    expect(texts.filter((t) => t.px < 18)).toEqual([]);
    await page.screenshot({ path: `/tmp/present-canvas-${width}-${colorScheme}.png` });
  }
});
