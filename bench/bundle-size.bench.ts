// The JavaScript each page loads before it can paint (its module entry and every modulepreload link), gzipped at
// level 9 as a server would send it: the main page beside the embed entry. Builds into a temporary directory
// (so it never races a test run over dist/), or reads an existing build: PODSCOPE_DIST=dist npm run bench bundle-size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The script and modulepreload URLs in a built HTML page, in document order. */
export function initialScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module\b/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload\b/.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isModule || isPreload) && url) urls.push(url);
  }
  return urls;
}

function pageFigures(dist: string, page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = initialScripts(html).map((url) => {
    const bytes = readFileSync(join(dist, url.replace(/^\.?\//, '')));
    return { file: url.replace(/^\.\/assets\//, ''), kB: bytes.length / 1000, gzipKB: gzipSync(bytes, { level: 9 }).length / 1000 };
  });
  const sum = (k: 'kB' | 'gzipKB') => Math.round(files.reduce((a, f) => a + f[k], 0) * 10) / 10;
  return { gzipKB: sum('gzipKB'), minifiedKB: sum('kB'), files: files.map((f) => `${f.file} ${Math.round(f.gzipKB * 10) / 10} kB gz`) };
}

export default async function (): Promise<Record<string, unknown>> {
  const existing = process.env.PODSCOPE_DIST;
  const dist = existing ? resolve(root, existing) : mkdtempSync(join(tmpdir(), 'podscope-bundle-'));
  try {
    if (!existing) {
      const { build } = await import('vite');
      await build({ root, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
    }
    const main = pageFigures(dist, 'index.html');
    const embed = pageFigures(dist, 'embed.html');
    return {
      'main page initial JS, gzip -9 kB': main.gzipKB,
      'embed initial JS, gzip -9 kB': embed.gzipKB,
      'main page initial JS, minified kB': main.minifiedKB,
      'embed initial JS, minified kB': embed.minifiedKB,
      'main page files': main.files,
      'embed files': embed.files,
      built: existing ? `read ${existing}` : 'fresh build',
    };
  } finally {
    if (!existing) rmSync(dist, { recursive: true, force: true });
  }
}
