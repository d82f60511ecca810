// How the store gets analyses (core/analysis): a client it starts once and sends requests to. Answers come back
// in the order asked, each with the request it answers; a client may skip a request that a newer one replaced
// before it started (typing fast into a big spec reads only the newest text).
import type { Analysis, AnalysisPhase, AnalysisRequest } from '../../core/analysis/analysis-types';

export interface AnalysisHandlers {
  answer(analysis: Analysis, request: AnalysisRequest): void;
  /** A step of a request under way (reading, simulating, narrating), for a progress line. */
  progress?(phase: AnalysisPhase, request: AnalysisRequest): void;
}

export interface AnalysisConnection {
  request(request: AnalysisRequest): void;
  close(): void;
}

export interface AnalysisClient {
  connect(handlers: AnalysisHandlers): AnalysisConnection;
}
