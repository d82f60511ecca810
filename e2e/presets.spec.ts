// A learner picks each preset from the "Preset" control and steps it to its end: the pod text lands in the editor,
// the page raises no error, and the narration says something at every step it is checked.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parsePreset } from '../src/core/presets/parse-preset';

const DIR = new URL('../src/presets/pods/', import.meta.url);
const PRESETS = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parsePreset(readFileSync(new URL(f, DIR), 'utf8')).preset!)
  .filter(Boolean);

/** Page errors and console errors, collected for the whole test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

test('the Preset control lists every preset, grouped by the article sections', async ({ page }) => {
  await page.goto('./');
  const picker = page.getByRole('combobox', { name: 'Preset' });
  await expect(picker).toHaveValue('article');
  const values = await picker.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(values.sort()).toEqual(PRESETS.map((p) => p.id).sort());
  const groups = await picker.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
  expect(groups.slice(0, 7)).toEqual([
    "The article's example",
    'They share things',
    'Both containers must stay alive',
    'Init containers are the exception',
    'The sidecar pattern',
    'The ambassador pattern',
    'The adapter pattern',
  ]);
});

for (const preset of PRESETS) {
  test(`preset "${preset.id}" loads and steps to its end without errors, narrated`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Preset' }).selectOption(preset.id);

    // Its pod text is in the editor and the cursor is back at the start.
    const firstName = /- name: ([\w-]+)/.exec(preset.pod)?.[1] ?? '';
    await expect(page.getByRole('textbox', { name: 'Pod spec' })).toContainText(`name: ${firstName}`);
    await expect(page.getByRole('button', { name: 'Reset' })).toBeDisabled();

    const stepForward = page.getByRole('button', { name: 'Step forward' });
    const narration = page.getByRole('region', { name: 'Narration' });
    let steps = 0;
    for (; steps < 120 && (await stepForward.isEnabled()); steps++) {
      await stepForward.click();
      // Checking every third step keeps the test quick and still covers each kind of moment.
      if (steps % 3 === 0) {
        await expect(narration.getByText('Kubernetes rule')).toBeVisible();
        await expect(narration.getByRole('link')).toHaveAttribute('href', /^https:\/\/kubernetes\.io\/docs\//);
      }
    }
    expect(steps).toBeGreaterThan(2);
    await expect(stepForward).toBeDisabled();
    await expect(narration.getByText('Kubernetes rule')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the Preset control says "Your own pod" once the text is edited away from the preset', async ({ page }) => {
  await page.goto('./');
  const picker = page.getByRole('combobox', { name: 'Preset' });
  await picker.selectOption('adapter');
  const editor = page.getByRole('textbox', { name: 'Pod spec' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n# my note\n');
  await expect(picker).toHaveValue('');
  await expect(picker.locator('option:checked')).toHaveText('Your own pod');
});
