// A stable, made-up pod IP: the same pod name always gets the same 10.244.x.y (the flannel default pod CIDR),
// so pictures and links agree; a real pod gets its IP from the node's pod CIDR when its sandbox is created.

/** FNV-1a, 32 bits: small, fast and well spread for short names. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** "web-7d4b9" → e.g. "10.244.183.42": in 10.244.0.0/16, never a .0 or .255 host part. */
export function podIp(name: string): string {
  const hash = fnv1a(name);
  const x = (hash >>> 16) & 0xff;
  const y = 1 + ((hash & 0xffff) % 254);
  return `10.244.${x}.${y}`;
}
