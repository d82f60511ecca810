import { describe, expect, it } from 'vitest';
import { entriesReaching, sharedInitialChunk, type ModuleGraph } from './shared-chunk';

// index.html → main → {store, editor-dep}; editor is lazy (no static edge); embed.html → embed → view → store;
// store ⇄ selectors import each other.
const importers: Record<string, string[]> = {
  'index.html': [],
  'embed.html': [],
  main: ['index.html'],
  embed: ['embed.html'],
  view: ['embed'],
  store: ['main', 'view', 'selectors'],
  selectors: ['store'],
  editor: [],
  'editor-dep': ['editor', 'main'],
  '/repo/src/core/index.ts': ['view', 'main'],
  simulator: ['/repo/src/core/index.ts', 'editor'],
};
const graph: ModuleGraph = {
  getModuleInfo: (id) => (id in importers ? { isEntry: id.endsWith('.html'), importers: importers[id] ?? [] } : null),
};

describe('shared initial chunk', () => {
  it('finds the pages that reach a module by static imports, through cycles and shared parents', () => {
    expect([...entriesReaching('store', graph)].sort()).toEqual(['embed.html', 'index.html']);
    expect([...entriesReaching('selectors', graph)].sort()).toEqual(['embed.html', 'index.html']);
    expect([...entriesReaching('view', graph)]).toEqual(['embed.html']);
    expect([...entriesReaching('editor', graph)]).toEqual([]);
    expect([...entriesReaching('unknown', graph)]).toEqual([]);
  });

  it('does not follow a barrel: its importers may use none of what it re-exports', () => {
    expect([...entriesReaching('simulator', graph)]).toEqual([]);
    expect([...entriesReaching('simulator', graph, /^$/)].sort()).toEqual(['embed.html', 'index.html']);
    expect(sharedInitialChunk(2)('simulator', graph)).toBeNull();
  });

  it("puts into 'app' only what every page loads at once", () => {
    const name = sharedInitialChunk(2);
    expect(name('store', graph)).toBe('app');
    expect(name('view', graph)).toBeNull();
    expect(name('editor-dep', graph)).toBeNull();
  });
});
