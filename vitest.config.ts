import { defineConfig } from 'vitest/config';

// Core and store tests run in plain Node: src/core must not need a DOM or a bundler.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
