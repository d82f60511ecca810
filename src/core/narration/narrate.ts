// narrate(event, pod, context): the plain-words explanation of one simulator event. One narrator per event type
// the simulator emits; SIM_EVENT_TYPES is that list, and narrate.test.ts fails when the simulator gains a type
// that is not in it.
import type { PodModel } from '../spec/pod-model';
import type { SimEvent } from '../sim/types';
import { K8S_DOCS } from './k8s-docs';
import { narrateBackOff, narrateExited, narratePodCompleted } from './narrate-exit';
import { narrateUnhealthy } from './narrate-probe';
import { narrateCreated, narratePulled, narratePulling, narrateSandboxReady, narrateScheduled, narrateStarted } from './narrate-start';
import {
  narrateDeleted,
  narrateFailedPostStartHook,
  narrateFailedPreStopHook,
  narrateKilling,
  narrateSignal,
  narrateSimulationCut,
} from './narrate-stop';
import type { Narration, NarrationContext, Narrator } from './narration-types';

/** Every event type the simulator (src/core/sim) emits. */
export const SIM_EVENT_TYPES = [
  'Scheduled',
  'SandboxReady',
  'Pulling',
  'Pulled',
  'Created',
  'Started',
  'Exited',
  'BackOff',
  'Unhealthy',
  'Killing',
  'Signal',
  'FailedPostStartHook',
  'FailedPreStopHook',
  'PodCompleted',
  'Deleted',
  'SimulationCut',
] as const;

export type SimEventType = (typeof SIM_EVENT_TYPES)[number];

// A Record over the union: a type added to SIM_EVENT_TYPES without a narrator does not compile.
const NARRATORS: Record<SimEventType, Narrator> = {
  Scheduled: narrateScheduled,
  SandboxReady: narrateSandboxReady,
  Pulling: narratePulling,
  Pulled: narratePulled,
  Created: narrateCreated,
  Started: narrateStarted,
  Exited: narrateExited,
  BackOff: narrateBackOff,
  Unhealthy: narrateUnhealthy,
  Killing: narrateKilling,
  Signal: narrateSignal,
  FailedPostStartHook: narrateFailedPostStartHook,
  FailedPreStopHook: narrateFailedPreStopHook,
  PodCompleted: narratePodCompleted,
  Deleted: narrateDeleted,
  SimulationCut: narrateSimulationCut,
};

export function hasNarration(type: string): type is SimEventType {
  return Object.prototype.hasOwnProperty.call(NARRATORS, type);
}

/** What happened, why, the rule and a docs page, for one event of the pod's timeline. Never throws. */
export function narrate(event: SimEvent, pod: PodModel, context: NarrationContext): Narration {
  if (!hasNarration(event.type)) {
    return { what: event.message, why: '', rule: '', docs: K8S_DOCS.pods };
  }
  return NARRATORS[event.type](event, pod, context);
}
