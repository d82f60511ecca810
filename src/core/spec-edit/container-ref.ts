// Which container an edit is about: its list in the PodSpec and its position there (order matters for init containers).
export type ContainerList = 'initContainers' | 'containers';

export interface ContainerRef {
  list: ContainerList;
  index: number;
}

/** "spec.containers[1]"-style path of a container, from the PodSpec path given. */
export function containerPathString(specPath: string, ref: ContainerRef): string {
  return `${specPath ? `${specPath}.` : ''}${ref.list}[${ref.index}]`;
}
