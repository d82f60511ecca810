// Which chunk the app's own code goes to (issue 7's size budgets). Left to itself, Rolldown puts modules into one
// chunk per set of entries and lazy imports that reach them, so the embed's first paint was ten files, some of
// 100 bytes, each gzipped on its own and each importing its neighbours' exports by name. Modules that every page
// loads before its first paint are one chunk instead ('app'): smaller once gzipped (the embed's first paint went
// from 148.0 KB in ten files to 146.2 KB in five), and no more code for either page, since both load it all anyway.
// Lazy chunks that need some of it (the editor, the presentation) import it from there: it is always loaded by then.
//
// "Loads before its first paint" is read from the import graph: a module some entry page reaches by static imports.
// The graph does not say which re-exports of a barrel are used: through src/core/index.ts the store would reach the
// whole simulator, of which the first paint uses two helpers. So a barrel's re-exports are not followed; Rolldown
// adds what a captured module really uses (a group takes its modules' dependencies too). A slip either way shows in
// `npm run test:size` as a larger figure, never as a broken page.

/** What a Rolldown code-splitting `name` function may ask about a module (Rolldown's ChunkingContext). */
export interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/** Re-export modules whose importers use a few of their exports: src/core/index.ts, the headless API. */
export const BARRELS = /[\\/]src[\\/]core[\\/]index\.ts$/;

/** The entry modules (the HTML pages) that reach `id` through static imports only, not through a barrel. */
export function entriesReaching(id: string, graph: ModuleGraph, barrels: RegExp = BARRELS): Set<string> {
  const entries = new Set<string>();
  const seen = new Set<string>([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const info = graph.getModuleInfo(next);
    if (!info) continue;
    if (info.isEntry) entries.add(next);
    for (const importer of info.importers) {
      if (!seen.has(importer) && !barrels.test(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return entries;
}

/** A code-splitting group `name` function: 'app' for a module every one of `pageCount` pages loads at once. */
export function sharedInitialChunk(pageCount: number, barrels: RegExp = BARRELS) {
  return (id: string, graph: ModuleGraph): string | null => (entriesReaching(id, graph, barrels).size >= pageCount ? 'app' : null);
}
