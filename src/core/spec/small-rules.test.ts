// The small pieces behind the rules: name formats, image pull defaults, "did you mean", line and column.
import { describe, expect, it } from 'vitest';
import { defaultImagePullPolicy } from './defaults';
import { didYouMean, editDistance } from './did-you-mean';
import { isDns1123Label, portNameProblem } from './kubernetes-names';
import { LineIndex, pathSegments } from './yaml-positions';

describe('isDns1123Label (apimachinery IsDNS1123Label)', () => {
  it.each([
    ['a', true], ['a-b-1', true], ['0abc', true], ['x'.repeat(63), true],
    ['', false], ['x'.repeat(64), false], ['A', false], ['a_b', false], ['a.b', false], ['-a', false], ['a-', false],
  ])('%j → %s', (name, valid) => expect(isDns1123Label(name)).toBe(valid));
});

describe('portNameProblem (apimachinery IsValidPortName)', () => {
  it.each([
    ['http', null], ['h2c', null], ['x'.repeat(15), null],
    ['x'.repeat(16), 'longer than 15'], ['Http', 'lower-case'], ['123', 'at least one letter'],
    ['a--b', "'--'"], ['-a', 'begin or end'], ['a-', 'begin or end'], ['', 'empty'],
  ])('%j → %s', (name, problem) => {
    const found = portNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('defaultImagePullPolicy (SetDefaults_Container)', () => {
  it.each([
    ['nginx', 'Always'], ['nginx:latest', 'Always'], ['nginx:1.27', 'IfNotPresent'],
    ['registry:5000/nginx', 'Always'], ['registry:5000/nginx:1.27', 'IfNotPresent'],
    ['nginx@sha256:abc', 'IfNotPresent'], ['nginx:latest@sha256:abc', 'Always'],
  ])('%s → %s', (image, policy) => expect(defaultImagePullPolicy(image)).toBe(policy));
});

describe('didYouMean', () => {
  const fields = ['command', 'args', 'image', 'imagePullPolicy', 'ports', 'env', 'envFrom', 'volumeMounts'];
  it.each([
    ['comand', 'command'], ['commnad', 'command'], ['Image', 'image'], ['imagepullpolicy', 'imagePullPolicy'],
    ['port', 'ports'], ['volumemount', 'volumeMounts'], ['flavour', null], ['x', null],
  ])('%s → %s', (word, suggestion) => expect(didYouMean(word, fields)).toBe(suggestion));

  it('counts a transposition as one edit', () => {
    expect(editDistance('comamnd', 'command')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('LineIndex and paths', () => {
  const text = 'ab\ncd\n\nef';
  it.each([
    [0, 1, 1], [1, 1, 2], [3, 2, 1], [6, 3, 1], [7, 4, 1], [8, 4, 2], [99, 4, 3], // past the end: clamped to it
  ])('offset %i → line %i, column %i', (offset, line, column) => {
    expect(new LineIndex(text).position(offset)).toEqual({ line, column });
  });

  it('splits a field path into keys and indexes', () => {
    expect(pathSegments('spec.template.spec.containers[12].ports[0].name')).toEqual(['spec', 'template', 'spec', 'containers', 12, 'ports', 0, 'name']);
    expect(pathSegments('items[1]')).toEqual(['items', 1]);
  });
});
