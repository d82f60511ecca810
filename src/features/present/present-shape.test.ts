// The presentation puts a wide pod above the words and a squarer one beside them, whichever draws it larger.
import { describe, expect, it } from 'vitest';
import { presentShape } from './present-shape';

const HD = { width: 1280, height: 720 };

describe('presentShape', () => {
  it('puts a pod with outside nodes on both sides (wide and flat) above the narration', () => {
    expect(presentShape({ width: 1208, height: 424, portLabelsOverhang: false }, HD)).toBe('stacked');
  });

  it('puts a pod with nothing outside it (about square) beside the narration', () => {
    expect(presentShape({ width: 600, height: 488, portLabelsOverhang: false }, HD)).toBe('side');
  });

  it('counts the room POD_IP:PORT labels need on the left: that tips a mid-width pod above the narration', () => {
    expect(presentShape({ width: 908, height: 488, portLabelsOverhang: false }, HD)).toBe('side');
    expect(presentShape({ width: 908, height: 488, portLabelsOverhang: true }, HD)).toBe('stacked');
  });

  it('keeps the canvas beside the words for a tall pod, and for an empty graph', () => {
    expect(presentShape({ width: 896, height: 600, portLabelsOverhang: false }, HD)).toBe('side');
    expect(presentShape({ width: 0, height: 0, portLabelsOverhang: false }, HD)).toBe('side');
  });
});
