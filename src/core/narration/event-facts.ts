// Small facts the narrators read off the pod and the events: which container, which run, what came before and
// after. Pure helpers; no rule of Kubernetes lives here.
import type { ContainerModel, PodModel } from '../spec/pod-model';
import { allContainers } from '../spec/pod-model';
import type { SimEvent } from '../sim/types';

export function containerOf(pod: PodModel, name: string | undefined): ContainerModel | undefined {
  return name === undefined ? undefined : allContainers(pod).find((c) => c.name === name);
}

/** "init container", "native sidecar" or "app container". */
export function kindPhrase(c: ContainerModel | undefined): string {
  if (!c) return 'container';
  return c.kind === 'init' ? 'init container' : c.kind === 'sidecar' ? 'native sidecar' : 'app container';
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function seconds(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} s`;
}

/** How many times the container had started up to and including events[index]. */
export function startsUpTo(events: readonly SimEvent[], index: number, name: string): number {
  let n = 0;
  for (let i = 0; i <= index && i < events.length; i++) {
    const e = events[i];
    if (e?.type === 'Started' && e.container === name) n++;
  }
  return n;
}

/** The last event of `type` for the container before events[index], since its last start when `sinceStart`. */
export function lastBefore(events: readonly SimEvent[], index: number, name: string, type: string, sinceStart = false): SimEvent | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const e = events[i];
    if (!e || e.container !== name) continue;
    if (e.type === type) return e;
    if (sinceStart && e.type === 'Started') return undefined;
  }
  return undefined;
}

/** The first event after events[index] that matches. */
export function firstAfter(events: readonly SimEvent[], index: number, match: (e: SimEvent) => boolean): SimEvent | undefined {
  for (let i = index + 1; i < events.length; i++) {
    const e = events[i];
    if (e && match(e)) return e;
  }
  return undefined;
}

/** The exit code in an "exited with code N" message. */
export function exitCodeOf(event: SimEvent): number | undefined {
  const m = /code (\d+)/.exec(event.message);
  return m ? Number(m[1]) : undefined;
}

/** The init containers and app containers, by name, in spec order. */
export function namesOf(pod: PodModel, kind: ContainerModel['kind']): string[] {
  return allContainers(pod).filter((c) => c.kind === kind).map((c) => c.name);
}
