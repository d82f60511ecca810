// Podscope never breaks on what it is given: markup in a pod spec stays text (on the page and in the exported SVG),
// a view that fails shows "Reset view" instead of a blank page and keeps the spec, the spec survives a reload, and a
// page of any origin that frames the embed can load a pod and drive playback, and nothing else.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Every place a pod's own words reach the page, each holding markup that would run if it were read as HTML. */
const HOSTILE_POD = `apiVersion: v1
kind: Pod
metadata:
  name: "<img src=x onerror=window.__xss=1>"
  annotations:
    note: "<script>window.__xss=2</script>"
spec:
  containers:
  - name: web
    image: "<script>window.__xss=4</script>"
    command: ["sh", "-c", "echo '<img src=x onerror=window.__xss=5>'; sleep 3600"]
`;
/** The same pod with the markup replaced by plain words of the same length: the picture must have the same shape. */
const PLAIN_TWIN = HOSTILE_POD.replace(/[<>=/.'"]/g, (c) => (c === '"' ? c : 'q'));

const MY_POD = `apiVersion: v1
kind: Pod
metadata:
  name: my-own-pod
spec:
  containers:
  - name: my-web
    image: nginx:1.27
`;

async function nothingRan(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
  }));
  expect(found).toEqual({ xss: undefined, images: 0, inlineScripts: 0 });
}

async function exportSvg(page: Page): Promise<string> {
  await page.getByText('Export', { exact: true }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Canvas as SVG' }).click();
  const svg = readFileSync(await (await waiting).path()).toString('utf8');
  await page.getByText('Export', { exact: true }).click();
  expect(svg.startsWith('<svg')).toBe(true);
  return svg;
}

/** The element names of an SVG document, counted; markup read as markup would add img or script elements. */
async function elementCounts(page: Page, svg: string): Promise<Record<string, number>> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const counts: Record<string, number> = {};
    for (const el of doc.querySelectorAll('*')) counts[el.localName] = (counts[el.localName] ?? 0) + 1;
    return counts;
  }, svg);
}

test('markup in a pod spec shows as text, on the page and in the exported SVG', async ({ page }) => {
  const editor = new EditorPage(page);
  await page.goto(`./#yaml=${b64(PLAIN_TWIN)}`);
  await expect(editor.container('web')).toBeVisible();
  const plainCounts = await elementCounts(page, await exportSvg(page));

  await editor.replaceText(HOSTILE_POD);
  const pod = page.locator('.pod-canvas');
  await expect(pod.getByText('<img src=x onerror=window.__xss=1>', { exact: true })).toBeVisible();
  await expect(pod.getByText('<script>window.__xss=4</script>', { exact: true })).toBeVisible();
  await nothingRan(page);

  const svg = await exportSvg(page);
  expect(svg).toContain('&lt;img src=x onerror=window.__xss=1&gt;');
  expect(svg).toContain('&lt;script&gt;window.__xss=4&lt;/script&gt;');
  expect(svg).not.toMatch(/<img src=x|<script/);
  expect(await elementCounts(page, svg)).toEqual(plainCounts);

  // A container name with markup is an error: it shows in the problem list, as text.
  await editor.replaceText(HOSTILE_POD.replace('- name: web', '- name: "<img src=x onerror=window.__xss=3>"'));
  await expect(editor.problems).toContainText('Container name <img src=x onerror=window.__xss=3> is not a valid name');
  await nothingRan(page);
});

/**
 * Makes the canvas fail from outside the app: the reduced-motion MediaQueryList it reads while drawing throws while
 * window.__breakCanvas is true. No hook in the app; this is a browser API failing, as a buggy extension might make it.
 */
