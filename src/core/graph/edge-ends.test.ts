import { describe, expect, it } from 'vitest';
import { HANDLE_OUTSET, edgeEnds, indexHandles } from './edge-ends';
import type { HandleSpec, PodGraphNode, UnnamedEdge } from './graph-types';

// A pod at (300, 0) holding one container at (40, 150) inside it, and a client outside on the left.
const podNode: PodGraphNode = {
  id: 'pod',
  type: 'pod',
  position: { x: 300, y: 0 },
  width: 600,
  height: 400,
  data: { name: 'web', namespace: 'default', podIp: '10.244.0.1', shareProcessNamespace: false, restartPolicy: 'Always', ports: [], ariaLabel: 'Pod web' },
};
const web: PodGraphNode = {
  id: 'container:web',
  type: 'container',
  parentId: 'pod',
  position: { x: 40, y: 150 },
  width: 240,
  height: 120,
  data: { name: 'web', image: 'nginx:1.27', containerKind: 'app', role: 'main', roleLabel: 'main', ports: [], conflict: false },
};
const client: PodGraphNode = {
  id: 'external:client',
  type: 'external',
  position: { x: 0, y: 150 },
  width: 180,
  height: 64,
  data: { external: 'client', label: 'client', ariaLabel: 'outside the pod: client' },
};
const nodes = new Map([podNode, web, client].map((n) => [n.id, n]));
const handles = indexHandles(new Map<string, HandleSpec[]>([
  ['pod', [
    { id: 'port-8080-in', type: 'target', side: 'left', offset: 164 },
    { id: 'port-8080-out', type: 'source', side: 'left', offset: 164 },
  ]],
  ['container:web', [
    { id: 'left-in', type: 'target', side: 'left', offset: 60 },
    { id: 'under-in', type: 'target', side: 'bottom', offset: 40 },
  ]],
  ['external:client', [{ id: 'right-out', type: 'source', side: 'right', offset: 32 }]],
]));

const edge = (source: string, sourceHandle: string, target: string, targetHandle: string): UnnamedEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  sourceHandle,
  targetHandle,
  label: '',
  kind: 'ingress',
  shape: 'bezier',
});

describe('edgeEnds', () => {
  it('ends a line HANDLE_OUTSET outside a box’s side, at the handle’s offset, in canvas coordinates', () => {
    const ends = edgeEnds(edge('external:client', 'right-out', 'container:web', 'left-in'), nodes, handles);
    // client's right side: 0 + 180 + 3; its middle: 150 + 32. web's left side: 300 + 40 − 3, at 0 + 150 + 60.
    expect(ends.from).toEqual({ x: 180 + HANDLE_OUTSET, y: 182, facing: 'right' });
    expect(ends.to).toEqual({ x: 340 - HANDLE_OUTSET, y: 210, facing: 'left' });
  });

  it('a line through a POD_IP:PORT mark joins it on the pod’s boundary', () => {
    const { to } = edgeEnds(edge('external:client', 'right-out', 'pod', 'port-8080-in'), nodes, handles);
    expect(to).toEqual({ x: 300, y: 164, facing: 'left' });
  });

  it('adds the parent’s position to a child’s, and places the line over the pod', () => {
    const ends = edgeEnds(edge('pod', 'port-8080-out', 'container:web', 'under-in'), nodes, handles);
    // web's box on the canvas: (300 + 40, 0 + 150), 240 × 120; under-in is 40 along its bottom.
    expect(ends.to).toEqual({ x: 340 + 40, y: 150 + 120 + HANDLE_OUTSET, facing: 'bottom' });
    expect(ends.insidePod).toBe(true);
  });

  it('traffic leaves a POD_IP:PORT mark inward, though the mark sits on the pod’s left side', () => {
    const { from } = edgeEnds(edge('pod', 'port-8080-out', 'container:web', 'left-in'), nodes, handles);
    expect(from).toEqual({ x: 300, y: 164, facing: 'right' });
  });

  it('a line between two nodes outside the pod is not drawn over it', () => {
    expect(edgeEnds(edge('external:client', 'right-out', 'pod', 'port-8080-in'), nodes, handles).insidePod).toBe(false);
  });

  it('a handle that was never declared ends the line at the node’s middle rather than failing', () => {
    const { to } = edgeEnds(edge('external:client', 'right-out', 'container:web', 'top-in'), nodes, handles);
    expect(to).toEqual({ x: 340 + 120, y: 150 + 60, facing: 'right' });
  });
});
