// Properties of loadPod for any text: it never throws, every diagnostic lies inside the text, the same text gives
// the same result, and a pod comes back only with at least one container. Inputs: random strings, and the
// article's pod with random edits (characters deleted, inserted, lines swapped), which reach the deeper rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_POD_YAML } from '../examples/article-pod';
import { loadPod } from './load-pod';

const YAML_CHARS = [...'abc:- \n\t[]{}"\'&*!#|>0123456789,.'];

/** The article's pod after a few random edits. */
const editedArticle = fc
  .array(
    fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'swapLines'), char: fc.constantFrom(...YAML_CHARS) }),
    { minLength: 1, maxLength: 6 },
  )
  .map((edits) => {
    let text = ARTICLE_POD_YAML;
    for (const edit of edits) {
      const at = edit.at % (text.length + 1);
      if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
      else if (edit.kind === 'insert') text = text.slice(0, at) + edit.char + text.slice(at);
      else {
        const lines = text.split('\n');
        const i = at % lines.length;
        const j = (i + 1) % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
        text = lines.join('\n');
      }
    }
    return text;
  });

function checkInvariants(text: string): void {
  const result = loadPod(text);
  const lineCount = text.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (result.pod) expect(result.pod.initContainers.length + result.pod.containers.length).toBeGreaterThan(0);
  else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  expect(loadPod(text)).toEqual(result);
}

describe('loadPod for any text', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkInvariants), { numRuns: 300 });
  });

  it('strings made of YAML punctuation', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...YAML_CHARS), { maxLength: 200 }).map((cs) => cs.join('')), checkInvariants), { numRuns: 300 });
  });

  it('the article\'s pod with random edits', () => {
    fc.assert(fc.property(editedArticle, checkInvariants), { numRuns: 500 });
  });
});
