import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets, initialFiles, initialScripts, measurePage, staticImports, type PageSize } from './bundle-size';

// The head of embed.html as Vite 8 writes it (CSP and stylesheets included, to be skipped).
const EMBED_HTML = `<!doctype html><html><head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" />
    <script type="module" crossorigin src="./assets/embed-BtODjKZ1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-Vo_QzfME.js">
    <link rel="stylesheet" crossorigin href="./assets/vendor-DLioOiRN.css">
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script src="./legacy.js"></script>
  </head><body><div id="root"></div></body></html>`;

describe('initialScripts', () => {
  it('lists the module entry and the modulepreload links, in document order, and nothing else', () => {
    expect(initialScripts(EMBED_HTML)).toEqual(['./assets/embed-BtODjKZ1.js', './assets/vendor-Vo_QzfME.js']);
  });

  it('reads unquoted attributes, single quotes and any attribute order', () => {
    const html = `<link href='./a.js' rel=modulepreload><script src="./b.js" type=module></script>`;
    expect(initialScripts(html)).toEqual(['./a.js', './b.js']);
  });
});

describe('staticImports', () => {
  it('finds imports and re-exports, but not import() or file names in strings', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy-A.js","./lazy-A.css"])))=>i.map(i=>d[i]);\n' +
      'import{_ as e}from"./vendor-V.js";import"./side-effect.js";' +
      'const x=()=>e(()=>import("./lazy-A.js"),__vite__mapDeps([0,1]));export{t as EmbedView}from"./embed-view-B.js";';
    expect(staticImports(code)).toEqual(['./vendor-V.js', './side-effect.js', './embed-view-B.js']);
  });
});

describe('initialFiles', () => {
  const files: Record<string, string> = {
    'embed.html': '<script type="module" src="./assets/entry.js"></script><link rel="modulepreload" href="./assets/vendor.js">',
    'assets/entry.js': 'import"./vendor.js";import{a}from"./shared.js";const l=()=>import("./lazy.js");',
    'assets/vendor.js': 'export const v=1;',
    'assets/shared.js': 'import"./vendor.js";import"../top.js";export const a=1;',
    'top.js': '',
    'assets/lazy.js': 'import"./never.js";',
  };
  const read = (file: string) => {
    const text = files[file];
    if (text === undefined) throw new Error(`read ${file}`);
    return text;
  };

  it('follows static imports from the entry, including files with no preload link, each file once', () => {
    expect(initialFiles(read, 'embed.html')).toEqual(['assets/entry.js', 'assets/vendor.js', 'assets/shared.js', 'top.js']);
  });
});

describe('measurePage', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds up the minified and the gzip -9 size of each initial file', () => {
    dir = mkdtempSync(join(tmpdir(), 'bundle-size-test-'));
    mkdirSync(join(dir, 'assets'));
    const entry = `import"./dep.js";${'console.log("podscope");'.repeat(50)}`;
    const dep = 'export const big = 1;'.repeat(10);
    writeFileSync(join(dir, 'index.html'), '<script type="module" crossorigin src="./assets/entry.js"></script>');
    writeFileSync(join(dir, 'assets/entry.js'), entry);
    writeFileSync(join(dir, 'assets/dep.js'), dep);
    const size = measurePage(dir, { name: 'main page', page: 'index.html', budgetKB: 190 });
    const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
    expect(size.files.map((f) => f.file)).toEqual(['assets/entry.js', 'assets/dep.js']);
    expect(size.bytes).toBe(entry.length + dep.length);
    expect(size.gzipBytes).toBe(gz(entry) + gz(dep));
  });
});

describe('checkBudgets', () => {
  const budgets = [
    { name: 'main page', page: 'index.html', budgetKB: 190 },
    { name: 'embed', page: 'embed.html', budgetKB: 150 },
  ];
  const page = (name: string, file: string, gzipBytes: number): PageSize => ({
    name,
    page: file,
    files: [
      { file: 'assets/vendor.js', bytes: 400_000, gzipBytes: 126_100 },
      { file: 'assets/app.js', bytes: 60_000, gzipBytes: gzipBytes - 126_100 },
    ],
    bytes: 460_000,
    gzipBytes,
  });

  it('passes pages within budget (the budget itself included) and prints each beside its budget and the reference', () => {
    const report = checkBudgets([page('main page', 'index.html', 166_200), page('embed', 'embed.html', 150_000)], budgets);
    expect(report.failures).toEqual([]);
    expect(report.lines[0]).toMatch(/Reference: .*126 KB/);
    expect(report.lines[1]).toMatch(/main page \(index\.html\)\s+166\.2 KB {2}budget 190 KB, 23\.8 KB to spare; reference \+40\.2 KB/);
    expect(report.lines[2]).toMatch(/embed \(embed\.html\)\s+150\.0 KB {2}budget 150 KB, 0\.0 KB to spare/);
    expect(report.lines).toHaveLength(3);
  });

  it('fails a page over its budget by a byte, names it and the overshoot, and lists its files largest first', () => {
    const report = checkBudgets([page('main page', 'index.html', 166_200), page('embed', 'embed.html', 151_700)], budgets);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatch(/^The embed \(embed\.html\) loads 151\.7 KB .* 1\.7 KB over its budget of 150 KB/);
    expect(report.lines.join('\n')).toMatch(/OVER by 1\.7 KB[^\n]*\n\s+126\.1 KB {2}assets\/vendor\.js\n\s+25\.6 KB {2}assets\/app\.js$/);
    expect(checkBudgets([page('embed', 'embed.html', 150_001)], budgets).failures).toHaveLength(1);
  });

  it('refuses a page that has no budget rather than passing it', () => {
    expect(() => checkBudgets([page('other', 'other.html', 1)], budgets)).toThrow(/No budget for other\.html/);
  });
});
