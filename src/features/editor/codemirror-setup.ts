// The CodeMirror 6 pieces of the YAML editor: extensions, theme, and the bridge from loadPod's
// line/column diagnostics to CodeMirror's offset-based lint diagnostics. No React, no store here.
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentService, indentUnit, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { yaml as yamlMode } from '@codemirror/legacy-modes/mode/yaml';
import { lintGutter, lintKeymap, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorSelection, EditorState, type Extension, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  showPanel,
  type Command,
  type Panel,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Diagnostic } from '../../core/index';
import { messageNodes } from './message-parts';

/** YAML forbids tabs for indentation, so the editor indents with two spaces. */
const INDENT = '  ';

/**
 * Tab with no selection inserts spaces up to the next two-column stop; with a selection it indents the lines.
 * CodeMirror's built-in "Escape, then Tab" moves focus out instead, so Tab is no keyboard trap.
 */
const insertSoftTab: Command = (view) => {
  const { state } = view;
  if (state.selection.ranges.some((r) => !r.empty)) return indentMore(view);
  view.dispatch(
    state.changeByRange((range) => {
      const line = state.doc.lineAt(range.head);
      const spaces = INDENT.length - ((range.head - line.from) % INDENT.length);
      return {
        changes: { from: range.head, insert: ' '.repeat(spaces) },
        range: EditorSelection.cursor(range.head + spaces),
      };
    }),
    { scrollIntoView: true, userEvent: 'input.indent' },
  );
  return true;
};

/** Colours come from the app's CSS variables (set on :root for light and dark), with fallbacks. */
const podscopeTheme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--fg, #1b1f24)',
    backgroundColor: 'var(--panel, var(--bg, #ffffff))',
    fontSize: '0.875rem',
  },
  // The focus ring is drawn around the editor's frame in editor.css (:focus-within), outside the clipped corners.
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'var(--mono, ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace)',
    lineHeight: '1.55',
  },
  '.cm-content': { caretColor: 'var(--fg, #1b1f24)', padding: '0.5rem 0' },
  '.cm-line': { padding: '0 0.75rem 0 0.5rem' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg, #1b1f24)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent, #2563eb) 28%, transparent)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent, #2563eb) 7%, transparent)' },
  '.cm-selectionMatch': { backgroundColor: 'color-mix(in srgb, var(--accent, #2563eb) 16%, transparent)' },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'color-mix(in srgb, var(--accent, #2563eb) 22%, transparent)',
    outline: '1px solid color-mix(in srgb, var(--accent, #2563eb) 60%, transparent)',
  },
  '&.cm-focused .cm-nonmatchingBracket': {
    backgroundColor: 'color-mix(in srgb, var(--error, #c62828) 22%, transparent)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--panel, var(--bg, #ffffff))',
    color: 'var(--muted, #57606a)',
    borderRight: '1px solid var(--border, #d0d7de)',
  },
  '.cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent, #2563eb) 10%, transparent)',
    color: 'var(--fg, #1b1f24)',
  },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 0.5rem 0 0.75rem', minWidth: '2.5ch' },
  '.cm-lint-marker': { width: '0.9em', height: '0.9em' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--error, #c62828)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--warning, #b26a00)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-info': {
    backgroundImage: 'none',
    textDecoration: 'underline dotted var(--info, #1f6feb)',
    textUnderlineOffset: '3px',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--panel, var(--bg, #ffffff))',
    color: 'var(--fg, #1b1f24)',
    border: '1px solid var(--border, #d0d7de)',
    borderRadius: '6px',
    boxShadow: '0 4px 16px rgb(0 0 0 / 0.18)',
    overflow: 'hidden',
  },
  '.cm-tooltip-lint': { maxWidth: '32rem' },
  '.cm-diagnostic': { padding: '0.4rem 0.75rem', lineHeight: '1.45', fontFamily: 'var(--font, system-ui, sans-serif)' },
  '.cm-diagnostic code': {
    fontFamily: 'var(--mono, ui-monospace, monospace)',
    fontSize: '0.9em',
    padding: '0 0.2em',
    borderRadius: '3px',
    backgroundColor: 'color-mix(in srgb, var(--fg, #1b1f24) 8%, transparent)',
  },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--error, #c62828)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--warning, #b26a00)' },
  '.cm-diagnostic-info': { borderLeft: '4px solid var(--info, #1f6feb)' },
  '.cm-panels': {
    backgroundColor: 'var(--panel, var(--bg, #ffffff))',
    color: 'var(--fg, #1b1f24)',
  },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border, #d0d7de)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border, #d0d7de)' },
  '.cm-plain-note': { padding: '0.25rem 0.75rem', fontSize: '0.8125rem', color: 'var(--muted, #57606a)' },
  '.cm-panel input, .cm-panel button, .cm-panel label': { fontSize: '0.8125rem', color: 'inherit' },
  '.cm-textfield': {
    backgroundColor: 'var(--bg, #ffffff)',
    border: '1px solid var(--border, #d0d7de)',
    borderRadius: '4px',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--bg, #ffffff)',
    border: '1px solid var(--border, #d0d7de)',
    borderRadius: '4px',
  },
  '.cm-panel button:focus-visible, .cm-panel input:focus-visible': {
    outline: '2px solid var(--focus, var(--accent, #2563eb))',
    outlineOffset: '1px',
  },
  '.cm-searchMatch': {
    backgroundColor: 'color-mix(in srgb, var(--warning, #b26a00) 25%, transparent)',
    outline: '1px solid color-mix(in srgb, var(--warning, #b26a00) 55%, transparent)',
  },
  '.cm-searchMatch.cm-searchMatch-selected': {
    backgroundColor: 'color-mix(in srgb, var(--accent, #2563eb) 30%, transparent)',
  },
});

