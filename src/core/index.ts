// Podscope's headless API: read a pod spec, simulate what the kubelet does with it.
// Everything here is pure: same input, same output, no clock, no DOM. It runs in Node, a browser or a Worker.

export { loadPod } from './spec/load-pod';
export { simulate, simulateData } from './sim/simulate';
export { timelineFromData, type TimelineData } from './sim/timeline-data';
export { checkScenario, type ScenarioDiagnostic } from './sim/scenario-check';
export { listSimDefaults, SIM_DEFAULTS, type SimDefault } from './sim/defaults';
export { nextEventTime, previousEventTime } from './sim/timeline';

export type { Diagnostic, LoadResult, Severity } from './spec/diagnostic';
export type {
  ContainerKind,
  ContainerModel,
  HandlerModel,
  PodModel,
  PodRestartPolicy,
  PortModel,
  ProbeModel,
  VolumeModel,
  VolumeMountModel,
} from './spec/pod-model';
export type { Action, ProbeKind, Scenario } from './sim/scenario';
export type { ContainerSnapshot, PodConditions, PodPhase, PodSnapshot, SimEvent, Timeline } from './sim/types';
