// The canvas as a picture, React Flow's documented way (learn/advanced-use/download-image): render the viewport
// element with html-to-image, transformed so the whole pod fits the image. html-to-image is loaded on demand, so
// it costs nothing until someone exports.
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import type { PodGraph } from '../../core/graph/graph-types';

const PADDING = 24;

export type ImageFormat = 'png' | 'svg';

export async function canvasImage(graph: PodGraph, format: ImageFormat): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.pod-canvas .react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not on the page.');
  // Child positions are relative to their parent, so the top-level nodes alone give the pod's bounds.
  const bounds = getNodesBounds(graph.nodes.filter((n) => !n.parentId).map((n) => ({ id: n.id, position: n.position, width: n.width, height: n.height, data: {} })));
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.5, 2, 0);
  const options = {
    backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--panel').trim() || '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  const { toPng, toSvg } = await import('html-to-image');
  return format === 'png' ? toPng(viewport, { ...options, pixelRatio: 2 }) : toSvg(viewport, options);
}
