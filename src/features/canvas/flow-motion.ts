// How flow dots move, decided once for the whole canvas and handed to every flow edge: the pace (playback speed)
// and whether the reader asked for reduced motion. One store subscription instead of one per edge.
import { createContext } from 'react';

export interface FlowMotion {
  /** Multiplies the resting dot speed. */
  pace: number;
  /** prefers-reduced-motion: reduce → no moving dots, a static highlighted path. */
  reduced: boolean;
}

export const FlowMotionContext = createContext<FlowMotion>({ pace: 1, reduced: false });
