import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { presetsPlugin } from './scripts/vite/presets-plugin';

// Core and store tests run in plain Node: src/core must not need a DOM or a bundler. The store's preset catalog is
// made by the same build-time plugin as in the app.
export default defineConfig({
  plugins: [presetsPlugin(fileURLToPath(new URL('.', import.meta.url)))],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
