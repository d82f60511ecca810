// The editor's pure helpers: where a diagnostic lands in the document, and how its message is split for display.
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/index';
import { lintDiagnostics, offsetOf } from './codemirror-setup';
import { messageParts } from './message-parts';
import { summarise } from './diagnostic-summary';
import { typingDebounceFor } from './typing-debounce';

const doc = Text.of(['apiVersion: v1', 'kind: Pod', 'metadata: sauce', '']);
const diagnostic = (line: number, column: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  severity,
  message: 'm',
  line,
  column,
});

describe('offsetOf', () => {
  it.each([
    // line 3 starts after "apiVersion: v1\n" (15) and "kind: Pod\n" (10): offset 25
    { line: 3, column: 1, offset: 25 },
    { line: 3, column: 11, offset: 35 },
    // past the end of a line: its end; past the last line: the last line
    { line: 3, column: 99, offset: 40 },
    { line: 99, column: 1, offset: 41 },
    // zero, negative and non-finite positions: the start
    { line: 0, column: 0, offset: 0 },
    { line: -4, column: -1, offset: 0 },
    { line: Number.NaN, column: Number.POSITIVE_INFINITY, offset: 0 },
  ])('line $line, column $column → $offset', ({ line, column, offset }) => {
    expect(offsetOf(doc, line, column)).toBe(offset);
  });
});

describe('lintDiagnostics', () => {
  it('underlines from the column to the end of the line text', () => {
    const [d] = lintDiagnostics(doc, [diagnostic(3, 11)]);
    expect(doc.sliceString(d!.from, d!.to)).toBe('sauce');
  });

  it('gives an empty range on an empty line, inside the document', () => {
    const [d] = lintDiagnostics(doc, [diagnostic(4, 5, 'error')]);
    expect(d).toMatchObject({ from: 41, to: 41, severity: 'error' });
  });

  it('works on an empty document', () => {
    const [d] = lintDiagnostics(Text.empty, [diagnostic(7, 3)]);
    expect(d).toMatchObject({ from: 0, to: 0 });
  });
});

describe('messageParts', () => {
  it('shows backticked words as code', () => {
    expect(messageParts('`metadata` must be a mapping, e.g. `metadata: {name: sauce}`')).toEqual([
      { text: 'metadata', code: true },
      { text: ' must be a mapping, e.g. ', code: false },
      { text: 'metadata: {name: sauce}', code: true },
    ]);
  });

  it('keeps an unpaired backtick as text', () => {
    expect(messageParts('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });
});

describe('summarise', () => {
  it.each([
    { severities: [], text: 'No problems' },
    { severities: ['info'], text: 'No problems, 1 info' },
    { severities: ['error', 'error', 'warning'], text: '2 errors, 1 warning' },
    { severities: ['warning', 'warning', 'info', 'info'], text: '2 warnings, 2 infos' },
  ] as const)('$text', ({ severities, text }) => {
    expect(summarise(severities.map((s) => diagnostic(1, 1, s)))).toBe(text);
  });
});

describe('typingDebounceFor', () => {
  it('sends an ordinary spec at once, waits 150 ms past 100,000 characters and at most 1 s for a huge one', () => {
    expect(typingDebounceFor(2_000)).toBe(0);
    expect(typingDebounceFor(100_000)).toBe(0);
    // 100,001 characters: 150 ms + 100,001 / 6,000 = 16 ms more.
    expect(typingDebounceFor(100_001)).toBe(166);
    expect(typingDebounceFor(5 * 1024 * 1024)).toBe(1000);
  });
});
