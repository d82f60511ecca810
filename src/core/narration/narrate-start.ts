// Narration of a pod coming up: scheduling, the sandbox, image pulls, and each container's create and start.
// Order of start-up: pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions / SyncPod;
// image pulls: pkg/kubelet/images/image_manager.go EnsureImageExists.
import { classifyRoles } from '../patterns/classify-roles';
import type { RoleAssignment } from '../patterns/role-types';
import { allContainers } from '../spec/pod-model';
import { readProgram } from '../sim/container-program';
import { SIM_DEFAULTS } from '../sim/defaults';
import type { ContainerModel, PodModel } from '../spec/pod-model';
import { containerOf, kindPhrase, lastBefore, listWords, namesOf, startsUpTo } from './event-facts';
import { K8S_DOCS } from './k8s-docs';
import type { Narrator } from './narration-types';
import { BACK_OFF_RULE } from './back-off-words';

// Roles are read once per pod, not once per Started event: classifying looks at every pair of containers, and a
// pod of 300 containers has 300 starts.
const rolesByPod = new WeakMap<PodModel, RoleAssignment[]>();
function rolesOf(pod: PodModel): RoleAssignment[] {
  let roles = rolesByPod.get(pod);
  if (!roles) rolesByPod.set(pod, (roles = classifyRoles(pod)));
  return roles;
}

export const narrateScheduled: Narrator = (_event, pod) => {
  const count = allContainers(pod).length;
  return {
    what: `The scheduler placed pod ${pod.name} on a node.`,
    why: `The whole pod goes to one node: ${count === 1 ? 'its one container runs' : count === 2 ? 'both its containers will run' : `all ${count} of its containers will run`} there. Nothing has started yet; the kubelet on that node takes over.`,
    rule: 'A pod is the unit of scheduling: its containers are always placed together on the same node.',
    docs: K8S_DOCS.scheduling,
  };
};

export const narrateSandboxReady: Narrator = (_event, pod) => {
  const names = allContainers(pod).map((c) => c.name);
  const together = names.length > 1 ? ` ${listWords(names)} will share it, so they reach each other on localhost.` : '';
  return {
    what: 'The pod sandbox is ready: the pod has its network namespace and its IP address (PodReadyToStartContainers).',
    why: `Before any container runs, the kubelet has the container runtime create the sandbox that holds the pod's single network namespace.${together}`,
    rule: 'Containers in a pod share one network namespace: one IP, one localhost, one set of ports. They share files only through volumes they both mount.',
    docs: K8S_DOCS.pods,
  };
};

export const narratePulling: Narrator = (event, pod) => {
  const c = containerOf(pod, event.container);
  const policy = c?.imagePullPolicy ?? 'IfNotPresent';
  const reason = policy === 'Always'
    ? `Its imagePullPolicy is Always${/:latest$|^[^:]*$/.test(c?.image ?? '') ? ' (the default for an image tagged :latest or with no tag)' : ''}, so the kubelet checks the registry on every start.`
    : 'The node does not have this image yet, and imagePullPolicy IfNotPresent pulls only what is missing.';
  return {
    what: `The kubelet is pulling image ${c?.image ?? ''} for ${event.container}.`,
    why: `${reason} (Podscope assumes a pull takes ${SIM_DEFAULTS.imagePullSeconds.value} s.)`,
    rule: 'imagePullPolicy defaults to Always for :latest or untagged images and to IfNotPresent otherwise.',
    docs: K8S_DOCS.images,
  };
};

export const narratePulled: Narrator = (event, pod) => {
  const c = containerOf(pod, event.container);
  const present = /already present/.test(event.message);
  return {
    what: present ? `Image ${c?.image ?? ''} is already on the node, so ${event.container} needs no pull.` : `The image for ${event.container} has been pulled.`,
    why: present
      ? 'With imagePullPolicy IfNotPresent the kubelet reuses an image the node already has, for instance one an earlier container of this pod pulled.'
      : `Next the kubelet creates and starts ${event.container}.`,
    rule: 'A container cannot start until its image is on the node.',
    docs: K8S_DOCS.images,
  };
};

export const narrateCreated: Narrator = (event, pod, { events, index }) => {
  const c = containerOf(pod, event.container);
  const again = startsUpTo(events, index, event.container ?? '') > 0;
  return {
    what: `The kubelet created ${kindPhrase(c)} ${event.container}${again ? ' again' : ''}.`,
    why: again ? 'A restart makes a new container from the same spec; the old one only survives as lastState.' : 'Creating comes right before starting: the container exists but its process has not run yet.',
    rule: 'Each (re)start of a container creates a fresh container from its spec.',
    docs: K8S_DOCS.containerStates,
  };
};

