// Layout invariants for any mix of init containers, native sidecars, app containers, ports and volumes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRoles } from '../patterns/classify-roles';
import { deriveFlows } from '../patterns/derive-flows';
import { pod, type ContainerInit } from '../patterns/test-pods';
import type { PodModel } from '../spec/pod-model';
import { buildGraph } from './build-graph';
import type { PodGraph } from './graph-types';
import { absoluteBox, sideOf } from './test-geometry';

const IMAGES = ['busybox', 'envoyproxy/envoy:v1', 'fluent/fluent-bit:3', 'oliver006/redis_exporter:v1', 'registry.k8s.io/git-sync/git-sync:v4', 'nginx:1.27'];

const arbPod: fc.Arbitrary<PodModel> = fc
  .record({
    init: fc.nat({ max: 8 }),
    sidecars: fc.nat({ max: 4 }),
    apps: fc.integer({ min: 1, max: 30 }),
    volumes: fc.nat({ max: 10 }),
    seed: fc.array(fc.nat({ max: 1000 }), { minLength: 50, maxLength: 50 }),
  })
  .map(({ init, sidecars, apps, volumes, seed }) => {
    const pick = (i: number) => seed[i % seed.length] ?? 0;
    const volumeNames = Array.from({ length: volumes }, (_, i) => `v${i}`);
    const make = (prefix: string, i: number, extra: Partial<ContainerInit> = {}): ContainerInit => {
      const n = pick(i);
      return {
        name: `${prefix}${i}`,
        image: IMAGES[n % IMAGES.length],
        ports: n % 3 === 0 ? [8000 + (n % 7)] : [],
        env: n % 4 === 0 ? { DB_HOST: 'localhost', DB_PORT: String(8000 + (n % 7)) } : {},
        mounts: volumes > 0 && n % 2 === 0 ? { [`v${n % volumes}`]: `/data/log${n % 5}${n % 6 === 0 ? ':ro' : ''}` } : {},
        ...extra,
      };
    };
    return pod({
      name: `p${pick(0)}`,
      volumes: volumeNames,
      initContainers: [
        ...Array.from({ length: init }, (_, i) => make('init', i)),
        ...Array.from({ length: sidecars }, (_, i) => make('side', i + 10, { restartPolicy: 'Always' })),
      ],
      containers: Array.from({ length: apps }, (_, i) => make('app', i + 20)),
    });
  });

function graphOf(p: PodModel): PodGraph {
  const roles = classifyRoles(p);
  return buildGraph(p, roles, deriveFlows(p, roles));
}

describe('buildGraph: invariants', () => {
  it('no overlapping nodes, inside nodes within the pod, edges ending at their nodes, deterministic', () => {
    fc.assert(
      fc.property(arbPod, (p) => {
        const graph = graphOf(p);
        const podNode = graph.nodes[0];
        if (podNode?.type !== 'pod') return false;
        const abs = graph.nodes
          .filter((n) => n.type !== 'pod')
          .map((n) => ({ id: n.id, x: n.position.x + (n.parentId ? podNode.position.x : 0), y: n.position.y, w: n.width, h: n.height }));
        for (let i = 0; i < abs.length; i++) {
          for (let j = i + 1; j < abs.length; j++) {
            const a = abs[i]!;
            const b = abs[j]!;
            const overlapping = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            if (overlapping) throw new Error(`${a.id} overlaps ${b.id}`);
          }
        }
        for (const n of graph.nodes.filter((x) => x.parentId)) {
          expect(n.position.x + n.width).toBeLessThanOrEqual(podNode.width);
          expect(n.position.y + n.height).toBeLessThanOrEqual(podNode.height);
        }
        const byId = new Map(graph.nodes.map((n) => [n.id, n]));
        expect(byId.size).toBe(graph.nodes.length);
        expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
        // Each end just outside a side of its node's box (edge-ends.ts), not at the middle a missing handle falls back on.
        for (const e of graph.edges) {
          const source = byId.get(e.source);
          const target = byId.get(e.target);
          expect(source && sideOf(e.from, absoluteBox(graph, source)), `${e.id} from ${e.sourceHandle}`).toBeTruthy();
          expect(target && sideOf(e.to, absoluteBox(graph, target)), `${e.id} to ${e.targetHandle}`).toBe(e.to.facing);
        }
        expect(graphOf(p)).toEqual(graph);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
