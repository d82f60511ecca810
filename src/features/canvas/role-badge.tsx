// A container's role as a badge: an icon and the role's words, with the reason it was chosen as a tooltip.
import { memo } from 'react';
import { selectRoleOf } from '../../store/graph-selectors';
import { usePodscope } from '../../store/use-podscope';
import type { ContainerNodeData } from '../../core/graph/graph-types';
import type { Role } from '../../core/patterns/role-types';

export const ROLE_ICON: Record<Role, string> = {
  init: '▶',
  'native-sidecar': '◧',
  sidecar: '◧',
  ambassador: '⇄',
  adapter: '⇋',
  main: '★',
};

/** The badge's words: "init 2", "ambassador"; a native sidecar shows its pattern here and its own mark beside. */
export function roleText(data: Pick<ContainerNodeData, 'role' | 'roleLabel' | 'initOrder' | 'pattern'>): string {
  if (data.role === 'init' && data.initOrder !== undefined) return `init ${data.initOrder}`;
  if (data.role === 'native-sidecar') return data.pattern ?? 'sidecar';
  return data.roleLabel;
}

/** The icon of what a container does: a native sidecar's pattern's, or its role's. */
function roleIcon(data: Pick<ContainerNodeData, 'role' | 'pattern'>): string {
  return data.role === 'native-sidecar' && data.pattern ? ROLE_ICON[data.pattern] : ROLE_ICON[data.role];
}

/**
 * Memo: the role comes from the spec, so a node's state changes pass it by. The reason is read by name: when it alone
 * changes (its words name another container, just renamed) the badge re-renders, not the node around it.
 */
export const RoleBadge = memo(function RoleBadge({ data }: { data: Pick<ContainerNodeData, 'name' | 'role' | 'roleLabel' | 'initOrder' | 'pattern'> }) {
  const reason = usePodscope((s) => selectRoleOf(s, data.name)?.reason ?? '');
  const look = data.role === 'native-sidecar' && data.pattern ? data.pattern : data.role;
  return (
    <span className={`role-badge role-${look}`} title={reason ? `${data.roleLabel}: ${reason}` : data.roleLabel}>
      <span aria-hidden="true">{roleIcon(data)}</span> {roleText(data)}
    </span>
  );
});
