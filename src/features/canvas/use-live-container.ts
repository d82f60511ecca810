// A container node's live state at the cursor, by the container's name: React Flow's node ids are places in the spec
// (flow-elements.ts), core's ids hold the name.
import { nodeId } from '../../core/graph/graph-types';
import { selectLiveContainer } from '../../store/graph-selectors';
import { usePodscope } from '../../store/use-podscope';

export function useLiveContainer(name: string) {
  return usePodscope((s) => selectLiveContainer(s, nodeId.container(name)));
}
