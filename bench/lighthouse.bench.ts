// Lighthouse's performance score and first contentful paint for the main page and the embed, on a fresh production
// build served by vite preview: Lighthouse's default settings (a mid-range phone, simulated slow 4G and 4x CPU
// slowdown), headless Chromium (the tests' one, scripts/browser-path.mjs). Three runs a page, medians of each
// figure; a bare React 19 + React Flow 12 page scores 0.99 on the team's machine. Figures only, nothing fails.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ARTICLE_POD_YAML } from '../src/core/examples/article-pod';
import { encodeFragment } from '../src/core/share/fragment';
import { findChromium } from '../scripts/browser-path.mjs';
import { buildInto } from '../scripts/bundle-size';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 3;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export default async function (): Promise<Record<string, unknown>> {
  const found = findChromium();
  if (!found) throw new Error('No Chromium for Lighthouse: see scripts/ensure-browser.mjs');
  const chromePath = found.path ?? chromium.executablePath();
  const dist = mkdtempSync(join(tmpdir(), 'podscope-lighthouse-'));
  let server: Awaited<ReturnType<typeof import('vite').preview>> | undefined;
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    await buildInto(dist);
    const { preview } = await import('vite');
    // Port 0: any free one, so a bench never collides with a test run's server.
    server = await preview({ root, logLevel: 'error', build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview gave no URL');
    chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const pages = {
      'main page': base,
      // As the Embed dialog makes it: the article's pod, compressed.
      'embed (z= link)': `${base}embed.html#${encodeFragment({ text: ARTICLE_POD_YAML }, { compress: true })}`,
    };
    const figures: Record<string, unknown> = {};
    let version = '';
    for (const [name, url] of Object.entries(pages)) {
      const scores: number[] = [];
      const fcps: number[] = [];
      const others: string[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        version = lhr.lighthouseVersion;
        scores.push(lhr.categories.performance?.score ?? NaN);
        fcps.push(lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
        const ms = (audit: string) => Math.round(lhr.audits[audit]?.numericValue ?? NaN);
        others.push(`LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, SI ${ms('speed-index')} ms`);
      }
      figures[`${name}, Lighthouse performance score (median of ${RUNS})`] = median(scores);
      figures[`${name}, first contentful paint ms (median of ${RUNS})`] = Math.round(median(fcps));
      figures[`${name}, runs (score, FCP, and the rest of the score)`] = scores.map((s, i) => `${s}, FCP ${Math.round(fcps[i] ?? NaN)} ms, ${others[i]}`);
    }
    figures.settings = `Lighthouse ${version} defaults (mobile, simulated throttling), ${CHROME_FLAGS.slice(0, 3).join(' ')}`;
    return figures;
  } finally {
    await chrome?.kill();
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

