// Run before the browser tests: make sure a Chromium is there, or say how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser-path.mjs';

const HOW_TO = `
No Chromium found for the browser tests. Any one of these fixes it:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - any machine with internet:  npx playwright install chromium
  - point at a browser you have:  PODSCOPE_CHROMIUM=/path/to/chrome npm test
`;

if (process.env.PODSCOPE_CHROMIUM && !findChromium()) {
  console.error(`PODSCOPE_CHROMIUM is set to ${process.env.PODSCOPE_CHROMIUM}, but there is no file there.`);
  process.exit(1);
}
if (!findChromium()) {
  console.log('No Chromium found; trying `playwright install chromium` …');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (!findChromium()) {
    console.error(HOW_TO);
    process.exit(1);
  }
}
const found = findChromium();
console.log(`Browser tests use ${found?.path ?? "Playwright's own Chromium"}`);
