// The chunks an inflater produced, as one array (both inflaters count the total as they go, to stop at the cap).
export function joinChunks(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
