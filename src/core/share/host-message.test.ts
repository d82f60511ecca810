// Messages from a host page: the few commands are understood, anything else (wrong shape, types or sizes) is null.
import { describe, expect, it } from 'vitest';
import { parseHostMessage } from './host-message';

describe('parseHostMessage', () => {
  it('understands load, step, play and pause', () => {
    expect(parseHostMessage({ type: 'podscope:step' })).toEqual({ type: 'podscope:step' });
    expect(parseHostMessage({ type: 'podscope:play', extra: 1 })).toEqual({ type: 'podscope:play' });
    expect(parseHostMessage({ type: 'podscope:load', yaml: 'kind: Pod' })).toEqual({ type: 'podscope:load', yaml: 'kind: Pod', scenario: { actions: [] }, problems: [] });
    expect(parseHostMessage({ type: 'podscope:load', yaml: 'x', scenario: { actions: [{ container: 'a', exitCode: 1, at: 3 }, { bad: 1 }] } })).toMatchObject({
      scenario: { actions: [{ container: 'a', exitCode: 1, at: 3 }] },
      problems: [expect.stringMatching(/action 2/)],
    });
  });

  it.each([
    ['a string', 'podscope:step'],
    ['null', null],
    ['an unknown type', { type: 'podscope:eval', code: 'alert(1)' }],
    ['a type that is no string', { type: ['podscope:step'] }],
    ['yaml that is no string', { type: 'podscope:load', yaml: 42 }],
    ['yaml over 1 MiB', { type: 'podscope:load', yaml: 'a'.repeat(1024 * 1024 + 1) }],
    ['over 200 actions', { type: 'podscope:load', yaml: 'x', scenario: { actions: Array.from({ length: 201 }, () => ({ deletePod: true, at: 1 })) } }],
  ])('ignores %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});