async function breakableCanvas(page: Page, brokenFromStart: boolean): Promise<(broken: boolean) => Promise<void>> {
  await page.addInitScript((broken) => {
    const w = window as unknown as { __breakCanvas: boolean };
    w.__breakCanvas = broken;
    const realMatchMedia = window.matchMedia.bind(window);
    window.matchMedia = (query: string) => {
      const list = realMatchMedia(query);
      if (!query.includes('prefers-reduced-motion')) return list;
      return new Proxy(list, {
        get(target, key) {
          if (key === 'matches' && w.__breakCanvas) throw new Error('matchMedia failed (test)');
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    };
  }, brokenFromStart);
  return (broken) => page.evaluate((b) => void ((window as unknown as { __breakCanvas: boolean }).__breakCanvas = b), broken);
}

test('a failing pod view shows Reset view, keeps the editor usable, and comes back with the text', async ({ page }) => {
  const setBroken = await breakableCanvas(page, false);
  const editor = new EditorPage(page);
  await editor.open();
  await expect(editor.container('init-myservice')).toBeVisible();

  // The canvas fails while it draws the new pod; the spec typed is the store's, whatever the views do.
  await setBroken(true);
  await editor.replaceText(MY_POD);
  const alert = page.getByRole('alert').filter({ hasText: 'The pod view stopped working' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your pod spec is kept: press Reset view to draw it again, or change the spec.');
  await expect(editor.editor).toBeVisible();
  const axe = await new AxeBuilder({ page }).exclude('.cm-scroller').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await editor.text()).toBe(MY_POD);

  await setBroken(false);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(alert).toHaveCount(0);
  await expect(editor.container('my-web')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText('my-own-pod');
  expect(await editor.text()).toBe(MY_POD);
});

test('a failing presentation shows Reset view; the edited spec is there after it and back in the app', async ({ page }) => {
  const setBroken = await breakableCanvas(page, false);
  const editor = new EditorPage(page);
  await editor.open();
  await editor.replaceText(MY_POD);
  await expect(editor.container('my-web')).toBeVisible();

  await setBroken(true);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('alert')).toContainText('The presentation stopped working');
  await setBroken(false);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^my-web, / })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.editor).toBeVisible();
  expect(await editor.text()).toBe(MY_POD);
});

test('a failing embed shows Reset view and draws its pod again after it', async ({ page }) => {
  const setBroken = await breakableCanvas(page, true);
  await page.goto(`./embed.html#yaml=${b64(MY_POD)}`);
  await expect(page.getByRole('alert')).toContainText('The embedded pod stopped working');
  await expect(page.getByRole('alert')).not.toContainText('change the spec'); // there is no editor here
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await setBroken(false);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(page.getByRole('button', { name: /^my-web, / })).toBeVisible();
});

test('the edited spec survives a reload; a link wins over it; the embed leaves it alone', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.replaceText(MY_POD);
  await expect(editor.container('my-web')).toBeVisible();
  await page.reload();
  await expect(editor.container('my-web')).toBeVisible();
  expect(await editor.text()).toBe(MY_POD);

  // Each page below is a fresh load, as a link opened from elsewhere is. (A link typed into the address bar of the
  // open app replaces the pod on screen, and so the backup too: the backup is the last text shown.)
  const linked = MY_POD.replaceAll('my-', 'linked-');
  await page.goto('about:blank');
  await page.goto(`./#yaml=${b64(linked)}`);
  await expect(editor.container('linked-web')).toBeVisible();

  // The embed shows another pod, and a host could send it more: none of that replaces the reader's own spec.
  await page.goto(`./embed.html#yaml=${b64(linked)}`);
  await expect(page.getByRole('button', { name: /^linked-web, / })).toBeVisible();
  await page.goto(`./#embed&yaml=${b64(linked)}`);
  await expect(page.getByRole('button', { name: /^linked-web, / })).toBeVisible();

  await page.goto('about:blank');
  await page.goto('./');
  await expect(editor.container('my-web')).toBeVisible();
  expect(await editor.text()).toBe(MY_POD);
});

