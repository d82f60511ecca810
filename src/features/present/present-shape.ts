// How the presentation shares the screen between the canvas and the words: the canvas beside the narration, or
// above it across the whole width. A wide pod (outside nodes on both sides of it) is drawn larger across the screen,
// a square or tall one beside the words; whichever lets the canvas zoom in further wins, since the canvas's type
// is sized against that zoom and fits its boxes only while the zoom is not too small.

export type PresentShape = 'side' | 'stacked';

/** Room the presentation keeps for other things (CSS px), as in present.css and presentation.tsx. */
export const ROOM = {
  /** The header row: step counter, playback controls, full screen, leave. */
  header: 72,
  /** The narration column beside the canvas: a share of the width, at least this. */
  sideShare: 0.32,
  sideMin: 380,
  /** The narration strip under the canvas: a share of the height, at least this. */
  stripShare: 0.25,
  stripMin: 180,
  /** The canvas's fit padding, its border and the gaps around it. */
  padding: 56,
  /** The fit's room for POD_IP:PORT labels that stand out left of the pod. */
  portLabels: 190,
} as const;

export interface GraphBox {
  width: number;
  height: number;
  /** Whether POD_IP:PORT labels stand out left of the pod with nothing there to make room for them. */
  portLabelsOverhang: boolean;
}

/** The zoom a graph of this size gets in a canvas of this size. */
function fitZoom(graph: GraphBox, canvas: { width: number; height: number }): number {
  const spare = ROOM.padding + (graph.portLabelsOverhang ? ROOM.portLabels : 0);
  return Math.min((canvas.width - spare) / graph.width, (canvas.height - ROOM.padding) / graph.height);
}

export function presentShape(graph: GraphBox, screen: { width: number; height: number }): PresentShape {
  if (graph.width <= 0 || graph.height <= 0) return 'side';
  const main = { width: screen.width, height: screen.height - ROOM.header };
  const side = fitZoom(graph, { width: main.width - Math.max(ROOM.sideMin, main.width * ROOM.sideShare), height: main.height });
  const stacked = fitZoom(graph, { width: main.width, height: main.height - Math.max(ROOM.stripMin, main.height * ROOM.stripShare) });
  return stacked > side * 1.05 ? 'stacked' : 'side';
}
