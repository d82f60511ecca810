import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser-path.mjs';

// The tests run against the production build (vite build + preview), the same files users get.
const browser = findChromium();
// PODSCOPE_E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PODSCOPE_E2E_PORT ?? 4173);
/** Browser tests that measure how long the page takes (e2e/typing-into-a-huge-spec.spec.ts). */
const TIMING_TESTS = /typing-into-a-huge-spec\.spec\.ts/;

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser?.path, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // Timing tests run last and alone: with a second browser on the two cores, a task's length says more about the
  // machine than about the page.
  projects: [
    { name: 'app', testIgnore: TIMING_TESTS },
    { name: 'timing', testMatch: TIMING_TESTS, dependencies: ['app'], fullyParallel: false },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
