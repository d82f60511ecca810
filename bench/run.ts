// `npm run bench`: runs every bench/*.bench.ts in turn, prints its figures, and writes bench/results.json.
// Figures only: medians of several runs, nothing here passes or fails on time.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<Record<string, unknown>> };
  console.log(`\n== ${file}`);
  const figures = await mod.default();
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${JSON.stringify(value)}`);
  results[file.replace(/\.bench\.ts$/, '')] = figures;
}
if (!only) writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
