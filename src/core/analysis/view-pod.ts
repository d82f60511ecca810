// The pod as the page's views need it. Environment variables are left out: no view shows them (the form reads the
// text itself), and in a big spec they can be nearly all of it (a 5 MiB spec of 206 containers with 300 variables
// each is 5.1 MB of them), which the page would have to copy from the Worker on every answer.
import type { PodModel } from '../spec/pod-model';

export function viewPod(pod: PodModel): PodModel {
  const strip = <C extends { env: unknown[] }>(c: C): C => (c.env.length === 0 ? c : { ...c, env: [] });
  return { ...pod, initContainers: pod.initContainers.map(strip), containers: pod.containers.map(strip) };
}
