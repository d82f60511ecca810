// Which Chromium the browser tests and benchmarks drive.
// Order: $PODSCOPE_CHROMIUM (or $CHROME_PATH), then the system's Chromium (Debian: /usr/bin/chromium),
// then the browser Playwright installed itself (`npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that keep a headless Chromium quiet on a machine without internet (and as root in CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @returns {{ path: string | undefined, source: string } | null}
 *   path undefined means "Playwright's own browser"; null means none was found.
 */
export function findChromium() {
  const fromEnv = process.env.PODSCOPE_CHROMIUM || process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'env' } : null;
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  try {
    if (existsSync(chromium.executablePath())) return { path: undefined, source: 'playwright' };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}
