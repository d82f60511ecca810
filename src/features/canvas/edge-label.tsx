// An edge's words (a protocol and port, a mount path) as SVG text with a halo in the panel's colour, so it reads
// over lines without a measured background box (React Flow's labels measure each one with getBBox on render).
export function EdgeLabel({ x, y, text }: { x: number; y: number; text: string }) {
  if (!text) return null;
  return (
    <text x={x} y={y} className="edge-label" textAnchor="middle" dominantBaseline="central">
      {text}
    </text>
  );
}
