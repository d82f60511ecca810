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

  // What a hostile page can post: structured clone carries strings, numbers (NaN, Infinity), BigInt, Dates,
  // String/Number wrappers, Maps, arrays and plain objects, including ones with toString or valueOf fields and
  // own "__proto__" keys; it refuses functions. Whatever arrives is refused or narrowed, never coerced.
  it.each([
    ['a type in a String wrapper', { type: new String('podscope:step') }],
    ['a type object whose toString says step', { type: { toString: () => 'podscope:step' } }],
    ['yaml in a String wrapper', { type: 'podscope:load', yaml: new String('kind: Pod') }],
    ['yaml as an object with toString and valueOf', { type: 'podscope:load', yaml: { toString: () => 'kind: Pod', valueOf: () => 'kind: Pod', length: 9 } }],
    ['yaml as an array of lines', { type: 'podscope:load', yaml: ['kind: Pod'] }],
    ['yaml as a BigInt', { type: 'podscope:load', yaml: 10n }],
    ['a Map shaped like a message', new Map([['type', 'podscope:step']])],
    ['an array shaped like a message', ['podscope:step']],
    ['a scenario whose actions list holds a function', { type: 'podscope:load', yaml: 'x', scenario: { actions: [{ container: 'a', exitCode: 1, at: () => 3 }] } }],
  ])('refuses %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('drops actions whose numbers or names are wrappers, look-alike objects, strings, NaN, Infinity or BigInt', () => {
    // Only what postMessage can carry: wrappers and objects whose toString/valueOf are data, not functions.
    const bad = [
      { container: 'a', exitCode: 1, at: new Number(3) },
      { container: 'a', exitCode: 1, at: { valueOf: 3 } },
      { container: 'a', exitCode: '1', at: 3 },
      { container: 'a', exitCode: 1, at: NaN },
      { container: 'a', exitCode: 1, at: Infinity },
      { container: new String('a'), exitCode: 1, at: 3 },
      { container: { toString: 'a' }, exitCode: 1, at: 3 },
      { container: 'a', exitCode: 1n, at: 3 },
    ];
    const command = parseHostMessage({ type: 'podscope:load', yaml: 'x', scenario: { actions: [...bad, { container: 'a', exitCode: 1, at: 3 }] } });
    expect(command).toMatchObject({ scenario: { actions: [{ container: 'a', exitCode: 1, at: 3 }] } });
    expect(command?.type === 'podscope:load' && command.problems).toEqual([...bad.slice(0, 5).map((_, i) => expect.stringMatching(new RegExp(`action ${i + 1} was left out`))), '… and 3 more.']);
  });

  it('does not let an own "__proto__" key change prototypes or smuggle in fields', () => {
    // JSON.parse (like structured clone) keeps "__proto__" as an own key rather than setting the prototype.
    const data = JSON.parse('{"type":"podscope:load","yaml":"kind: Pod","__proto__":{"scenario":{"actions":[{"deletePod":true,"at":1}]},"polluted":true},' +
      '"scenario":{"actions":[{"__proto__":{"deletePod":true,"at":2}},{"container":"a","exitCode":1,"at":3,"__proto__":{"polluted":true}}]}}');
    const command = parseHostMessage(data);
    expect(command).toMatchObject({ type: 'podscope:load', yaml: 'kind: Pod', scenario: { actions: [{ container: 'a', exitCode: 1, at: 3 }] } });
    expect(command?.type === 'podscope:load' && command.scenario.actions).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(command?.type === 'podscope:load' ? command.scenario.actions[0] : null)).toBe(Object.prototype);
  });

  it('reads each field once, so a getter cannot pass the check with one value and be used with another', () => {
    let reads = 0;
    const sneaky = {
      type: 'podscope:load',
      get yaml() {
        reads++;
        return reads === 1 ? 'kind: Pod' : 'x'.repeat(2 * 1024 * 1024);
      },
    };
    expect(parseHostMessage(sneaky)).toMatchObject({ yaml: 'kind: Pod' });
    expect(reads).toBe(1);
  });

  it('takes a spec of exactly 1 MiB and no more', () => {
    expect(parseHostMessage({ type: 'podscope:load', yaml: 'a'.repeat(1024 * 1024) })).not.toBeNull();
  });

  it('gives the same answer for a message as for its structured clone (what postMessage delivers)', () => {
    const message = { type: 'podscope:load', yaml: 'kind: Pod', scenario: { actions: [{ container: 'a', oomKilled: true, after: 2, run: 1 }] } };
    expect(parseHostMessage(structuredClone(message))).toEqual(parseHostMessage(message));
    expect(() => structuredClone({ type: 'podscope:step', toString: () => 'x' })).toThrow(/could not be cloned/);
  });
});

