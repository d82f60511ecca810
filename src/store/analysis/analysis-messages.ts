// The messages between the page and the analysis Worker.
import type { Analysis, AnalysisPhase, AnalysisRequest } from '../../core/analysis/analysis-types';

export interface AnalysisAsk {
  id: number;
  request: AnalysisRequest;
}

export type AnalysisReply =
  | { id: number; kind: 'progress'; phase: AnalysisPhase }
  | { id: number; kind: 'answer'; analysis: Analysis }
  | { id: number; kind: 'failed'; message: string };
