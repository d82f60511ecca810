// The canvas selectors on a fresh store: stable references while nothing they read changes, a new graph only for a
// new pod, and the live graph following the cursor without moving a node.
import { describe, expect, it } from 'vitest';
import type { PodscopeStore } from './podscope-store';
import { testStore } from './test-store';
import { selectActiveEdges, selectFlows, selectGraph, selectLiveContainer, selectLiveGraph, selectRoles } from './graph-selectors';
import { selectTimeline } from './selectors';

const AMBASSADOR = `apiVersion: v1
kind: Pod
metadata: {name: orders}
spec:
  containers:
  - name: orders
    image: example/orders:2.4
    ports: [{containerPort: 8080}]
    env: [{name: DB_HOST, value: 127.0.0.1}, {name: DB_PORT, value: "5432"}]
  - name: cloud-sql-proxy
    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
    args: ["--port=5432", "my-project:europe-west1:orders-db"]
`;

/** Whether an edge carries traffic at the cursor. */
const flowing = (store: PodscopeStore, edgeId: string): boolean => selectActiveEdges(store.getState())[edgeId] === true;

/** Step until the pod is Running (or 40 steps). */
function stepToRunning(store: PodscopeStore): void {
  for (let i = 0; i < 40 && selectLiveGraph(store.getState()).phase !== 'Running'; i++) store.getState().stepForward();
}

describe('graph selectors', () => {
  it('return the same roles, flows and graph for the same state', () => {
    const s = testStore(AMBASSADOR).getState();
    expect(selectRoles(s)).toBe(selectRoles(s));
    expect(selectFlows(s)).toBe(selectFlows(s));
    expect(selectGraph(s)).toBe(selectGraph(s));
    expect(selectLiveGraph(s)).toBe(selectLiveGraph(s));
  });

  it('keep the graph while the cursor moves, and give a new live graph', () => {
    const store = testStore(AMBASSADOR);
    const graph = selectGraph(store.getState());
    const live = selectLiveGraph(store.getState());
    store.getState().stepForward();
    expect(selectGraph(store.getState())).toBe(graph);
    expect(selectLiveGraph(store.getState())).not.toBe(live);
  });

  it('lay out a new graph for a new pod', () => {
    const store = testStore(AMBASSADOR);
    const graph = selectGraph(store.getState());
    store.getState().loadText(AMBASSADOR.replace('name: orders}', 'name: billing}'));
    const next = selectGraph(store.getState());
    expect(next).not.toBe(graph);
    expect(next.nodes.find((n) => n.type === 'pod')?.data).toMatchObject({ name: 'billing' });
  });

  it('know the ambassador and its flows: orders → localhost:5432 → cloud-sql-proxy → Cloud SQL', () => {
    const s = testStore(AMBASSADOR).getState();
    expect(selectRoles(s).find((r) => r.container === 'cloud-sql-proxy')?.role).toBe('ambassador');
    expect(selectFlows(s).map((f) => f.kind)).toEqual(expect.arrayContaining(['ingress', 'localhost', 'egress']));
    expect(selectGraph(s).nodes.some((n) => n.type === 'external' && n.data.external === 'service')).toBe(true);
  });

  it('turn the ambassador flow off when the ambassador crashes', () => {
    const store = testStore(AMBASSADOR);
    stepToRunning(store);
    const egress = selectGraph(store.getState()).edges.find((e) => e.kind === 'egress');
    expect(egress).toBeDefined();
    expect(flowing(store, egress!.id)).toBe(true);
    expect(selectLiveContainer(store.getState(), 'container:cloud-sql-proxy')?.state).toBe('running');

    // A second later (the sim ignores a crash at the very second the container starts), the proxy exits: the
    // snapshot right after shows it terminated, and its flow stops.
    store.getState().seek(store.getState().cursor + 1);
    store.getState().crashContainer('cloud-sql-proxy', 1);
    store.getState().seek(store.getState().cursor + 0.5);
    expect(selectLiveContainer(store.getState(), 'container:cloud-sql-proxy')?.state).not.toBe('running');
    expect(flowing(store, egress!.id)).toBe(false);
    expect(selectTimeline(store.getState()).events.some((e) => e.container === 'cloud-sql-proxy')).toBe(true);
  });

  it('keep every node where it was while stepping to the end', () => {
    const store = testStore(AMBASSADOR);
    const positions = JSON.stringify(selectGraph(store.getState()).nodes.map((n) => [n.id, n.position]));
    for (let i = 0; i < 20; i++) store.getState().stepForward();
    expect(JSON.stringify(selectGraph(store.getState()).nodes.map((n) => [n.id, n.position]))).toBe(positions);
  });

  it('name each container by its state at the cursor, with the same object until it changes', () => {
    const store = testStore(AMBASSADOR);
    const first = selectLiveContainer(store.getState(), 'container:orders');
    expect(first?.ariaLabel).toMatch(/^orders, main, /);
    store.getState().seek(0);
    expect(selectLiveContainer(store.getState(), 'container:orders')).toBe(first);
    stepToRunning(store);
    expect(selectLiveContainer(store.getState(), 'container:orders')).not.toBe(first);
    expect(selectLiveContainer(store.getState(), 'container:cloud-sql-proxy')?.ariaLabel).toBe('cloud-sql-proxy, ambassador, running');
  });

  it('keep the state object of a container that did not change while another one did', () => {
    const store = testStore(AMBASSADOR);
    stepToRunning(store);
    const orders = selectLiveContainer(store.getState(), 'container:orders');
    const proxy = selectLiveContainer(store.getState(), 'container:cloud-sql-proxy');
    store.getState().seek(store.getState().cursor + 1);
    store.getState().crashContainer('cloud-sql-proxy', 1);
    store.getState().seek(store.getState().cursor + 0.5);
    expect(selectLiveContainer(store.getState(), 'container:cloud-sql-proxy')).not.toBe(proxy);
    expect(selectLiveContainer(store.getState(), 'container:orders')).toBe(orders);
  });

  it('say an edge carries traffic once its flow starts, and keep saying it while nothing changes', () => {
    const store = testStore(AMBASSADOR);
    const egress = selectGraph(store.getState()).edges.find((e) => e.kind === 'egress')!;
    expect(flowing(store, egress.id)).toBe(false);
    stepToRunning(store);
    expect(flowing(store, egress.id)).toBe(true);
    store.getState().seek(store.getState().cursor + 30);
    expect(flowing(store, egress.id)).toBe(true);
  });
});