test('a page of another origin can load a pod and drive playback, and nothing else', async ({ page, baseURL }) => {
  // A host page on another origin (localhost, while the app is served from 127.0.0.1), with the embed and a second
  // frame of its own that tries to drive the embed too. Served by the preview server (a page made up by page.route
  // counts as public, and Chromium would not let it frame a local server), then given the host's own content.
  await page.goto(new URL('./embed-example.html', baseURL!.replace('127.0.0.1', 'localhost')).href);
  await page.setContent(`<!doctype html><title>Host</title>
        <iframe id="embed" title="Podscope" src="${baseURL}embed.html" width="800" height="500"></iframe>
        <iframe id="sibling" title="Sibling" srcdoc="<p>sibling</p>"></iframe>
        <script>window.states = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'podscope:state') states.push(e.data); });</script>`);
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
  const embed = page.frameLocator('#embed');
  const status = embed.getByRole('status', { name: 'Pod status' });
  await expect(status).toContainText('Init:0/1');
  const states = () => page.evaluate(() => (window as unknown as { states: { t: number; status: string }[] }).states);
  const lastState = async () => (await states()).at(-1);

  const cloneErrors = await page.evaluate((yaml) => {
    const frame = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
    frame.postMessage({ type: 'podscope:load', yaml }, '*');
    frame.postMessage({ type: 'podscope:step' }, '*');
    // Functions cannot be posted at all: structured clone refuses them in the sender.
    const errors: string[] = [];
    for (const m of [{ type: 'podscope:step', toString: () => 'x' }, { type: () => 'podscope:step' }]) {
      try {
        frame.postMessage(m, '*');
      } catch (e) {
        errors.push((e as Error).name);
      }
    }
    return errors;
  }, HOSTILE_POD);
  expect(cloneErrors).toEqual(['DataCloneError', 'DataCloneError']);
  await expect(status).toContainText('<img src=x onerror=window.__xss=1>');
  await expect.poll(async () => (await lastState())?.t).toBeGreaterThan(0);
  const seenBefore = (await states()).length;

  await page.evaluate((yaml) => {
    const frame = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
    const hostile: unknown[] = [
      { type: 'podscope:load', yaml: 'x'.repeat(1024 * 1024 + 1) },
      { type: 'podscope:load', yaml: new String('kind: Pod') },
      { type: 'podscope:load', yaml: { toString: 'kind: Pod', valueOf: 'kind: Pod' } },
      JSON.parse('{"__proto__": {"type": "podscope:step"}}'),
      { type: new String('podscope:step') },
      { type: 'podscope:seek', t: 100 },
      { type: 'podscope:eval', code: 'document.body.remove()' },
      { type: 'podscope:navigate', url: 'javascript:alert(1)' },
    ];
    for (const m of hostile) frame.postMessage(m, '*');
    // The sibling frame is not the embed's parent: its messages are ignored even when well-formed.
    const sibling = (document.getElementById('sibling') as HTMLIFrameElement).contentWindow as Window & { eval(code: string): unknown };
    sibling.eval(`parent.frames[0].postMessage({ type: 'podscope:step' }, '*')`);
    // A marker after them all: loading the same pod again rewinds to 0 s and says so. Messages are handled in order,
    // so a hostile one that had acted would have posted its own state before the marker's.
    frame.postMessage({ type: 'podscope:load', yaml }, '*');
  }, HOSTILE_POD);
  await expect.poll(async () => (await states()).length).toBeGreaterThan(seenBefore);
  expect((await states()).slice(seenBefore)).toEqual([{ type: 'podscope:state', t: 0, status: expect.any(String) }]);
  await expect(status).toContainText('<img src=x onerror=window.__xss=1>');
  const inside = page.frames().find((f) => f.url().includes('embed.html'))!;
  expect(await inside.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'podscope:play' }, '*'));
  await expect(embed.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'podscope:pause' }, '*'));
  await expect(embed.getByRole('button', { name: 'Play' })).toBeVisible();
});