export const narrateStarted: Narrator = (event, pod, context) => {
  const name = event.container ?? '';
  const c = containerOf(pod, name);
  const run = startsUpTo(context.events, context.index, name);
  if (run > 1) {
    const exit = lastBefore(context.events, context.index, name, 'Exited');
    return {
      what: `${name} started again: restart ${run - 1}.`,
      why: `${exit ? `Its previous run ${exit.message.replace(`${name} `, '')}. ` : ''}${restartReason(c?.kind, pod.restartPolicy)}`,
      rule: BACK_OFF_RULE,
      docs: c?.kind === 'sidecar' ? K8S_DOCS.sidecars : c?.kind === 'init' ? K8S_DOCS.initContainers : K8S_DOCS.restartPolicy,
    };
  }
  const inits = namesOf(pod, 'init');
  const sidecars = namesOf(pod, 'sidecar');
  const initContainers = pod.initContainers.map((x) => x.name);
  switch (c?.kind) {
    case 'init': {
      const position = initContainers.indexOf(name);
      const before = pod.initContainers.slice(0, position).map((x) => (x.kind === 'sidecar' ? `native sidecar ${x.name} has started` : `${x.name} has exited 0`));
      return {
        what: `Init container ${name} started (${position + 1} of ${initContainers.length} in initContainers).`,
        why: assumedRunTime(c) + (before.length > 0
          ? `${listWords(before)}, so the next init container in the list may run. The app containers keep waiting until every init container has succeeded.`
          : 'It is first in line: init containers run before any app container, one at a time, in the order they are listed.'),
        rule: 'Init containers run one at a time, in spec order; each must exit 0 before the next starts, and app containers start only after all have succeeded.',
        docs: K8S_DOCS.initContainers,
      };
    }
    case 'sidecar': {
      const wait = c.startupProbe ? 'once its startupProbe has succeeded' : 'as soon as it is running';
      return {
        what: `Native sidecar ${name} started.`,
        why: `It is an init container with restartPolicy: Always, so it does not have to finish: the kubelet moves on to the next init container ${wait}, and ${name} keeps running beside the app containers.`,
        rule: 'A native sidecar starts in its place in the init order, runs for the pod\'s whole life, is restarted whenever it exits, and is stopped after the app containers.',
        docs: K8S_DOCS.sidecars,
      };
    }
    default: {
      const apps = pod.containers.map((x) => x.name);
      const first = apps[0] === name;
      const done = [...inits.length > 0 ? [`every init container (${listWords(inits)}) has completed`] : [], ...sidecars.length > 0 ? [`the sidecar${sidecars.length > 1 ? 's' : ''} ${listWords(sidecars)} ${sidecars.length > 1 ? 'have' : 'has'} started`] : []];
      const role = rolesOf(pod).find((r) => r.container === name);
      const pattern = role && role.role !== 'main' && role.role !== 'init' ? ` Podscope sees it as ${role.role === 'adapter' || role.role === 'ambassador' ? 'an' : 'a'} ${role.role.replace('-', ' ')}: ${role.reason}.` : '';
      return {
        what: `App container ${name} started.`,
        why: (done.length > 0 && first
          ? `Initialisation is over: ${listWords(done)}, so the kubelet starts the app containers.`
          : first ? 'The pod has no init containers, so the app containers start as soon as the sandbox is ready.'
            : `App containers start one after another in spec order, in a single pass; ${name} follows ${apps[apps.indexOf(name) - 1]}.`) + pattern,
        rule: 'App containers start only after every init container has exited 0 (and every native sidecar has started), in the order they are listed, without waiting for each other to be ready.',
        docs: inits.length > 0 ? K8S_DOCS.initContainers : K8S_DOCS.pods,
      };
    }
  }
};

/** Why a container that ran before is started again. */
function restartReason(kind: string | undefined, policy: string): string {
  if (kind === 'sidecar') return 'A native sidecar is restarted whenever it exits, whatever the pod\'s restartPolicy.';
  if (kind === 'init') return `A failed init container is retried (restartPolicy ${policy}); only this container restarts, not the pod.`;
  return policy === 'Always'
    ? 'The pod\'s restartPolicy is Always: the kubelet restarts an app container after any exit, even exit 0.'
    : `The pod's restartPolicy is ${policy}: the kubelet restarts an app container only after a non-zero exit.`;
}

/** Podscope's own assumption, said out loud, when it cannot read how long an init container's command takes. */
function assumedRunTime(c: ContainerModel): string {
  const program = readProgram(c.command, c.args, c.kind);
  return program.ends && program.assumed
    ? `(Podscope cannot tell how long its command takes, so it assumes ${program.after} s; Kubernetes just waits for the exit.) `
    : '';
}
