import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy';
import { presetsPlugin } from './scripts/vite/presets-plugin';
import { sharedInitialChunk } from './scripts/vite/shared-chunk';

const pages = { main: 'index.html', embed: 'embed.html' };

// base './': every asset path is relative, so dist/ works when served from any sub-path.
// Two pages: the full app (index.html) and the embed (embed.html), which has no editor.
export default defineConfig({
  base: './',
  // The Content-Security-Policy goes into the built pages only (scripts/vite/content-security-policy.ts says why).
  plugins: [react(), presetsPlugin(fileURLToPath(new URL('.', import.meta.url))), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // Every browser that runs es2022 modules supports <link rel="modulepreload">: no polyfill on the pages.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      input: pages,
      output: {
        codeSplitting: {
          groups: [
            // React and React Flow in one chunk both pages share: one big file compresses better than many small ones.
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@xyflow|d3-|zustand|use-sync-external-store|classcat)[\\/]/ },
            // The app's code that every page needs before its first paint, in one chunk too (shared-chunk.ts says why).
            { name: sharedInitialChunk(Object.keys(pages).length), tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
