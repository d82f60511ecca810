import { describe, expect, it } from 'vitest';
import { listenPorts, localhostLinks, localhostReferences } from './localhost-links';
import { container } from './test-pods';

describe('listenPorts', () => {
  it.each([
    [['--port=5432', 'proj:region:db'], [5432]],
    [['--port', '6432'], [6432]],
    ['--http-address=0.0.0.0:4180'.split(' '), [4180]],
    [['-instances=proj:region:db=tcp:5432'], [5432]],
    [['--web.listen-address=:9121'], [9121]],
    [['--nginx.scrape-uri=http://localhost:8080/stub_status'], []], // where it reads from, not where it listens
    [['sh', '-c', 'sleep 3600'], []],
  ])('%j', (args, ports) => {
    expect(listenPorts(container({ name: 'x', args })).map((p) => p.port)).toEqual(ports);
  });

  it('declared ports come first and are not repeated', () => {
    expect(listenPorts(container({ name: 'x', ports: [5432], args: ['--port=5432', '--admin-port=9091'] }))).toEqual([
      { port: 5432, protocol: 'TCP', from: 'declared' },
      { port: 9091, protocol: 'TCP', from: 'args' },
    ]);
  });
});

describe('localhostReferences', () => {
  it('reads localhost:PORT in env values and args, and *_HOST=localhost with its *_PORT', () => {
    const c = container({
      name: 'web',
      env: { REDIS_URL: 'redis://localhost:6379/0', DB_HOST: '127.0.0.1', DB_PORT: '5432', CACHE_HOST: 'localhost', HOSTNAME: 'web-1' },
      args: ['--upstream=http://127.0.0.1:9000'],
    });
    expect(localhostReferences(c)).toEqual([
      { port: 6379, evidence: 'REDIS_URL=redis://localhost:6379/0' },
      { port: 5432, evidence: 'DB_HOST=127.0.0.1, DB_PORT=5432' },
      { evidence: 'CACHE_HOST=localhost' },
      { port: 9000, evidence: '--upstream=http://127.0.0.1:9000' },
    ]);
  });
});

describe('localhostLinks', () => {
  it('resolves a port to the container listening there; a bare *_HOST only when one candidate listens', () => {
    const web = container({ name: 'web', env: { DB_HOST: 'localhost', DB_PORT: '5432', CACHE_HOST: 'localhost' } });
    const proxy = container({ name: 'proxy', args: ['--port=5432'] });
    // CACHE_HOST has no port: the one listening candidate is proxy, a link already made by DB_HOST/DB_PORT
    expect(localhostLinks([web, proxy])).toEqual([
      { from: 'web', to: 'proxy', port: 5432, protocol: 'TCP', evidence: 'DB_HOST=localhost, DB_PORT=5432' },
    ]);
    const other = container({ name: 'other', ports: [11211] });
    expect(localhostLinks([web, proxy, other]).map((l) => l.to)).toEqual(['proxy']); // CACHE_HOST: two candidates, none chosen
  });
});

describe('hostile input', () => {
  it('stays fast on very long words, names and images', () => {
    const long = '-'.repeat(50_000);
    const c = container({ name: 'x', image: `${long}exporter`, args: [`--${'a'.repeat(50_000)}port=1`, long], env: { [`${'A'.repeat(50_000)}_HOST`]: 'localhost' } });
    const t0 = performance.now();
    expect(listenPorts(c)).toEqual([]);
    expect(localhostReferences(c)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
