// The builder form as a user drives it: build the sidecar pattern from an empty pod without typing YAML, see the
// form follow the YAML, have an invalid name refused with the validator's words, undo with the keyboard.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './editor-page';

const WEB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: shop # the pod
spec:
  containers:
  - name: web
    image: nginx:1.27 # pinned
`;

async function openForm(page: Page, text?: string): Promise<EditorPage> {
  const editor = new EditorPage(page);
  await editor.open();
  if (text !== undefined) {
    await editor.replaceText(text);
    await expect(editor.container('web')).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(page.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true');
  return editor;
}

async function yamlText(page: Page, editor: EditorPage): Promise<string> {
  await page.getByRole('tab', { name: 'YAML' }).click();
  const text = await editor.text();
  await page.getByRole('tab', { name: 'Form' }).click();
  return text;
}

test('builds the sidecar pattern from an empty pod with the form alone', async ({ page }) => {
  const editor = await openForm(page);
  await page.getByRole('button', { name: 'New empty pod' }).click();
  await expect(page.getByText('No containers yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add app container' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 1' })).toHaveValue('web');
  await page.getByRole('button', { name: 'Add sidecar' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 2' })).toHaveValue('fluent-bit');

  // On the canvas, each container is named by its name first.
  await expect(editor.container('web')).toBeVisible();
  await expect(editor.container('fluent-bit')).toBeVisible();
  // Both mount the shared emptyDir.
  await expect(page.getByRole('textbox', { name: 'Volume of mount 1 of container 1' })).toHaveValue('logs');
  await expect(page.getByRole('textbox', { name: 'Volume of mount 1 of container 2' })).toHaveValue('logs');

  await page.getByRole('tab', { name: 'YAML' }).click();
  const text = await editor.text();
  expect(text).toContain('- name: fluent-bit');
  expect(text).toContain('emptyDir: {}');
  await expect(editor.summary).toHaveText(/^No problems/);
});

test('the form follows the YAML', async ({ page }) => {
  const editor = await openForm(page, WEB_POD);
  await expect(page.getByRole('textbox', { name: 'Name of container 1' })).toHaveValue('web');
  await page.getByRole('tab', { name: 'YAML' }).click();
  await editor.replaceText(WEB_POD.replace('- name: web', '- name: storefront'));
  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 1' })).toHaveValue('storefront');
  await expect(page.getByRole('textbox', { name: 'Pod name' })).toHaveValue('shop');
});

test("an invalid name is refused at the field with the validator's message", async ({ page }) => {
  const editor = await openForm(page, WEB_POD);
  const name = page.getByRole('textbox', { name: 'Name of container 1' });
  await name.fill('My_App');
  await name.press('Enter');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const message = page.getByText(/My_App is not a valid name: use at most 63 lower-case letters/);
  await expect(message).toBeVisible();
  await expect(name).toHaveAccessibleDescription(/My_App is not a valid name/);
  await name.blur();
  const text = await yamlText(page, editor);
  expect(text).toContain('- name: web');
  expect(text).not.toContain('My_App');
});

test('Ctrl+Z in the form undoes the last form edit, Ctrl+Shift+Z redoes it; comments survive', async ({ page }) => {
  const editor = await openForm(page, WEB_POD);
  const image = page.getByRole('textbox', { name: 'Image of container 1' });
  await image.fill('nginx:1.28');
  await image.press('Enter');
  await expect(editor.container('web')).toBeVisible();
  let text = await yamlText(page, editor);
  expect(text).toContain('image: nginx:1.28 # pinned');
  expect(text).toContain('name: shop # the pod');

  await image.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(image).toHaveValue('nginx:1.27');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(image).toHaveValue('nginx:1.28');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(image).toHaveValue('nginx:1.27');
  text = await yamlText(page, editor);
  expect(text).toContain('image: nginx:1.27 # pinned');
});

test('Ctrl+Z in the form undoes a change typed in the YAML too: one history for both', async ({ page }) => {
  const editor = await openForm(page, WEB_POD);
  // CodeMirror joins edits made within 500 ms into one undo step; these two are meant to be apart.
  await page.waitForTimeout(600);
  await page.getByRole('tab', { name: 'YAML' }).click();
  await editor.replaceText(WEB_POD.replace('- name: web', '- name: storefront'));
  await page.getByRole('tab', { name: 'Form' }).click();
  const name = page.getByRole('textbox', { name: 'Name of container 1' });
  await expect(name).toHaveValue('storefront');
  // The pod's only container cannot go: the validator says a pod needs one, and the text stays.
  await page.getByRole('button', { name: 'Remove storefront' }).click();
  await expect(page.getByText(/A pod needs at least one container/)).toBeVisible();
  await page.getByRole('button', { name: 'Add sidecar' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 2' })).toHaveValue('fluent-bit');
  await page.keyboard.press('ControlOrMeta+Z'); // the form's edit
  await expect(page.getByRole('textbox', { name: 'Name of container 2' })).toHaveCount(0);
  await expect(name).toHaveValue('storefront');
  await name.focus();
  await page.keyboard.press('ControlOrMeta+Z'); // the typing in the YAML
  await expect(name).toHaveValue('web');
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(name).toHaveValue('storefront');
});

test('moving and removing containers, and a broken text makes the form read-only', async ({ page }) => {
  const editor = await openForm(page, WEB_POD);
  await page.getByRole('button', { name: 'Add init container' }).click();
  await page.getByRole('button', { name: 'Add native sidecar' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 1' })).toHaveValue('git-clone');
  await page.getByRole('button', { name: 'Move istio-proxy up' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 1' })).toHaveValue('istio-proxy');
  await page.getByRole('button', { name: 'Remove git-clone' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of container 2' })).toHaveValue('web');

  await page.getByRole('tab', { name: 'YAML' }).click();
  await editor.replaceText('spec: [\n');
  await page.getByRole('tab', { name: 'Form' }).click();
  await expect(page.getByText(/syntax error.*read-only/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add sidecar' })).toBeDisabled();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Form tab has no axe violations, and looks right (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openForm(page, WEB_POD);
    await page.getByRole('button', { name: 'Add sidecar' }).click();
    await page.getByRole('textbox', { name: 'Name of container 2' }).fill('Bad_Name');
    await expect(page.getByText(/Bad_Name is not a valid name/)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.app-editor').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `/tmp/builder-${colorScheme}.png`, fullPage: true });
  });
}

test('the builder at 390 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openForm(page, WEB_POD);
  await page.getByRole('button', { name: 'Add ambassador' }).click();
  await expect(page.getByRole('textbox', { name: 'Variable 1 of container 1', exact: true })).toHaveValue('REDIS_HOST');
  await page.locator('.app-editor').screenshot({ path: '/tmp/builder-390.png' });
});
