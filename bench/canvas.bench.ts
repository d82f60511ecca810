// The canvas in headless Chromium, on the production build (dist/, built afresh, served by vite preview):
// - with the CPU throttled 4× (DevTools protocol), while a 20-container pod with 36 flows plays: the JavaScript
//   time per animation frame (median, p95), from a performance trace and from a clock in the page (the trace's
//   recording costs the page time of its own), and the longest task;
// - unthrottled, for a 5- and a 50-container pod: the time from a keystroke in the editor (renaming a container) to
//   the canvas redrawn with the new name (the frame after it is in the page) and to the frame that shows it
//   presented (Element Timing), for the first keys after loading and for keys once typing is under way.
// Figures only, nothing passes or fails.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser-path.mjs';
import { round } from './median';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A pod of n containers: two init containers, an Envoy native sidecar, apps on their own ports writing to a shared
 * logs volume, and a Fluent Bit shipper reading it. The last line is the last container's name, for typing into. */
function busyPodYaml(n: number): string {
  const apps = n - 4;
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', `  name: bench-${n}`, 'spec:', '  initContainers:'];
  for (let i = 0; i < 2; i++) lines.push(`  - name: init-${i}`, '    image: busybox:1.36', `    command: ['sh', '-c', 'sleep ${i + 1}']`);
  lines.push('  - name: envoy', '    image: envoyproxy/envoy:v1.31', '    restartPolicy: Always', '    ports:', '    - containerPort: 9901');
  lines.push('  volumes:', '  - name: logs', '    emptyDir: {}');
  lines.push('  containers:');
  lines.push('  - name: fluent-bit', '    image: fluent/fluent-bit:3.1', '    volumeMounts:', '    - {name: logs, mountPath: /var/log, readOnly: true}');
  for (let i = 0; i < apps; i++) {
    lines.push(`  - image: example/app-${i}:1.0`, '    ports:', `    - containerPort: ${8000 + i}`);
    lines.push('    volumeMounts:', `    - {name: logs, mountPath: /var/log/app-${i}}`, `    name: app-${i}`);
  }
  return lines.join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function serve(): Promise<{ url: string; preview: ChildProcess }> {
  // Always a fresh build: measuring a stale dist/ would credit or blame the wrong code.
  execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  const port = await freePort();
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, preview };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

async function loadPod(page: Page, yaml: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Pod spec' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(yaml);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } };

/**
 * Script run on the renderer's main thread per frame (frames start at BeginMainThreadFrame), in ms: wall time (dur)
 * or the thread's own CPU time (tdur). Both include the 4× throttle (Chromium's throttle keeps the thread busy); only
 * wall time grows when other processes crowd the machine, so the two side by side tell a busy machine from a slow
 * page. Only outermost script events count, so a FunctionCall inside a FireAnimationFrame is not counted twice.
 */
function scriptPerFrame(events: TraceEvent[], clock: 'dur' | 'tdur'): { frames: number[]; longestTaskMs: number } {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return { frames: [], longestTaskMs: NaN };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const frameStarts = onMain.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts).sort((a, b) => a - b);
  const SCRIPT = new Set(['FireAnimationFrame', 'FunctionCall', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'EvaluateScript', 'FireIdleCallback']);
  const scripts = onMain.filter((e) => e.ph === 'X' && SCRIPT.has(e.name) && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const frames = new Array<number>(Math.max(0, frameStarts.length - 1)).fill(0);
  let outerEnd = -Infinity;
  let frame = 0;
  for (const e of scripts) {
    if (e.ts < outerEnd) continue;
    outerEnd = e.ts + (e.dur ?? 0);
    while (frame + 1 < frameStarts.length && (frameStarts[frame + 1] ?? Infinity) <= e.ts) frame++;
    if (frame < frames.length && e.ts >= (frameStarts[0] ?? Infinity)) frames[frame] = (frames[frame] ?? 0) + (e[clock] ?? 0) / 1000;
  }
  const tasks = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const longestTaskMs = tasks.reduce((m, e) => Math.max(m, (e[clock] ?? 0) / 1000), 0);
  return { frames, longestTaskMs };
}

const PLAY_SECONDS = 10;

/**
 * The page's own count of its JavaScript per animation frame, without tracing (which costs the page time of its
 * own on every call it records): every entry point the app uses while playing (animation frame callbacks,
 * React's scheduler tasks on a MessagePort, timers, Worker messages) is timed through the microtasks it queues, and
 * summed per frame (frames start at the first animation frame callback, registered before the app's). A string:
 * tsx would rewrite a function for a helper the page does not have.
 */
const IN_PAGE_FRAME_CLOCK = `(() => {
  const frames = [0];
  window.__podscopeFrames = frames;
  window.__podscopeMeasure = false;
  const now = () => performance.now();
  const timed = (fn) => function (...args) {
    if (!window.__podscopeMeasure) return fn.apply(this, args);
    const start = now();
    const frame = frames.length - 1;
    try { return fn.apply(this, args); } finally { queueMicrotask(() => { frames[frame] += now() - start; }); }
  };
  const raf = window.requestAnimationFrame.bind(window);
  const tick = () => { if (window.__podscopeMeasure) frames.push(0); raf(tick); };
  raf(tick);
  window.requestAnimationFrame = (cb) => raf(timed(cb));
  const st = window.setTimeout.bind(window);
  window.setTimeout = (cb, ...rest) => st(typeof cb === 'function' ? timed(cb) : cb, ...rest);
  for (const proto of [MessagePort.prototype, Worker.prototype]) {
    const d = Object.getOwnPropertyDescriptor(proto, 'onmessage');
    Object.defineProperty(proto, 'onmessage', { configurable: true, get() { return d.get.call(this); }, set(fn) { d.set.call(this, typeof fn === 'function' ? timed(fn) : fn); } });
  }
})();`;

interface PlayRun {
  flows: number;
  flowEdges: number;
  dots: number;
  status: string;
  frames: number;
  wall: [number, number];
  cpu: [number, number];
  longestTask: [number, number];
  longTasks: number[];
}

async function playOnce(browser: Browser, url: string, clock: 'trace' | 'in-page'): Promise<PlayRun> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  if (clock === 'in-page') await page.addInitScript({ content: IN_PAGE_FRAME_CLOCK });
  await page.goto(url);
  await loadPod(page, busyPodYaml(20));
  await page.getByRole('button', { name: /^app-15, / }).waitFor();
  await page.waitForTimeout(500);
  // A flow through a port mark (POD_IP:PORT, localhost:PORT) is drawn as two edges with one flow id.
  const flowIds = await page.locator('.canvas-edge.is-flow').evaluateAll((edges) => edges.map((e) => e.getAttribute('data-flow-id') ?? ''));
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // At 5× the pod's start-up (image pulls, starts, probes: every container changing state) plays in about 10 s.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('5');
  if (clock === 'trace') {
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
  } else {
    await page.evaluate(() => void ((window as unknown as { __podscopeMeasure: boolean }).__podscopeMeasure = true));
  }
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(PLAY_SECONDS * 1000);
  // A stopped flow's dots are in the page, hidden: count the shown ones.
  const dots = await page.locator('.edge-layer .is-flowing circle').count();
  const status = (await page.getByRole('status', { name: 'Pod status' }).locator('.kubectl-status').textContent()) ?? '';
  const inPage = clock === 'in-page' ? await page.evaluate(() => (window as unknown as { __podscopeFrames: number[] }).__podscopeFrames.slice(1, -1)) : null;
  const trace = clock === 'trace' ? (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }) : null;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await page.close();
  const wall = trace ? scriptPerFrame(trace.traceEvents, 'dur') : { frames: inPage ?? [], longestTaskMs: NaN };
  const cpu = trace ? scriptPerFrame(trace.traceEvents, 'tdur') : wall;
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const medianAndP95 = (xs: number[]): [number, number] => [round(percentile(sorted(xs), 50)), round(percentile(sorted(xs), 95))];
  return {
    flows: new Set(flowIds).size,
    flowEdges: flowIds.length,
    dots,
    status,
    frames: wall.frames.length,
    wall: medianAndP95(wall.frames),
    cpu: medianAndP95(cpu.frames),
    longestTask: [round(wall.longestTaskMs), round(cpu.longestTaskMs)],
    longTasks,
  };
}

