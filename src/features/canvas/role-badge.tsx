// A container's role as a badge: an icon and the role's words, with the reason it was chosen as a tooltip.
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

export function roleText(data: Pick<ContainerNodeData, 'role' | 'roleLabel' | 'initOrder'>): string {
  return data.role === 'init' && data.initOrder !== undefined ? `init ${data.initOrder}` : data.roleLabel;
}

export function RoleBadge({ data }: { data: Pick<ContainerNodeData, 'role' | 'roleLabel' | 'initOrder' | 'reason'> }) {
  return (
    <span className={`role-badge role-${data.role}`} title={data.reason ? `${data.roleLabel}: ${data.reason}` : data.roleLabel}>
      <span aria-hidden="true">{ROLE_ICON[data.role]}</span> {roleText(data)}
    </span>
  );
}
