// Size budgets (issue 7), checked by `npm test` (`npm run test:size`, this file run directly) and reported by
// `npm run bench` (bench/bundle-size.bench.ts). What is measured: the JavaScript a page loads before its first
// paint, that is its module entry, every modulepreload link, and anything those import statically (normally the
// same files as the preload links; counted even if a config change stops Vite writing the links), each file
// gzipped at level 9 as a server would send it. 1 KB = 1000 bytes, as size-limit and Vite print them.
// Sizes are deterministic (same sources and lock file, same bytes), so unlike timings they may fail a test run.
//
//   npx tsx scripts/bundle-size.ts               build into a temporary directory, check the budgets
//   npx tsx scripts/bundle-size.ts --dist dist   check an existing build instead
//   … --files                                    also list every file of every page (failing pages always do)
import { init, parse } from 'es-module-lexer';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PageBudget {
  /** How the page is called in messages. */
  name: string;
  /** The built HTML file, relative to the build directory. */
  page: string;
  /** Most initial JavaScript allowed, gzip -9, in KB. */
  budgetKB: number;
}

export const BUDGETS: readonly PageBudget[] = [
  { name: 'main page', page: 'index.html', budgetKB: 190 },
  { name: 'embed', page: 'embed.html', budgetKB: 150 },
];

/** What a page could hardly go below: React 19 and React Flow 12 alone, 5 nodes and 3 animated edges (measured on
 * the team's machine, same build settings), so the figures read as "the app's own code costs this much". */
export const REFERENCE = { what: 'bare React 19 + React Flow 12 page', gzipKB: 126 } as const;

export interface FileSize {
  /** Path relative to the build directory, e.g. "assets/vendor-Vo_QzfME.js". */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageSize {
  name: string;
  page: string;
  files: FileSize[];
  bytes: number;
  gzipBytes: number;
}

/** The module script and modulepreload URLs in a built HTML page, in document order. */
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

await init;

/** The specifiers a built ES module imports (or re-exports from) statically; `import()` is left out: it loads later. */
export function staticImports(code: string): string[] {
  const [imports] = parse(code);
  // d === -1: a static import or export-from; d > -1 is import(), d === -2 is import.meta.
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n as string);
}

const isRelative = (url: string) => url.startsWith('./') || url.startsWith('../') || url.startsWith('/');

/** Resolves a relative URL found in `from` (a path relative to the build directory) to a path in the build directory. */
function resolveIn(from: string, url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(posix.dirname(from), path));
}

/** The JavaScript files `page` loads before it paints, in the order the browser meets them. */
export function initialFiles(read: (file: string) => string, page: string): string[] {
  const seen = new Set<string>();
  const queue = initialScripts(read(page)).filter(isRelative).map((url) => resolveIn(page, url));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const url of staticImports(read(file))) if (isRelative(url)) queue.push(resolveIn(file, url));
  }
  return [...seen];
}

export function measurePage(dist: string, page: PageBudget): PageSize {
  const files = initialFiles((file) => readFileSync(join(dist, file), 'utf8'), page.page).map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const total = (k: 'bytes' | 'gzipBytes') => files.reduce((sum, f) => sum + f[k], 0);
  return { name: page.name, page: page.page, files, bytes: total('bytes'), gzipBytes: total('gzipBytes') };
}

/** Bytes as KB with one decimal. */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

export interface BudgetReport {
  lines: string[];
  /** One sentence per page over its budget; empty when all pages fit. */
  failures: string[];
}

/** Each page's figure beside its budget and the reference; the file list too for failing pages (or all, `allFiles`). */
export function checkBudgets(sizes: readonly PageSize[], budgets: readonly PageBudget[] = BUDGETS, allFiles = false): BudgetReport {
  const lines = [`Initial JS before first paint, gzip -9 (1 KB = 1000 bytes). Reference: ${REFERENCE.what}, ${REFERENCE.gzipKB} KB.`];
  const failures: string[] = [];
  const width = Math.max(...sizes.map((s) => `${s.name} (${s.page})`.length));
  for (const size of sizes) {
    const budget = budgets.find((b) => b.page === size.page);
    if (!budget) throw new Error(`No budget for ${size.page}`);
    const limit = budget.budgetKB * 1000;
    const over = size.gzipBytes > limit;
    const margin = over ? `OVER by ${kb(size.gzipBytes - limit)} KB` : `${kb(limit - size.gzipBytes)} KB to spare`;
    const vsReference = size.gzipBytes - REFERENCE.gzipKB * 1000;
    lines.push(
      `  ${`${size.name} (${size.page})`.padEnd(width)}  ${kb(size.gzipBytes).padStart(6)} KB  budget ${budget.budgetKB} KB, ${margin};` +
        ` reference ${vsReference >= 0 ? '+' : '−'}${kb(Math.abs(vsReference))} KB  (${size.files.length} files, ${kb(size.bytes)} KB minified)`,
    );
    if (over || allFiles) {
      for (const f of [...size.files].sort((a, b) => b.gzipBytes - a.gzipBytes)) lines.push(`      ${kb(f.gzipBytes).padStart(6)} KB  ${f.file}`);
    }
    if (over) {
      failures.push(
        `The ${size.name} (${size.page}) loads ${kb(size.gzipBytes)} KB of JavaScript before its first paint, ${kb(size.gzipBytes - limit)} KB over its budget of ${budget.budgetKB} KB. Load on demand what the first paint does not need (its files are listed above), or split the chunks differently in vite.config.ts.`,
      );
    }
  }
  return { lines, failures };
}

/** A production build of the app into `outDir` (the project's vite.config.ts, nothing else changed). */
export async function buildInto(outDir: string): Promise<void> {
  const { build } = await import('vite');
  // Errors only: the figures are the output; `npm run build` shows the build's own warnings.
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

/** Measures every budgeted page of an existing build (`dist`), or of a fresh one in a temporary directory. */
export async function measureBuild(dist?: string): Promise<PageSize[]> {
  const dir = dist ? resolve(root, dist) : mkdtempSync(join(tmpdir(), 'podscope-size-'));
  try {
    if (!dist) await buildInto(dir);
    return BUDGETS.map((page) => measurePage(dir, page));
  } finally {
    if (!dist) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--dist');
  const dist = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !dist) throw new Error('--dist needs a directory, e.g. --dist dist');
  const report = checkBudgets(await measureBuild(dist), BUDGETS, args.includes('--files'));
  console.log(report.lines.join('\n'));
  for (const failure of report.failures) console.error(`\n${failure}`);
  return report.failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