/** Runs of the playing measurement; each figure is the median over the runs, with every run's p95 beside it. */
const PLAY_RUNS = 3;

async function playingFrames(browser: Browser, url: string): Promise<Record<string, unknown>> {
  const traced: PlayRun[] = [];
  const inPage: PlayRun[] = [];
  for (let i = 0; i < PLAY_RUNS; i++) {
    traced.push(await playOnce(browser, url, 'trace'));
    inPage.push(await playOnce(browser, url, 'in-page'));
  }
  const mid = (runs: PlayRun[], pick: (r: PlayRun) => number) => round(percentile(runs.map(pick).sort((a, b) => a - b), 50));
  const first = traced[0];
  return {
    'flows, 20 containers (flow edges on the canvas)': `${first?.flows} (${first?.flowEdges})`,
    'moving dots at the end of the run': first?.dots,
    'pod status at the end of the run': first?.status,
    [`traced: frames per run (${PLAY_SECONDS} s playing at 5×, CPU 4× throttled), median of ${PLAY_RUNS}`]: mid(traced, (r) => r.frames),
    [`traced: JS ms per frame, median / p95 (wall time, throttled 4×), median of ${PLAY_RUNS} runs`]: [mid(traced, (r) => r.wall[0]), mid(traced, (r) => r.wall[1])],
    'traced: JS ms per frame, p95 of each run': traced.map((r) => r.wall[1]),
    [`traced: JS ms per frame, median / p95 (thread CPU time, throttled 4×), median of ${PLAY_RUNS} runs`]: [mid(traced, (r) => r.cpu[0]), mid(traced, (r) => r.cpu[1])],
    'traced: longest task ms, wall throttled / thread CPU, median of runs': [mid(traced, (r) => r.longestTask[0]), mid(traced, (r) => r.longestTask[1])],
    [`in-page clock: frames per run, median of ${PLAY_RUNS}`]: mid(inPage, (r) => r.frames),
    [`in-page clock: JS ms per frame, median / p95 (throttled 4×), median of ${PLAY_RUNS} runs`]: [mid(inPage, (r) => r.wall[0]), mid(inPage, (r) => r.wall[1])],
    'in-page clock: JS ms per frame, p95 of each run': inPage.map((r) => r.wall[1]),
    'long tasks ≥ 50 ms per run (PerformanceObserver, untraced runs), count / longest, median of runs': [
      mid(inPage, (r) => r.longTasks.length),
      mid(inPage, (r) => Math.max(0, ...r.longTasks)),
    ],
  };
}

