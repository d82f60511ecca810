import { describe, expect, it } from 'vitest';
import { readHook, readProgram, type Program } from './container-program';

describe('reading a container command', () => {
  it.each<[string, string[], string[], 'init' | 'app' | 'sidecar', Partial<Program>]>([
    ['sleep N', ['sleep', '30'], [], 'app', { ends: true, after: 30, exitCode: 0 }],
    ['sh -c sleep and exit', ['sh', '-c'], ['sleep 5; exit 3'], 'app', { ends: true, after: 5, exitCode: 3 }],
    ['&& sequences add up', ['/bin/sh', '-c', 'sleep 2 && echo hi && sleep 1.5'], [], 'init', { ends: true, after: 3.5, exitCode: 0 }],
    ['echo ends at once', ['sh', '-c', 'echo hi'], [], 'app', { ends: true, after: 0, exitCode: 0 }],
    ['the article app: echo then sleep 3600', ['sh', '-c', 'echo The app is running! && sleep 3600'], [], 'app', { ends: true, after: 3600 }],
    ['sleep infinity runs for ever', ['sleep', 'infinity'], [], 'sidecar', { ends: false }],
    ['tail -f runs for ever', ['tail', '-f', '/dev/null'], [], 'app', { ends: false }],
    ['while true loop runs for ever', ['sh', '-c', 'while true; do echo hi; sleep 5; done'], [], 'sidecar', { ends: false }],
    ['until loop waits a default 5 s', ['sh', '-c', 'until nslookup db; do sleep 2; done'], [], 'init', { ends: true, after: 5, exitCode: 0, assumed: true }],
    ['unknown command in an init container: 3 s default', ['sh', '-c', 'git clone <some-repository> ;'], [], 'init', { ends: true, after: 3, exitCode: 0, assumed: true }],
    ['unknown command in an app container runs until stopped', ['nginx', '-g', 'daemon off;'], [], 'app', { ends: false }],
    ['no command: init completes after the default', [], [], 'init', { ends: true, after: 3, assumed: true }],
    ['no command: app runs', [], [], 'app', { ends: false, assumed: true }],
    ['sleep with a unit', ['sleep', '2m'], [], 'app', { ends: true, after: 120 }],
    ['trap ignoring SIGTERM', ['sh', '-c', "trap '' TERM; sleep 3600"], [], 'app', { ends: true, after: 3600, ignoresSigterm: true }],
  ])('%s', (_name, command, args, kind, expected) => {
    expect(readProgram(command, args, kind)).toMatchObject(expected);
  });

  it('reads lifecycle hooks', () => {
    expect(readHook({ type: 'sleep', seconds: 7 })).toEqual({ seconds: 7, ok: true });
    expect(readHook({ type: 'exec', command: ['sh', '-c', 'sleep 4'] })).toEqual({ seconds: 4, ok: true });
    expect(readHook({ type: 'exec', command: ['sh', '-c', 'exit 1'] })).toEqual({ seconds: 0, ok: false });
    expect(readHook({ type: 'httpGet', port: 80, path: '/quit', scheme: 'HTTP' })).toEqual({ seconds: 1, ok: true });
  });
});
