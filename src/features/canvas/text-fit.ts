// Whether a line of text on a container node might not fit the node, judged by its length. Only such lines get an
// ellipsis: CSS text-overflow needs the element to clip, and every clip is more work for Chromium on each frame that
// changes anything (its Layerize step: about 1.8 ms a frame for the 150 clipped lines of a 50-container pod).
//
// How many characters fit core's 240 px node (core/graph/lane-layout.ts CONTAINER) in 211 px of text width, with a
// few to spare for wider fonts: the name in 14 px bold monospace (about 8.4 px a character), the image in 11 px
// monospace (6.6 px), the state in 12 px bold sans-serif (a wide word is about 7.5 px a character).
export const FITS = { name: 24, image: 30, state: 26 } as const;

/** The class that clips a line with an ellipsis, when it may not fit; none when it surely does. */
export function clipIfLong(text: string, fits: number): string {
  return text.length > fits ? ' text-ellipsis' : '';
}
