// An author embeds Podscope in an article: the example host page drives two embeds by postMessage and reads the
// state they post back; an embed's keys work only while it has focus; it loads no editor; axe finds nothing.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: embedded-pod
spec:
  initContainers:
  - name: migrate
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3']
  containers:
  - name: web
    image: nginx:1.27
`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function parseState(text: string | null): { t: number; status: string } {
  const m = /^t=([\d.]+) status=(.+)$/.exec(text ?? '');
  if (!m) throw new Error(`no state yet: ${text}`);
  return { t: Number(m[1]), status: m[2]! };
}

async function stateOf(page: Page, side: 'Left' | 'Right') {
  const output = page.getByRole('status', { name: `${side} state` }).or(page.getByLabel(`${side} state`));
  await expect(output).toHaveText(/^t=/);
  return parseState(await output.textContent());
}

test('the example host page drives two embeds by postMessage and reads their state', async ({ page }) => {
  await page.goto('./embed-example.html');
  const left0 = await stateOf(page, 'Left');
  const right0 = await stateOf(page, 'Right');
  expect(left0.t).toBe(0);
  expect(right0.t).toBe(0);

  await page.getByRole('button', { name: 'Step left' }).click();
  await expect.poll(async () => (await stateOf(page, 'Left')).t).toBeGreaterThan(0);
  expect((await stateOf(page, 'Right')).t).toBe(0); // the other embed did not move

  const left = page.frameLocator('#left');
  await expect(left.getByRole('status', { name: 'Pod status' })).toContainText('myapp-pod');

  await page.getByRole('button', { name: 'Load a crashing pod into right' }).click();
  const right = page.frameLocator('#right');
  await expect(right.getByRole('status', { name: 'Pod status' })).toContainText('crashing-web');
  for (let i = 0; i < 12; i++) await page.getByRole('button', { name: 'Step right' }).click();
  await expect.poll(async () => (await stateOf(page, 'Right')).status).toMatch(/Error|CrashLoopBackOff|Running/);
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    await page.getByRole('button', { name: 'Step right' }).click();
    seen.add((await stateOf(page, 'Right')).status);
  }
  expect([...seen].some((s) => /Error|CrashLoopBackOff/.test(s))).toBe(true);

  await page.getByRole('button', { name: 'Play left' }).click();
  await expect(left.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause left' }).click();
  await expect(left.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('messages of the wrong shape, type or size are ignored', async ({ page }) => {
  await page.goto('./embed-example.html');
  const before = await stateOf(page, 'Left');
  const left = page.frameLocator('#left');
  await expect(left.getByRole('status', { name: 'Pod status' })).toContainText('myapp-pod');
  await page.evaluate(() => {
    const frame = (document.getElementById('left') as HTMLIFrameElement).contentWindow!;
    const bad: unknown[] = [
      'podscope:step',
      { type: 'podscope:load', yaml: 42 },
      { type: 'podscope:load', yaml: 'x'.repeat(1024 * 1024 + 1) },
      { type: 'podscope:load', yaml: 'kind: Pod', scenario: { actions: Array.from({ length: 201 }, () => ({ deletePod: true, at: 1 })) } },
      { type: 'podscope:seek', t: 100 },
      { type: 'podscope:eval', code: 'document.body.remove()' },
    ];
    for (const m of bad) frame.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  await expect(left.getByRole('status', { name: 'Pod status' })).toContainText('myapp-pod');
  expect(await stateOf(page, 'Left')).toEqual(before);
});

test('keys step the embed only while it has focus; the host keeps its arrow keys', async ({ page }) => {
  await page.goto('./embed-example.html');
  await stateOf(page, 'Left');
  // Focus on the host page: arrows are the host's.
  await page.getByRole('button', { name: 'Step left' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  expect((await stateOf(page, 'Left')).t).toBe(0);
  // A click in the embed gives it focus; then → steps it.
  await page.frameLocator('#left').getByRole('status', { name: 'Pod status' }).click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await stateOf(page, 'Left')).t).toBeGreaterThan(0);
  // Tab leaves the embed (no trap): after the embed's last stop, focus reaches the right-hand host controls.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('button', { name: 'Step right' }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole('button', { name: 'Step right' })).toBeFocused();
});

test('embed.html shows the pod of its fragment without an editor, and links to the full app', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.js') && r.status() === 200) scripts.push(await r.text().catch(() => ''));
  });
  await page.goto(`./embed.html#yaml=${b64(POD)}`);
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('embedded-pod');
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toHaveCount(0);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.includes('cm-editor'))).toBe(false); // no CodeMirror loaded

  await page.getByRole('button', { name: 'Step forward' }).click();
  const open = page.getByRole('link', { name: 'Open in Podscope' });
  await open.hover();
  const href = (await open.getAttribute('href')) ?? '';
  expect(href).toMatch(/\/#z=[\w-]+&t=/);
  await page.goto(href);
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toContainText('name: embedded-pod');
});

test('the full app with #embed shows the embed view', async ({ page }) => {
  await page.goto(`./#embed&yaml=${b64(POD)}`);
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('embedded-pod');
  await expect(page.getByRole('link', { name: 'Open in Podscope' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toHaveCount(0);
});

for (const width of [320, 700]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the embed at ${width} px (${colorScheme}) has no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 520 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`./embed.html#yaml=${b64(POD)}`);
      await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('embedded-pod');
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/share-embed-${width}-${colorScheme}.png` });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // Nothing sticks out sideways at this width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test('the example host page, two embeds side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./embed-example.html');
  await stateOf(page, 'Left');
  await stateOf(page, 'Right');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/share-embed-example.png' });
});
