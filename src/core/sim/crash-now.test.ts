// "Crash now" and "OOM kill now" clicked at a pod time: the run that is up at that time exits.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { container, pod } from './test-pod';

const web = pod({ containers: [container({ name: 'web', command: ['sleep', '3600'] })] });

function startedAt(events: { t: number; type: string; container?: string }[]): number {
  const started = events.find((e) => e.type === 'Started' && e.container === 'web');
  if (!started) throw new Error('web never started');
  return started.t;
}

describe('crash now', () => {
  it('crashes the run that started in the very second of the click', () => {
    const start = startedAt(simulate(web).events);
    const timeline = simulate(web, { actions: [{ container: 'web', exitCode: 1, at: start }] });
    const exit = timeline.events.find((e) => e.type === 'Exited' && e.container === 'web');
    expect(exit?.t).toBe(start);
    expect(exit?.message).toMatch(/code 1/);
    // Exited at the start second; restartPolicy Always: the first restart has no back-off.
    expect(timeline.at(start + 30).containers[0]?.restartCount).toBe(1);
  });

  it('OOM-kills the running container at a pod time: 137, OOMKilled', () => {
    const start = startedAt(simulate(web).events);
    const timeline = simulate(web, { actions: [{ container: 'web', oomKilled: true, at: start + 5 }] });
    const exit = timeline.events.find((e) => e.type === 'Exited' && e.container === 'web');
    expect(exit?.t).toBe(start + 5);
    expect(exit?.reason).toBe('OOMKilled');
    expect(timeline.at(start + 5).containers[0]).toMatchObject({ state: 'terminated', reason: 'OOMKilled', exitCode: 137 });
    expect(timeline.at(start + 5).kubectl.status).toBe('OOMKilled');
  });
});
