// Where things go on the canvas: a fixed set of lanes inside the pod (init lane, localhost bus, app lane, volume lane),
// externals in a column on each side. Pure arithmetic on counts, so positions depend on the spec only, never on state.
//
// Why no dagre/elk: the picture's structure is fixed (lanes in a set order, init containers in spec order, every
// container on one bus), so a general graph layout would only move things away from where a reader expects them,
// and make positions jump when a flow appears. Lanes wrap at MAX_COLUMNS, which keeps 1 to ~50 containers readable.

export const CONTAINER = { width: 240, height: 120 } as const;
export const VOLUME = { width: 180, height: 56 } as const;
export const EXTERNAL = { width: 180, height: 64 } as const;
export const GAP = { column: 48, row: 40, lane: 56, external: 120, externalRow: 32 } as const;
export const POD_PADDING = 40;
export const POD_HEADER = 56;
export const MAX_COLUMNS = 6;
export const VOLUME_COLUMNS = 8;
export const MIN_INNER_WIDTH = 520;
export const POD_PORT_SPACING = 28;
export const BUS_LINE = 18;
export const BUS_MIN_HEIGHT = 40;
/**
 * Traffic routed under a container row (graph-edges.ts): where it meets the container's bottom, clear of the mount
 * edges and their path labels at the middle, and how far below the row it runs. Traffic in and traffic out keep
 * apart; both tracks stay inside the pod's bottom padding when there is no volume lane.
 */
export const UNDER_ROW = { inAt: CONTAINER.width / 6, outAt: (CONTAINER.width * 5) / 6, inTrack: 22, outTrack: 30 } as const;

export interface Grid {
  /** Top-left corner of each item, relative to the lane's top-left. */
  cells: { x: number; y: number; column: number; row: number }[];
  width: number;
  height: number;
  columns: number;
}

/** count items of one size in rows of at most maxColumns, left to right then top to bottom. */
export function grid(count: number, size: { width: number; height: number }, maxColumns: number, gap: { column: number; row: number }): Grid {
  const columns = Math.min(count, maxColumns);
  const rows = Math.ceil(count / maxColumns);
  const cells = Array.from({ length: count }, (_, i) => {
    const column = i % maxColumns;
    const row = Math.floor(i / maxColumns);
    return { x: column * (size.width + gap.column), y: row * (size.height + gap.row), column, row };
  });
  return {
    cells,
    width: columns === 0 ? 0 : columns * size.width + (columns - 1) * gap.column,
    height: rows === 0 ? 0 : rows * size.height + (rows - 1) * gap.row,
    columns,
  };
}

export interface PodFrame {
  width: number;
  height: number;
  initLane: { x: number; y: number; grid: Grid };
  bus: { x: number; y: number; width: number; height: number };
  appLane: { x: number; y: number; grid: Grid };
  volumeLane: { x: number; y: number; grid: Grid };
  /** Offset of the first POD_IP:PORT mark on the pod's left side. */
  podPortsTop: number;
}

/**
 * The pod's inside, top to bottom: header (name, IP), init lane, localhost bus, app lane (native sidecars, then app
 * containers), volume lane. Each lane is centred; `busLines` is how many label lines the bus needs.
 */
export function podFrame(counts: { init: number; app: number; volumes: number; podPorts: number; busLines: number }): PodFrame {
  const gap = { column: GAP.column, row: GAP.row };
  const initGrid = grid(counts.init, CONTAINER, MAX_COLUMNS, gap);
  const appGrid = grid(counts.app, CONTAINER, MAX_COLUMNS, gap);
  const volumeGrid = grid(counts.volumes, VOLUME, VOLUME_COLUMNS, gap);
  const inner = Math.max(initGrid.width, appGrid.width, volumeGrid.width, MIN_INNER_WIDTH);
  const laneX = (width: number) => POD_PADDING + (inner - width) / 2;

  let y = POD_HEADER;
  const initY = y;
  if (counts.init > 0) y += initGrid.height + GAP.lane;
  const busHeight = Math.max(BUS_MIN_HEIGHT, 12 + counts.busLines * BUS_LINE);
  const bus = { x: POD_PADDING / 2, y, width: inner + POD_PADDING, height: busHeight };
  y += busHeight + GAP.lane;
  const appY = y;
  y += appGrid.height;
  const volumeY = counts.volumes > 0 ? y + GAP.lane : y;
  if (counts.volumes > 0) y = volumeY + volumeGrid.height;
  const height = Math.max(y + POD_PADDING, appY + counts.podPorts * POD_PORT_SPACING + POD_PADDING);
  return {
    width: inner + 2 * POD_PADDING,
    height,
    initLane: { x: laneX(initGrid.width), y: initY, grid: initGrid },
    bus,
    appLane: { x: laneX(appGrid.width), y: appY, grid: appGrid },
    volumeLane: { x: laneX(volumeGrid.width), y: volumeY, grid: volumeGrid },
    podPortsTop: appY + POD_PORT_SPACING / 2,
  };
}

/** Where a lane column's riser meets the bus: in the gap left of the column, so it passes between nodes. */
export function riserX(laneX: number, column: number): number {
  return laneX + column * (CONTAINER.width + GAP.column) - GAP.column / 2;
}
