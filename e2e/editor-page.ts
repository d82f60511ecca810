// The pod spec editor as a user meets it: the "Pod spec" text box, the problem summary and list, and the
// containers shown beside it. Repeated steps of the editor's browser tests live here.
import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  readonly editor: Locator;
  readonly problems: Locator;
  readonly summary: Locator;
  readonly staleNotice: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'Pod spec' });
    this.problems = page.getByRole('list', { name: 'Problems in the pod spec' });
    // The page has other status regions (Pod status); this one is the editor's problem summary.
    this.summary = page.getByRole('status').filter({ hasText: /^(No problems|\d+ (errors?|warnings?|infos?))/ });
    this.staleNotice = page.getByText('The text has errors: the picture shows the last good version.');
  }

  /**
   * The container as the canvas shows it. DESIGN.md's contract: its accessible name starts with the container's
   * name, then its role and state; the node is a button (a click or Enter opens its details).
   */
  container(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', { name: new RegExp(`^${escaped}, `) });
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.editor).toBeVisible();
  }

  /** A problem in the list, found by its line ("Line 7") and, optionally, its severity word. */
  problemAt(line: number, severity?: 'Error' | 'Warning' | 'Info'): Locator {
    const name = new RegExp(`${severity ?? ''}.*\\bLine ${line}\\b`);
    return this.problems.getByRole('button', { name });
  }

  /** Select all of the text and put `text` in its place, as a paste would. */
  async replaceText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
  }

  /** The whole text of the editor, read from the document CodeMirror shows (short documents only). */
  async text(): Promise<string> {
    return this.editor.evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent ?? '').join('\n'));
  }

  /** Where the editor's cursor is: the 1-based line number and that line's text. */
  async cursor(): Promise<{ line: number; text: string; focused: boolean }> {
    return this.page.evaluate(() => {
      const gutter = document.querySelector('.cm-activeLineGutter');
      const active = document.querySelector('.cm-activeLine');
      const focused = document.activeElement?.getAttribute('aria-label') === 'Pod spec';
      return { line: Number(gutter?.textContent ?? NaN), text: active?.textContent ?? '', focused };
    });
  }
}
