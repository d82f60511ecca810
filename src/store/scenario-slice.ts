// The scenario: what the containers' processes do. "Crash now" is one more action at the cursor time,
// so stepping back and forth, sharing and replaying always agree (DESIGN.md, "The flow of data").
import type { StateCreator } from 'zustand/vanilla';
import type { Action, ProbeKind, Scenario } from '../core/index';
import type { PodscopeState } from './podscope-store';

export interface ScenarioSlice {
  scenario: Scenario;
  setScenario(scenario: Scenario): void;
  addAction(action: Action): void;
  /** The container's process exits with `exitCode` at the cursor time. */
  crashContainer(container: string, exitCode: number): void;
  /** The container's probe fails from the cursor time on. */
  failProbe(container: string, probe: ProbeKind): void;
  /** The container is OOM-killed at the cursor time. */
  oomKillContainer(container: string): void;
  /** `kubectl delete pod` at the cursor time. */
  deletePod(): void;
  clearScenario(): void;
}

export const createScenarioSlice: StateCreator<PodscopeState, [], [], ScenarioSlice> = (set, get) => ({
  scenario: { actions: [] },
  setScenario: (scenario) => set({ scenario }),
  addAction: (action) => set({ scenario: { actions: [...get().scenario.actions, action] } }),
  crashContainer: (container, exitCode) => get().addAction({ container, exitCode, at: get().cursor }),
  failProbe: (container, probe) => get().addAction({ container, probe, failFrom: get().cursor }),
  oomKillContainer: (container) => get().addAction({ container, oomKilled: true, at: get().cursor }),
  deletePod: () => get().addAction({ deletePod: true, at: get().cursor }),
  clearScenario: () => set({ scenario: { actions: [] } }),
});
