// An edge's words (a protocol and port, a mount path) as SVG text with a halo in the panel's colour, so it reads
// over lines without a measured background box (React Flow's labels measure each one with getBBox on render).
import type { LabelPlace } from './edge-label-position';

export function EdgeLabel({ at, text }: { at: LabelPlace; text: string }) {
  if (!text) return null;
  return (
    <text x={at.x} y={at.y} className="edge-label" textAnchor={at.anchor} dominantBaseline="central">
      {text}
    </text>
  );
}
