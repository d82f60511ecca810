// A learner pastes a pod spec with a mistake, sees where it is, jumps to it, fixes it, and the picture follows.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EditorPage } from './editor-page';

const yamlWith = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
  - name: ${name}
    image: nginx:1.27
    ports:
    - containerPort: 80
`;
// `name` stands on line 7 of the text above.
const NAME_LINE = 7;
/** The same pod with a misspelt container field on line 11, which is a warning. */
const withTypo = (name: string) => `${yamlWith(name)}    comand: ['sleep', '60']\n`;
const TYPO_LINE = 11;

test('the article pod loads with a warning about metadata on line 3', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(editor.problemAt(3, 'Warning')).toContainText('metadata');
  await expect(editor.summary).toContainText(/1 warning/);
  await expect(editor.staleNotice).toHaveCount(0);
  await expect(editor.container('myapp-container')).toBeVisible();
});

test('pasting a bad container name shows the line; the picture stays on the last good pod until it is fixed', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();

  const broken = yamlWith('My_App');
  await editor.replaceText(broken);
  const problem = editor.problemAt(NAME_LINE, 'Error');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(`Line ${NAME_LINE}`);
  await expect(editor.summary).toContainText(/^1 error/);
  // The text stays exactly as typed while it is broken.
  expect(await editor.text()).toBe(broken);
  // The last good pod (the article's) stays on screen, marked stale.
  await expect(editor.staleNotice).toBeVisible();
  await expect(editor.container('myapp-container')).toBeVisible();
  await expect(editor.container('My_App')).toHaveCount(0);

  // Fix the name on its line: the problem goes, and the list shows the new pod.
  await problem.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'My_App'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('my-app');
  await expect(editor.problems.getByRole('button', { name: /Error/ })).toHaveCount(0);
  await expect(editor.summary).toHaveText('No problems');
  await expect(editor.staleNotice).toHaveCount(0);
  await expect(editor.container('my-app')).toBeVisible();
  await expect(editor.container('myapp-container')).toHaveCount(0);
  expect(await editor.text()).toBe(yamlWith('my-app'));

  // Undo brings the broken name back, and with it the problem.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.problemAt(NAME_LINE, 'Error')).toBeVisible();
});

test('clicking a problem, or pressing Enter on it, moves the cursor to its line and focuses the editor', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.replaceText(yamlWith('My_App'));
  await page.keyboard.press('ControlOrMeta+Home');
  expect((await editor.cursor()).line).toBe(1);

  await editor.problemAt(NAME_LINE).click();
  await expect.poll(() => editor.cursor()).toEqual({ line: NAME_LINE, text: '  - name: My_App', focused: true });

  // By keyboard: Escape then Tab leaves the editor (no trap); Enter on the problem comes back.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor.editor).not.toBeFocused();
  await editor.problemAt(NAME_LINE).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => editor.cursor()).toEqual({ line: NAME_LINE, text: '  - name: My_App', focused: true });
});

test('a bad entry in the podscope.io/roles annotation is listed at its line, and the valid entries still apply', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.replaceText(`apiVersion: v1
kind: Pod
metadata:
  name: shop
  annotations:
    podscope.io/roles: "shipper=adapter, web=boss"
spec:
  containers:
  - name: web
    image: example/web:2
  - name: shipper
    image: example/shipper:1
`);
  // Line 6, at the entry itself (column 39): the list says how to fix it, the editor underlines from there.
  const problem = editor.problemAt(6, 'Warning');
  await expect(problem).toContainText('boss is not a role Podscope knows; use main, sidecar, ambassador or adapter');
  await expect(editor.summary).toHaveText('1 warning');
  await expect(page.locator('.cm-lintRange-warning')).toHaveText('web=boss"');
  await problem.click();
  await expect.poll(() => editor.cursor()).toEqual({ line: 6, text: '    podscope.io/roles: "shipper=adapter, web=boss"', focused: true });
  // The valid entry still wins over the heuristics (which see a helper sidecar).
  await expect(page.getByRole('button', { name: /^shipper, adapter, / })).toBeVisible();
});

test('Tab indents with two spaces, never a tab character', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.replaceText('spec:\n');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('containers: []');
  await expect(editor.editor).toBeFocused();
  expect(await editor.text()).toBe('spec:\n  containers: []');
});

const axeViolations = async (builder: AxeBuilder) =>
  (await builder.analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the page with problems listed has no axe violations (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    const editor = new EditorPage(page);
    await editor.open();
    // A warning and no error: problems are listed, the picture is current.
    await editor.replaceText(withTypo('my-app'));
    await expect(editor.problemAt(TYPO_LINE, 'Warning')).toContainText('did you mean command?');
    await expect(editor.staleNotice).toHaveCount(0);
    await editor.problemAt(TYPO_LINE).focus();
    await page.screenshot({ path: testInfo.outputPath(`problems-${colorScheme}.png`) });
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  });

  test(`the page while the text is broken has no axe violations (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    const editor = new EditorPage(page);
    await editor.open();
    await editor.replaceText(withTypo('My_App'));
    await expect(editor.problemAt(NAME_LINE, 'Error')).toBeVisible();
    await expect(editor.summary).toHaveText('1 error, 1 warning');
    await expect(editor.staleNotice).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`stale-${colorScheme}.png`) });
    expect(await axeViolations(new AxeBuilder({ page }))).toEqual([]);
  });
}
