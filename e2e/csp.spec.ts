// The built pages carry a Content-Security-Policy (vite.config.ts) and run under it without a
// single violation: the main page, the embed and the presentation, while a user loads the article pod, steps,
// edits and exports. And the policy does its job: a script injected into the page does not run.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Every `securitypolicyviolation` event and every console message about the policy, from the first byte on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`));
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...console];
}

async function download(page: Page, button: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await waiting).path()).toString('latin1');
}

test('the built pages carry the policy in a meta tag', async ({ request }) => {
  for (const path of ['./', './embed.html']) {
    const html = await (await request.get(path)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy, path).toContain("script-src 'self'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // The tag comes before the first script and stylesheet, or it would not cover them.
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
  }
});

test('the main page loads, steps, edits and exports with no policy violation', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('./');
  await expect(page.getByRole('status', { name: 'Pod status' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^init-myservice, / })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByRole('status', { name: 'Pod status' })).toContainText(/Init|Running|Pending/);

  await page.getByText('Export', { exact: true }).click();
  expect((await download(page, 'Canvas as PNG')).slice(1, 4)).toBe('PNG');
  expect(await download(page, 'Canvas as SVG')).toMatch(/^<svg/);
  await page.getByText('Export', { exact: true }).click();

  // The editor's styles come and go as it is used: focus, a search panel, a lint marker for a broken line.
  await page.getByRole('textbox', { name: 'Pod spec' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n  bad: [');
  await expect(page.getByText('The text has errors: the picture shows the last good version.')).toBeVisible();
  await page.getByRole('tab', { name: 'Form' }).click();
  await page.getByRole('tab', { name: 'YAML' }).click();
  // The dialogs and panels that open on demand.
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toHaveAttribute('aria-expanded', 'true');
  expect(await violations()).toEqual([]);
});

test('the embed loads and steps with no policy violation', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('./embed.html');
  await expect(page.getByRole('button', { name: /^init-myservice, / })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await violations()).toEqual([]);
});

test('the presentation loads and steps with no policy violation', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('./#present');
  await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Step [2-9] of \d+$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a script injected into the page does not run', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('./');
  await expect(page.getByRole('textbox', { name: 'Pod spec' })).toBeVisible();
  // Markup that slipped into the page: an inline <script>, an inline event handler, a javascript: URL.
  // (page.evaluate runs as the browser's devtools would, outside the policy; what it adds to the DOM is inside.)
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "script"';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="x-missing.png" onerror="window.__injected = \'onerror\'">';
    document.body.append(holder);
  });
  await expect.poll(violations).toEqual(
    expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^script-src-attr blocked inline/)]),
  );
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
});
