// `npm run screenshots`: pictures of the built app for the README and for looking at (docs/ and /tmp/podscope-shots/).
// Needs a build: it serves dist/ with `vite preview` itself.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';

const PORT = 4180;
const OUT = process.env.SHOTS_DIR ?? '/tmp/podscope-shots';
mkdirSync(OUT, { recursive: true });
mkdirSync('docs', { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}/`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

async function stepTo(page: Page, status: string): Promise<void> {
  const step = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 40; i++) {
    if (((await page.getByRole('status', { name: 'Pod status' }).textContent()) ?? '').includes(status)) return;
    await step.click();
  }
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
  const shots: { name: string; width: number; height: number; scheme: 'light' | 'dark'; status: string }[] = [
    { name: 'main-light', width: 1440, height: 900, scheme: 'light', status: 'Init:0/1' },
    { name: 'main-dark', width: 1440, height: 900, scheme: 'dark', status: 'Running' },
    { name: 'narrow', width: 380, height: 800, scheme: 'light', status: 'Running' },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
    await page.goto(base);
    await stepTo(page, shot.status);
    await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: shot.name === 'narrow' });
    if (shot.name === 'main-light') await page.screenshot({ path: 'docs/screenshot.png' });
    await page.close();
  }
  await browser.close();
  console.log(`Screenshots in ${OUT}/ and docs/screenshot.png`);
} finally {
  server.kill();
}
