// Measures, in screen pixels, the size of every visible text on the pod canvas: an HTML element's computed font size
// times React Flow's viewport zoom (the one transform on the canvas), an SVG text's font size times its screen
// matrix. Text hidden by CSS, outside the canvas, or cut off by its node's box is not on screen and is left
// out. Runs in the page: pass it to page.evaluate.
export interface CanvasText {
  text: string;
  /** On-screen font size, CSS px. */
  px: number;
  /** The element's first class (container name, state, edge label, …), to say which text a failure is. */
  kind: string;
}

export function measureCanvasText(): { zoom: number; texts: CanvasText[] } {
  const flow = document.querySelector<HTMLElement>('.react-flow');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
  const texts: CanvasText[] = [];
  if (!flow) return { zoom, texts };
  const bounds = flow.getBoundingClientRect();
  const inside = (r: DOMRect, box: DOMRect) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  const walker = document.createTreeWalker(flow, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent?.trim();
    if (!el || !text || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || parseFloat(style.fontSize) === 0) continue;
    let transparent = false;
    for (let a: Element | null = el; a && a !== flow; a = a.parentElement) if (getComputedStyle(a).opacity === '0') transparent = true;
    if (transparent) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue; // display: none, or no box
    if (rect.right <= bounds.left || rect.left >= bounds.right || rect.bottom <= bounds.top || rect.bottom >= bounds.bottom + rect.height) continue;
    // A container's lines that do not fit its box are moved out of it (present.css) and clipped: not on screen.
    const node = el.closest('.react-flow__node-container');
    if (node && !inside(rect, node.getBoundingClientRect())) continue;
    // Nothing on the canvas is scaled but by the viewport: its zoom, or the SVG screen matrix that includes it.
    const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : viewport?.contains(el) ? zoom : 1;
    const kind = el.closest('[class]')?.classList[0] ?? el.tagName.toLowerCase();
    texts.push({ text: text.slice(0, 40), px: Math.round(parseFloat(style.fontSize) * scale * 10) / 10, kind });
  }
  return { zoom, texts };
}
