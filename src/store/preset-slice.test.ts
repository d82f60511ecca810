// Applying a preset through the store: text, scenario and cursor in one action; the preset stays active until the
// user edits the text away from it.
import { describe, expect, it } from 'vitest';
import { testStore } from './test-store';
import { selectActivePresetId } from './preset-slice';
import { selectPod } from './selectors';

const POD = `apiVersion: v1
kind: Pod
metadata: {name: demo}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;
const PRESET = { id: 'demo', pod: POD, scenario: { actions: [{ container: 'app', exitCode: 1, after: 5 }] }, focus: 'app' };

describe('preset slice', () => {
  it('loads the pod text, sets the scenario, resets the cursor and selects the focus', () => {
    const store = testStore();
    store.getState().seek(40);
    store.getState().applyPreset(PRESET);
    const s = store.getState();
    expect(s.specText).toBe(POD);
    expect(selectPod(s).name).toBe('demo');
    expect(s.scenario).toEqual(PRESET.scenario);
    expect(s.scenario.actions).not.toBe(PRESET.scenario.actions);
    expect(s.cursor).toBe(0);
    expect(s.selectedContainer).toBe('app');
    expect(selectActivePresetId(s)).toBe('demo');
  });

  it('starts at the preset cursor when it has one', () => {
    const store = testStore();
    store.getState().applyPreset({ ...PRESET, cursor: 12 });
    expect(store.getState().cursor).toBe(12);
  });

  it('is no longer active once the text is edited away from the preset, and again when edited back', () => {
    const store = testStore();
    store.getState().applyPreset(PRESET);
    store.getState().loadText(POD.replace('demo', 'mine'));
    expect(selectActivePresetId(store.getState())).toBeNull();
    store.getState().loadText(POD);
    expect(selectActivePresetId(store.getState())).toBe('demo');
  });

  it('keeps the preset active while the user adds what-if actions', () => {
    const store = testStore();
    store.getState().applyPreset(PRESET);
    store.getState().seek(3);
    store.getState().crashContainer('app', 2);
    expect(selectActivePresetId(store.getState())).toBe('demo');
  });

  it('keeps the lesson step a whole number of 0 or more', () => {
    const store = testStore();
    store.getState().setLessonOpen(true);
    store.getState().setLessonStep(2.7);
    expect(store.getState()).toMatchObject({ lessonOpen: true, lessonStep: 2 });
    store.getState().setLessonStep(-1);
    expect(store.getState().lessonStep).toBe(0);
  });
});
