// What loadPod says about the text it read: problems with where they stand, and the pod it could build.
import type { PodModel } from './pod-model';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  /** The field it is about, e.g. "spec.initContainers[0].name". */
  path?: string;
  /** 1-based, in the text given. */
  line: number;
  column: number;
}

export interface LoadResult {
  /** null only when nothing usable could be read. */
  pod: PodModel | null;
  /** The document (0-based) and kind the pod came from. */
  source?: { kind: string; name?: string; document: number };
  diagnostics: Diagnostic[];
}