/**
 * Keys typed per pod size: the first ones after the pod is loaded ("first keys": the page's code has not run this
 * path yet), then some unmeasured, then the rest ("warmed up": someone typing a name carries on typing).
 */
const FIRST_KEYS = 11;
const UNMEASURED_KEYS = 10;
const WARM_KEYS = 20;

interface KeyTiming {
  /** The key to the frame after the new name is in the page: an animation frame, then a task after it. */
  done: number;
  /** The key to the presentation of the frame that shows the new name (Element Timing's renderTime). */
  painted: number;
}

/**
 * Fresh pages per pod size, in one browser (which may keep compiled code between pages of one origin, as for a
 * returning visitor): the first keys of one page are few, and their median moved by 10 ms between runs.
 */
const KEYSTROKE_PAGES = 3;

/** The keys typed on one fresh page: the first ones, then the warmed-up ones. */
async function typeOnFreshPage(browser: Browser, url: string, containers: number): Promise<{ first: KeyTiming[]; warm: KeyTiming[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url);
  // The last container in the text is the last app: its name is the text's last line, where the keys go.
  const last = `app-${containers - 5}`;
  await loadPod(page, busyPodYaml(containers));
  await page.getByRole('button', { name: new RegExp(`^${last}, `) }).waitFor();
  await page.waitForTimeout(500);
  await page.getByRole('textbox', { name: 'Pod spec' }).press('ControlOrMeta+End');
  const timings: KeyTiming[] = [];
  let name = last;
  for (let run = 0; run < FIRST_KEYS + UNMEASURED_KEYS + WARM_KEYS; run++) {
    const key = 'abcdefghijklmnopqrstuvwxyz'[run % 26] ?? 'x';
    name += key;
    const timing = page.evaluate((expected) => {
      return new Promise<{ done: number; painted: number }>((resolve) => {
        let keyAt = 0;
        let done = NaN;
        let painted = NaN;
        // Inline functions only in here: tsx names `const f = () => …` with a helper the page does not have.
        window.addEventListener('keydown', () => void (keyAt = performance.now()), { capture: true, once: true });
        const paints = new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { identifier: string; renderTime: number }[]) {
            if (e.identifier === 'bench-probe' && Number.isNaN(painted)) painted = e.renderTime - keyAt;
          }
        });
        paints.observe({ type: 'element', buffered: false });
        const flow = document.querySelector('.react-flow') ?? document.body;
        // The node's visible name is the canvas redrawn (its accessible name is hidden text beside it).
        const observer = new MutationObserver(() => {
          const shown = [...flow.querySelectorAll('.container-node-name')].find((el) => el.textContent === expected);
          if (!shown) return;
          observer.disconnect();
          // Element Timing reports an element's first paint only, so a new, nearly invisible element goes in beside
          // the name, in the same task: it is painted in the same frame.
          const probe = document.createElement('span');
          probe.textContent = '.';
          probe.setAttribute('elementtiming', 'bench-probe');
          probe.style.cssText = 'position:absolute;left:0;top:0;font-size:8px;color:rgba(128,128,128,0.05);pointer-events:none';
          shown.append(probe);
          requestAnimationFrame(() =>
            setTimeout(() => {
              done = performance.now() - keyAt;
              setTimeout(() => {
                paints.disconnect();
                probe.remove();
                resolve({ done, painted });
              }, 100);
            }, 0),
          );
        });
        observer.observe(flow, { subtree: true, childList: true, characterData: true });
        // A canvas that never shows the name reads as NaN rather than hanging the bench.
        setTimeout(() => resolve({ done, painted }), 5000);
      });
    }, name);
    await page.waitForTimeout(50);
    await page.keyboard.press(key);
    timings.push(await timing);
    await page.waitForTimeout(250);
  }
  await page.close();
  return { first: timings.slice(0, FIRST_KEYS), warm: timings.slice(FIRST_KEYS + UNMEASURED_KEYS) };
}

