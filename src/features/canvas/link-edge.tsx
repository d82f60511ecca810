// The pod's structure as quiet lines: a container tapping the localhost bus, init order 1 → 2 → 3, and volume
// mounts no flow runs over. They never animate.
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { EdgeLabel } from './edge-label';
import { edgeLabelPosition } from './edge-label-position';
import type { CanvasEdgeData } from './flow-edge';

export type LinkFlowEdge = Edge<CanvasEdgeData, 'link'>;

function LinkEdgeView(props: EdgeProps<LinkFlowEdge>) {
  const [path, midX, midY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    targetX: props.targetX,
    targetY: props.targetY,
    sourcePosition: props.sourcePosition,
    targetPosition: props.targetPosition,
    borderRadius: 6,
  });
  const labelAt = edgeLabelPosition(props.data, props, { x: midX, y: midY });
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        className={`link-edge link-${props.data?.kind ?? 'attach'}`}
        markerEnd={props.markerEnd}
      />
      <EdgeLabel at={labelAt} text={props.data?.label ?? ''} />
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