/**
 * Syntax colours are mixed with the text colour, so they stay readable on both light and dark backgrounds:
 * against dark text they darken, against light text they lighten.
 */
const mix = (hue: string, share = 62) => `color-mix(in oklab, ${hue} ${share}%, var(--fg, #1b1f24))`;
const podscopeHighlight = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: mix('var(--accent, #2563eb)', 70) },
  { tag: [tags.string, tags.special(tags.string)], color: mix('#1a8f3c') },
  { tag: tags.content, color: 'var(--fg, #1b1f24)' },
  { tag: [tags.number, tags.bool, tags.null], color: mix('#b5520b') },
  { tag: [tags.lineComment, tags.comment], color: 'var(--muted, #57606a)', fontStyle: 'italic' },
  { tag: [tags.keyword, tags.meta, tags.typeName], color: mix('#8a3fc7') },
  { tag: tags.labelName, color: mix('#0e7c86') },
  { tag: [tags.separator, tags.punctuation, tags.squareBracket, tags.brace], color: 'var(--muted, #57606a)' },
]);

/**
 * YAML for the editor's colours, read line by line by CodeMirror's YAML stream mode rather than parsed whole by
 * the Lezer grammar (@codemirror/lang-yaml). The grammar read the end of a 50-container spec again on every
 * keystroke before the editor could draw it, about 11 ms of each keystroke's way to the redrawn canvas (issue 4,
 * median of 80: 63.9 -> 52.9 ms); the mode keeps each line's state and reads only changed lines in view. Loading a
 * pod never used either: loadPod reads the YAML itself. Its tokens are given the tags the Lezer grammar gave.
 */
const yamlStream: StreamParser<unknown> = {
  ...(yamlMode as StreamParser<unknown>),
  token: (stream, state) => {
    // "busybox:1.28", "http://…": a colon inside a plain value belongs to it; only ": " or a colon ending the line
    // ends a key. The mode would take this one for a key's end and colour the tag as a number.
    if ((state as { pair?: boolean }).pair && stream.match(/^:(?=\S)/)) return null;
    return yamlMode.token(stream, state);
  },
  tokenTable: {
    atom: tags.definition(tags.propertyName), // a mapping's key
    meta: tags.punctuation, // "- ", ":", brackets, block scalar marks
    def: tags.meta, // --- and ...
    keyword: tags.bool, // true, false, yes, no, on, off
    variable: tags.labelName, // &anchor, *alias
  },
};

/**
 * Enter after a list item lines the new line up with the item's first key ("- name: web", then "  image: …"), as
 * the Lezer grammar did; anywhere else the new line keeps the indentation of the one above (CodeMirror's default).
 */
const yamlIndent = indentService.of((context, pos) => {
  if (context.simulatedBreak !== pos) return undefined;
  const item = /^\s*- +/.exec(context.lineAt(pos, -1).text);
  return item ? item[0].length : null;
});
const yamlHighlighting = [StreamLanguage.define(yamlStream), yamlIndent];