describe('the live graph during playback', () => {
  it('keeps the edges\' activity as one object until a flow starts or stops', () => {
    const store = testStore(AMBASSADOR);
    let before = selectActiveEdges(store.getState());
    let kept = 0;
    let changed = 0;
    for (let i = 0; i < 40 && selectLiveGraph(store.getState()).phase !== 'Running'; i++) {
      store.getState().stepForward();
      const now = selectActiveEdges(store.getState());
      if (JSON.stringify(now) === JSON.stringify(before)) {
        expect(now).toBe(before);
        kept++;
      } else {
        expect(now).not.toBe(before);
        changed++;
      }
      before = now;
    }
    // Some steps change a container and no flow (an image pulled), some start flows (the proxy running).
    expect(kept).toBeGreaterThan(0);
    expect(changed).toBeGreaterThan(0);
    expect(Object.values(before)).toContain(true);
  });

  it('stays the same object while the cursor moves between two changes, and changes with the pod', () => {
    const store = testStore();
    store.getState().stepForward();
    store.getState().stepForward();
    const live = selectLiveGraph(store.getState());
    // Between two events nothing on the canvas changes: no re-render of every node on each playback frame.
    store.getState().seek(store.getState().cursor + 0.05);
    expect(selectLiveGraph(store.getState())).toBe(live);
    store.getState().stepForward();
    store.getState().stepForward();
    expect(selectLiveGraph(store.getState())).not.toBe(live);
  });
});
