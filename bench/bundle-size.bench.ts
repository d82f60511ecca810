// The JavaScript each page loads before it can paint, gzipped at level 9 as a server would send it: the main page
// beside the embed entry, measured by scripts/bundle-size.ts (the same code `npm test` checks the budgets with).
// Builds into a temporary directory (so it never races a test run over dist/), or reads an existing build:
// PODSCOPE_DIST=dist npm run bench bundle-size.
import { BUDGETS, kb, measureBuild, REFERENCE } from '../scripts/bundle-size';

export default async function (): Promise<Record<string, unknown>> {
  const existing = process.env.PODSCOPE_DIST;
  const [main, embed] = await measureBuild(existing);
  if (!main || !embed) throw new Error('scripts/bundle-size.ts measured fewer pages than expected');
  const files = (page: typeof main) => page.files.map((f) => `${f.file.replace(/^assets\//, '')} ${kb(f.gzipBytes)} kB gz`);
  const round = (bytes: number) => Math.round(bytes / 100) / 10;
  return {
    'main page initial JS, gzip -9 kB': round(main.gzipBytes),
    'embed initial JS, gzip -9 kB': round(embed.gzipBytes),
    'main page initial JS, minified kB': round(main.bytes),
    'embed initial JS, minified kB': round(embed.bytes),
    budgets: Object.fromEntries(BUDGETS.map((b) => [b.name, `${b.budgetKB} kB`])),
    reference: `${REFERENCE.what}: ${REFERENCE.gzipKB} kB`,
    'main page files': files(main),
    'embed files': files(embed),
    built: existing ? `read ${existing}` : 'fresh build',
  };
}
