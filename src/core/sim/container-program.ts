// What a container's process does, read from its command and args: how long it runs and how it ends.
// Kubernetes does not know this; Podscope reads common shell idioms (DESIGN.md, "Semantics") and falls back to
// its own defaults (defaults.ts) for anything else.
import type { ContainerKind, HandlerModel } from '../spec/pod-model';
import { SIM_DEFAULTS } from './defaults';

export type Program = (
  /** The process ends by itself `after` seconds after it started, with `exitCode`. */
  | { ends: true; after: number; exitCode: number; assumed: boolean }
  /** The process runs until it is stopped. */
  | { ends: false; assumed: boolean }
) & {
  /** The script ignores SIGTERM (`trap '' TERM`): only SIGKILL stops it, with exit code 137. */
  ignoresSigterm?: boolean;
};

const SHELLS = /(^|\/)(sh|bash|ash|dash|zsh|ksh)$/;
// Commands that finish at once for our purposes.
const QUICK = new Set([
  'echo', 'printf', 'true', ':', 'cd', 'export', 'set', 'mkdir', 'touch', 'cp', 'mv', 'rm', 'ln', 'chmod', 'chown',
  'cat', 'ls', 'date', 'env', 'test', '[', 'hostname', 'id', 'pwd', 'trap', 'umask', 'unset', 'sync', 'whoami',
]);
const FOREVER = new Set(['nginx', 'httpd', 'redis-server']);

/** Seconds in a `sleep` argument (`30`, `1.5`, `2m`, `1h`), Infinity for `infinity`, undefined when unreadable. */
export function sleepSeconds(arg: string | undefined): number | undefined {
  if (arg === undefined) return undefined;
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

/** The shell script a command runs, or the plain command line when it is not `sh -c`. */
export function scriptOf(command: readonly string[], args: readonly string[]): string {
  const argv = [...command, ...args];
  const shell = argv[0];
  if (shell !== undefined && SHELLS.test(shell)) {
    const c = argv.findIndex((a, i) => i > 0 && /^-\w*c\w*$/.test(a));
    if (c > 0) return argv.slice(c + 1).join(' ');
  }
  return argv.join(' ');
}

function words(statement: string): string[] {
  return statement.trim().split(/\s+/).filter(Boolean);
}

/** Reads a program; `kind` decides what an unreadable one does (init: completes after a default; others: run on). */
export function readProgram(command: readonly string[], args: readonly string[], kind: ContainerKind): Program {
  const unknown: Program = kind === 'init'
    ? { ends: true, after: SIM_DEFAULTS.initCommandSeconds.value, exitCode: 0, assumed: true }
    : { ends: false, assumed: true };
  if (command.length === 0 && args.length === 0) return unknown; // the image's own entrypoint
  return readScript(scriptOf(command, args), kind);
}

/** Reads a shell script as a sequence of statements. */
export function readScript(script: string, kind: ContainerKind): Program {
  const statements = script.split(/;|&&|\|\||\n/).map((s) => s.trim()).filter(Boolean);
  const ignoresSigterm = statements.some((st) => /^trap\s+(''|"")\s+(.*\s)?(SIG)?(TERM|15)\b/.test(st));
  const program = readStatements(statements, kind);
  return ignoresSigterm ? { ...program, ignoresSigterm } : program;
}

function readStatements(statements: string[], kind: ContainerKind): Program {
  let elapsed = 0;
  let assumed = false;
  for (let i = 0; i < statements.length; i++) {
    let w = words(statements[i] ?? '');
    while (w[0] === 'exec' || w[0] === 'then' || w[0] === 'else' || w[0] === 'do') w = w.slice(1);
    const head = w[0];
    if (head === undefined) continue;
    if (head === 'until' || head === 'while' || head === 'for') {
      // Skip to the matching `done`; `while true` runs for ever, other loops wait a default while.
      let depth = 1;
      let j = i + 1;
      for (; j < statements.length && depth > 0; j++) {
        const first = words(statements[j] ?? '')[0];
        if (first === 'until' || first === 'while' || first === 'for') depth++;
        if (first === 'done') depth--;
      }
      const condition = w.slice(1).join(' ');
      if (head === 'while' && (condition === 'true' || condition === ':' || condition === '[ 1 ]')) return { ends: false, assumed };
      elapsed += SIM_DEFAULTS.untilLoopSeconds.value;
      assumed = true;
      i = j - 1;
      continue;
    }
    if (head === 'if' || head === 'fi' || head === 'done' || head === 'trap') continue;
    if (head === 'sleep') {
      const s = sleepSeconds(w[1]);
      if (s === Infinity) return { ends: false, assumed };
      if (s === undefined) assumed = true;
      else elapsed += s;
      continue;
    }
    if (head === 'exit') {
      const code = Number(w[1] ?? 0);
      return { ends: true, after: elapsed, exitCode: Number.isInteger(code) ? ((code % 256) + 256) % 256 : 1, assumed };
    }
    if (head === 'false') return { ends: true, after: elapsed, exitCode: 1, assumed };
    if (head === 'tail' && w.includes('-f')) return { ends: false, assumed };
    if (QUICK.has(head)) continue;
    if (FOREVER.has(head.replace(/^.*\//, ''))) return { ends: false, assumed };
    // Anything else: an init container's step completes after a default; an app's or sidecar's runs on.
    if (kind !== 'init') return { ends: false, assumed: true };
    elapsed += SIM_DEFAULTS.initCommandSeconds.value;
    assumed = true;
  }
  return { ends: true, after: elapsed, exitCode: 0, assumed };
}

/**
 * How long a lifecycle hook runs and whether it succeeds. `sleep` handlers take their seconds; exec hooks are read
 * like a command (an unreadable one takes the default hook time and succeeds); HTTP and TCP hooks succeed after the default.
 */
export function readHook(handler: HandlerModel): { seconds: number; ok: boolean } {
  const fallback = SIM_DEFAULTS.hookSeconds.value;
  switch (handler.type) {
    case 'sleep':
      return { seconds: Math.max(0, handler.seconds), ok: true };
    case 'exec': {
      const program = readScript(scriptOf(handler.command, []), 'app');
      if (!program.ends) return program.assumed ? { seconds: fallback, ok: true } : { seconds: Infinity, ok: true };
      return { seconds: program.assumed ? Math.max(program.after, fallback) : program.after, ok: program.exitCode === 0 };
    }
    case 'httpGet':
    case 'tcpSocket':
    case 'grpc':
      return { seconds: fallback, ok: true };
  }
}
