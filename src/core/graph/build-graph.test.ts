import { describe, expect, it } from 'vitest';
import { classifyRoles } from '../patterns/classify-roles';
import { deriveFlows } from '../patterns/derive-flows';
import { pod, wide, type ContainerInit, type PodInit } from '../patterns/test-pods';
import type { PodModel } from '../spec/pod-model';
import { buildGraph } from './build-graph';
import { HANDLE_OUTSET } from './edge-ends';
import type { PodGraph, PodGraphNode } from './graph-types';
import { absoluteBox, sideOf, type Box } from './test-geometry';

function graphOf(p: PodModel): PodGraph {
  const roles = classifyRoles(p);
  return buildGraph(p, roles, deriveFlows(p, roles));
}

const shop: PodInit = {
  name: 'shop',
  volumes: ['logs', 'config'],
  initContainers: [{ name: 'migrate', mounts: { config: '/config' } }, { name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', restartPolicy: 'Always', ports: [9901] }, { name: 'wait-db' }],
  containers: [
    { name: 'web', ports: [8080], env: { DB_HOST: '127.0.0.1', DB_PORT: '5432' }, mounts: { logs: '/var/log', config: '/config:ro' } },
    { name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0', args: ['--port=5432'] },
    { name: 'fluent-bit', image: 'fluent/fluent-bit:3.2', mounts: { logs: '/logs:ro' } },
    { name: 'exporter', image: 'oliver006/redis_exporter:v1.66.0', ports: [9121] },
  ],
};

const web = (): ContainerInit => ({ name: 'web', ports: [8080], env: { DB_HOST: '127.0.0.1', DB_PORT: '5432' } });

type Rect = Box;
const absolute = absoluteBox;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function overlaps(graph: PodGraph): string[] {
  const rects = graph.nodes.filter((n) => n.type !== 'pod').map((n) => absolute(graph, n));
  return rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.id} × ${b.id}`));
}

describe('buildGraph: layout', () => {
  it.each([1, 5, 50])('no two nodes overlap, and all inside nodes sit in the pod, for %i containers', (n) => {
    const graph = graphOf(wide(n));
    expect(overlaps(graph)).toEqual([]);
    const podNode = graph.nodes.find((x) => x.type === 'pod') as PodGraphNode;
    for (const node of graph.nodes.filter((x) => x.parentId === 'pod')) {
      expect(node.position.x).toBeGreaterThanOrEqual(0);
      expect(node.position.y).toBeGreaterThanOrEqual(0);
      expect(node.position.x + node.width).toBeLessThanOrEqual(podNode.width);
      expect(node.position.y + node.height).toBeLessThanOrEqual(podNode.height);
    }
    expect(graph.nodes.filter((x) => x.type === 'container')).toHaveLength(n);
  });

  it('wraps lanes: 50 containers take rows of at most 6', () => {
    const rows = new Set(graphOf(wide(50)).nodes.filter((n) => n.type === 'container').map((n) => n.position.y));
    expect(rows.size).toBe(9);
  });

  it('no overlaps in a pod with every kind of node, and externals outside the pod', () => {
    const graph = graphOf(pod(shop));
    expect(overlaps(graph)).toEqual([]);
    const podRect = absolute(graph, graph.nodes[0] as PodGraphNode);
    for (const ext of graph.nodes.filter((n) => n.type === 'external')) expect(overlap(absolute(graph, ext), podRect)).toBe(false);
    expect(graph.nodes.filter((n) => n.type === 'external').map((n) => n.id)).toEqual([
      'external:client', 'external:monitoring', 'external:service:envoy', 'external:service:cloud-sql-proxy', 'external:log-backend:fluent-bit',
    ]);
  });

  it('the same input gives the same output, and parents come before children', () => {
    expect(graphOf(pod(shop))).toEqual(graphOf(pod(shop)));
    const graph = graphOf(pod(shop));
    graph.nodes.forEach((n, i) => {
      if (n.parentId) expect(graph.nodes.findIndex((p) => p.id === n.parentId)).toBeLessThan(i);
    });
  });

  it('every edge starts and ends just outside a side of the nodes it joins', () => {
    for (const graph of [graphOf(pod(shop)), graphOf(wide(50))]) {
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
      for (const e of graph.edges) {
        const source = byId.get(e.source);
        const target = byId.get(e.target);
        expect(source, e.id).toBeDefined();
        expect(target, e.id).toBeDefined();
        if (!source || !target) continue;
        expect(sideOf(e.from, absolute(graph, source)), `${e.id} from ${e.sourceHandle}`).not.toBeNull();
        expect(sideOf(e.to, absolute(graph, target)), `${e.id} to ${e.targetHandle}`).toBe(e.to.facing);
      }
    }
  });
});

describe('buildGraph: what it draws', () => {
  it('the pod node carries its name, a stable IP and the process-namespace flag', () => {
    const graph = graphOf(pod({ ...shop, shareProcessNamespace: true }));
    const podNode = graph.nodes[0];
    expect(podNode?.type).toBe('pod');
    if (podNode?.type !== 'pod') return;
    expect(podNode.data).toMatchObject({ name: 'shop', shareProcessNamespace: true, podIp: graph.podIp });
    expect(podNode.data.ports.map((p) => p.label)).toEqual([`${graph.podIp}:9901`, `${graph.podIp}:8080`, `${graph.podIp}:9121`]);
  });

  it('init containers form an ordered lane; native sidecars sit in the app lane with their init order', () => {
    const graph = graphOf(pod(shop));
    expect(graph.edges.filter((e) => e.kind === 'order').map((e) => `${e.source} ${e.label} ${e.target}`)).toEqual(['container:migrate 1 → 3 container:wait-db']);
    const envoy = graph.nodes.find((n) => n.id === 'container:envoy');
    const web = graph.nodes.find((n) => n.id === 'container:web');
    expect(envoy?.position.y).toBe(web?.position.y);
    expect(envoy?.type === 'container' && envoy.data).toMatchObject({ role: 'native-sidecar', pattern: 'ambassador', initOrder: 2, roleLabel: 'native sidecar (ambassador)' });
    const migrate = graph.nodes.find((n) => n.id === 'container:migrate');
    expect(migrate?.position.y).toBeLessThan(web?.position.y ?? 0);
  });

  it('every container is attached to the localhost bus; ports show as localhost:PORT on it', () => {
    const graph = graphOf(pod(shop));
    expect(graph.edges.filter((e) => e.kind === 'attach')).toHaveLength(7);
    const bus = graph.nodes.find((n) => n.type === 'bus');
    expect(bus?.type === 'bus' && bus.data.ports.map((p) => `${p.container} ${p.label}${p.declared ? '' : ' (args)'}`)).toEqual([
      'envoy localhost:9901', 'web localhost:8080', 'cloud-sql-proxy localhost:5432 (args)', 'exporter localhost:9121',
    ]);
  });

  it('mounts are edges labelled by path; a flow over a mount gives it its direction', () => {
    const graph = graphOf(pod(shop));
    const mounts = graph.edges.filter((e) => e.id.startsWith('mount:')).map((e) => `${e.kind} ${e.source} → ${e.target} ${e.label}`);
    expect(mounts).toEqual([
      'volume-write container:migrate → volume:config /config', // an init container fills it …
      'volume-write container:web → volume:logs /var/log',
      'volume-read volume:config → container:web /config (read-only)', // … for the main container
      'volume-read volume:logs → container:fluent-bit /logs (read-only)',
    ]);
  });

  it('a flow through the pod IP or localhost is two edges with the same flowId', () => {
    const graph = graphOf(pod(shop));
    const localhost = graph.edges.filter((e) => e.flowId === 'localhost:web->cloud-sql-proxy:5432/TCP');
    expect(localhost.map((e) => `${e.source}.${e.sourceHandle} → ${e.target}.${e.targetHandle}`)).toEqual([
      'container:web.top-out → bus.localhost-cloud-sql-proxy-5432-TCP-in',
      'bus.localhost-cloud-sql-proxy-5432-TCP-out → container:cloud-sql-proxy.top-in',
    ]);
  });

  it('traffic into a container with a row-mate on its left enters from below, as a step under the row', () => {
    // web (column 0) and api (column 1) both serve a port: the client reaches each through its POD_IP:PORT mark.
    const graph = graphOf(pod({ containers: [{ name: 'web', ports: [8080] }, { name: 'api', ports: [9000] }] }));
    const inside = graph.edges.filter((e) => e.id.endsWith('#inside')).map((e) => `${e.target}.${e.targetHandle} ${e.shape}`);
    expect(inside).toEqual(['container:web.left-in bezier', 'container:api.under-in step']);
    const api = graph.nodes.find((n) => n.id === 'container:api') as PodGraphNode;
    const into = graph.edges.find((e) => e.target === 'container:api' && e.id.endsWith('#inside'));
    // A sixth of the way along its bottom (40 of 240 px), clear of the middle where mount edges and their path labels are.
    const box = absolute(graph, api);
    expect(into?.to).toEqual({ x: box.x + 40, y: box.y + box.h + HANDLE_OUTSET, facing: 'bottom' });
  });

  it('traffic out of the pod from a container with a row-mate on its right leaves from below', () => {
    // envoy (a native sidecar, column 0) proxies web's traffic out; web sits right of it. cloud-sql-proxy is last.
    const graph = graphOf(
      pod({
        initContainers: [{ name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', restartPolicy: 'Always', ports: [9901] }],
        containers: [web(), { name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0', args: ['--port=5432'] }],
      }),
    );
    const egress = graph.edges.filter((e) => e.kind === 'egress').map((e) => `${e.source}.${e.sourceHandle} ${e.shape}`);
    expect(egress).toEqual(['container:envoy.under-out step', 'container:cloud-sql-proxy.right-out bezier']);
    // web (column 1) is reached from below too: in and out keep to two tracks, so they never share a line.
    const tracks = graph.edges.filter((e) => e.stepOffset !== undefined).map((e) => `${e.id} ${e.stepOffset}`);
    expect(tracks).toEqual(['egress:envoy->service:envoy 30', 'ingress:client->web:8080/TCP#inside 22']);
  });

  it('localhost traffic with no port to mark goes between the containers’ bus sides, not through a row-mate', () => {
    // envoy declares only its admin port (9901), so web's traffic to it has no localhost:PORT mark on the bus.
    const graph = graphOf(
      pod({ initContainers: [{ name: 'envoy', image: 'envoyproxy/envoy:v1.32.1', restartPolicy: 'Always', ports: [9901] }], containers: [{ name: 'fluent-bit', image: 'fluent/fluent-bit:3.2' }, web()] }),
    );
    const toEnvoy = graph.edges.filter((e) => e.flowId === 'localhost:web->envoy');
    expect(toEnvoy.map((e) => `${e.source}.${e.sourceHandle} → ${e.target}.${e.targetHandle} ${e.shape}`)).toEqual(['container:web.top-out → container:envoy.top-in step']);
  });

  it('a container alone in its row, or first and last, keeps its side handles', () => {
    const graph = graphOf(pod({ containers: [{ name: 'proxy', image: 'envoyproxy/envoy:v1.32.1', ports: [8080] }] }));
    expect(graph.edges.filter((e) => e.flowId).every((e) => e.shape === 'bezier')).toBe(true);
  });

  it('rows wrap: the first container of the second row is first in its row again', () => {
    const graph = graphOf(wide(8)); // c1 … c6 in row 0, c7 and c8 in row 1
    const into = new Map(graph.edges.filter((e) => e.id.endsWith('#inside')).map((e) => [e.target, e.targetHandle]));
    expect([...into.entries()].filter(([, h]) => h === 'left-in').map(([t]) => t)).toEqual(['container:c1', 'container:c7']);
  });

  it('marks two containers declaring the same port as a conflict, on the containers, the bus and the boundary', () => {
    const graph = graphOf(pod({ containers: [{ name: 'a', ports: [8080] }, { name: 'b', ports: [8080, 9000] }] }));
    expect(graph.conflicts).toEqual([{ port: 8080, protocol: 'TCP', containers: ['a', 'b'] }]);
    const containers = graph.nodes.flatMap((n) => (n.type === 'container' ? [n.data] : []));
    expect(containers.map((d) => [d.name, d.conflict, d.ports.map((p) => p.conflict)])).toEqual([
      ['a', true, [true]],
      ['b', true, [true, false]],
    ]);
    const podNode = graph.nodes[0];
    expect(podNode?.type === 'pod' && podNode.data.ports.map((p) => [p.port, p.containers, p.conflict])).toEqual([
      [8080, ['a', 'b'], true],
      [9000, ['b'], false],
    ]);
    const bus = graph.nodes.find((n) => n.type === 'bus');
    expect(bus?.type === 'bus' && bus.data.ports.filter((p) => p.conflict).map((p) => p.container)).toEqual(['a', 'b']);
  });

  it('a mount no flow passes through is a plain mount edge', () => {
    const graph = graphOf(pod({ volumes: [{ name: 'cfg', type: 'configMap', detail: 'configMap app' }], containers: [{ name: 'web', mounts: { cfg: '/etc/app:ro' } }] }));
    expect(graph.edges.map((e) => `${e.kind} ${e.source} → ${e.target} ${e.label} ${e.flowId ?? ''}`)).toContain('mount container:web → volume:cfg /etc/app (read-only) ');
  });

  it('draws only the outside nodes the flows need: none for the article pod', () => {
    const graph = graphOf(pod({ initContainers: [{ name: 'init-myservice' }], containers: [{ name: 'myapp-container' }] }));
    expect(graph.nodes.map((n) => n.id)).toEqual(['pod', 'bus', 'container:init-myservice', 'container:myapp-container']);
    expect(graph.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });
});
