import { describe, expect, it } from 'vitest';
import { timingAssumptions } from './assumptions';
import { container, initContainer, pod } from './test-pod';

describe('timingAssumptions', () => {
  it('names the guesses for the article pod and leaves readable commands alone', () => {
    const found = timingAssumptions(pod({
      initContainers: [initContainer({ name: 'init-myservice', command: ['sh', '-c', 'git clone <repo> ;'] }), initContainer({ name: 'wait-db', command: ['sh', '-c', 'until nslookup db; do sleep 2; done'] })],
      containers: [container({ name: 'myapp-container', command: ['sh', '-c', 'echo The app is running! && sleep 3600'] }), container({ name: 'web', image: 'nginx:1.27' })],
    }));
    expect(found.map((f) => [f.container, f.defaultName])).toEqual([
      ['init-myservice', 'initCommandSeconds'],
      ['wait-db', 'untilLoopSeconds'],
      ['web', undefined],
    ]);
    expect(found[0]?.message).toBe('init-myservice: Podscope cannot know how long `git clone <repo> ;` takes; it assumes 3 s per unknown step, then exit code 0.');
  });
});