async function keystrokeToCanvas(browser: Browser, url: string, containers: number): Promise<Record<string, unknown>> {
  const first: KeyTiming[] = [];
  const warm: KeyTiming[] = [];
  for (let i = 0; i < KEYSTROKE_PAGES; i++) {
    const typed = await typeOnFreshPage(browser, url, containers);
    first.push(...typed.first);
    warm.push(...typed.warm);
  }
  const summary = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `${round(percentile(sorted, 50))} (${round(sorted[0] ?? NaN)} / ${round(sorted.at(-1) ?? NaN)})`;
  };
  const per = `${containers} containers, median (quickest / slowest)`;
  const pages = `${KEYSTROKE_PAGES} pages`;
  return {
    [`keystroke → canvas redrawn ms, ${per}, first ${FIRST_KEYS} keys of ${pages}`]: summary(first.map((t) => t.done)),
    [`keystroke → canvas redrawn ms, ${per}, ${WARM_KEYS} keys warmed up on ${pages}`]: summary(warm.map((t) => t.done)),
    [`keystroke → frame presented ms, ${per}, first ${FIRST_KEYS} keys of ${pages}`]: summary(first.map((t) => t.painted)),
    [`keystroke → frame presented ms, ${per}, ${WARM_KEYS} keys warmed up on ${pages}`]: summary(warm.map((t) => t.painted)),
  };
}

export default async function (): Promise<Record<string, unknown>> {
  const { url, preview } = await serve();
  // The preview server goes whatever happens, even if the browser fails to start or to close.
  const stopPreview = () => {
    if (preview.pid && preview.exitCode === null) process.kill(-preview.pid);
  };
  try {
    const browser = await chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
    try {
      return {
        ...(await playingFrames(browser, url)),
        ...(await keystrokeToCanvas(browser, url, 5)),
        ...(await keystrokeToCanvas(browser, url, 50)),
      };
    } finally {
      await browser.close();
    }
  } finally {
    stopPreview();
  }
}