/**
 * Past this many characters the YAML language (highlighting, bracket matching) is switched off: even read line by
 * line, a 5 MiB paste costs the editor time it does not need to spend (issue 7: no task over 200 ms while typing).
 * A note above the text says so. loadPod's diagnostics do not need it and stay.
 */
export const HIGHLIGHT_UP_TO = 1_000_000;
const yamlLanguage = new Compartment();

function plainTextNote(): Panel {
  const dom = document.createElement('div');
  dom.className = 'cm-plain-note';
  dom.textContent = 'Syntax colours are off for a spec this large (over 1 MB), so typing stays quick.';
  return { dom, top: true };
}

function languageFor(length: number): Extension {
  return length <= HIGHLIGHT_UP_TO ? [yamlHighlighting, syntaxHighlighting(podscopeHighlight), bracketMatching()] : showPanel.of(plainTextNote);
}

/** Switches the language on or off as an edit takes the text across HIGHLIGHT_UP_TO. */
const languageBySize = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged) return null;
  const large = (length: number) => length > HIGHLIGHT_UP_TO;
  if (large(tr.startState.doc.length) === large(tr.newDoc.length)) return null;
  return { effects: yamlLanguage.reconfigure(languageFor(tr.newDoc.length)) };
});

export interface EditorSetupOptions {
  /** aria-describedby for the text area: a short note on how to leave it with the keyboard. */
  describedBy?: string;
  /** The length of the text the editor opens with, to start with the language on or off (HIGHLIGHT_UP_TO). */
  initialLength: number;
}

/** Marks transactions that replace the text because the store changed, so they are not sent back to it. */
export const externalChange = Annotation.define<boolean>();

export function editorExtensions(options: EditorSetupOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    EditorState.allowMultipleSelections.of(true),
    indentUnit.of(INDENT),
    EditorState.tabSize.of(2),
    yamlLanguage.of(languageFor(options.initialLength)),
    languageBySize,
    highlightActiveLine(),
    highlightSelectionMatches(),
    lintGutter(),
    keymap.of([
      ...defaultKeymap,
      ...historyKeymap,
      ...searchKeymap,
      ...lintKeymap,
      { key: 'Tab', run: insertSoftTab, shift: indentLess },
    ]),
    podscopeTheme,
    EditorView.contentAttributes.of({
      'aria-label': 'Pod spec',
      // An explicit tab stop: axe (scrollable-region-focusable) does not count a bare contenteditable as focusable,
      // and the editor scrolls sideways on long lines.
      tabindex: '0',
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
      translate: 'no',
      ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
    }),
  ];
}

/** A 1-based line and column as a document offset, clamped to the document (diagnostics may be stale or odd). */
export function offsetOf(doc: Text, line: number, column: number): number {
  const safeLine = Number.isFinite(line) ? Math.min(Math.max(1, Math.trunc(line)), doc.lines) : 1;
  const at = doc.line(safeLine);
  const safeColumn = Number.isFinite(column) ? Math.min(Math.max(1, Math.trunc(column)), at.length + 1) : 1;
  return at.from + safeColumn - 1;
}

/** More than this many diagnostics are not all drawn: a broken 5 MiB paste must stay responsive. */
export const MAX_LINT_DIAGNOSTICS = 2000;

/**
 * loadPod's diagnostics as CodeMirror lint diagnostics. Each one underlines from its column to the end of the
 * line's text, which covers the key or value it is about.
 */
export function lintDiagnostics(doc: Text, diagnostics: readonly Diagnostic[]): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const d of diagnostics.slice(0, MAX_LINT_DIAGNOSTICS)) {
    const from = offsetOf(doc, d.line, d.column);
    const line = doc.lineAt(from);
    const end = line.from + line.text.trimEnd().length;
    out.push({
      from,
      to: Math.max(from, end),
      severity: d.severity,
      message: d.message,
      renderMessage: () => messageNodes(d.message),
    });
  }
  return out;
}

/** Put the cursor at a 1-based line and column, scroll it to the middle of the view, and focus the editor. */
export function moveCursorTo(view: EditorView, line: number, column: number): void {
  const pos = offsetOf(view.state.doc, line, column);
  view.dispatch({
    selection: EditorSelection.cursor(pos),
    effects: EditorView.scrollIntoView(pos, { y: 'center' }),
    userEvent: 'select',
  });
  view.focus();
}
