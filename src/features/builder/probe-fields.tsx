// One probe of a container in the form: its check (HTTP GET, TCP socket, command or none), where it checks, how
// often and after how many failures it gives up. Defaults shown are Kubernetes' own (loadPod fills them in).
import type { ContainerRef } from '../../core/spec-edit/container-ref';
import { newProbe, type ProbeField } from '../../core/spec-edit/editable-fields';
import type { SpecEdit } from '../../core/spec-edit/spec-edits';
import type { ContainerModel } from '../../core/spec/pod-model';
import { SelectField } from './select-field';
import { linesToList, numberOrText } from './spec-edit-actions';
import { TextField } from './text-field';

const TITLES: Record<ProbeField, string> = { startupProbe: 'Startup probe', readinessProbe: 'Readiness probe', livenessProbe: 'Liveness probe' };
const TYPES = [
  { value: '', label: 'none' },
  { value: 'httpGet', label: 'HTTP GET' },
  { value: 'tcpSocket', label: 'TCP socket' },
  { value: 'exec', label: 'command' },
] as const;

interface ProbeFieldsProps {
  container: ContainerModel;
  refOf: ContainerRef;
  probe: ProbeField;
  suffix: string;
}

export function ProbeFields({ container, refOf, probe, suffix }: ProbeFieldsProps) {
  const model = container[probe];
  const title = TITLES[probe];
  const handler = model?.handler;
  const type: string = handler?.type ?? '';
  const set = (field: (string | number)[], value: unknown): SpecEdit => ({ type: 'setContainerField', container: refOf, field: [probe, ...field], value });
  const firstPort = container.ports[0]?.containerPort ?? 8080;
  const options = TYPES.some((t) => t.value === type) ? TYPES : [...TYPES, { value: type, label: type }];
  return (
    <div className="builder-probe" role="group" aria-label={`${title}${suffix}`}>
      <SelectField
        label={title}
        labelSuffix={suffix}
        value={type}
        options={options}
        toEdit={(v) => ({
          type: 'setContainerField',
          container: refOf,
          field: [probe],
          value: v === 'httpGet' || v === 'tcpSocket' || v === 'exec' ? newProbe(v, firstPort) : undefined,
        })}
      />
      {handler && (handler.type === 'httpGet' || handler.type === 'tcpSocket') ? (
        <TextField label="Port" labelSuffix={` of ${title.toLowerCase()}${suffix}`} value={String(handler.port)} toEdit={(t) => set([handler.type, 'port'], numberOrText(t))} />
      ) : null}
      {handler?.type === 'httpGet' ? (
        <TextField label="Path" labelSuffix={` of ${title.toLowerCase()}${suffix}`} value={handler.path} toEdit={(t) => set(['httpGet', 'path'], t.trim() || undefined)} />
      ) : null}
      {handler?.type === 'exec' ? (
        <TextField label="Command" labelSuffix={` of ${title.toLowerCase()}${suffix}`} value={handler.command.join('\n')} multiline hint="One word per line." toEdit={(t) => set(['exec', 'command'], linesToList(t))} />
      ) : null}
      {model ? (
        <>
          <TextField label="Period (s)" labelSuffix={` of ${title.toLowerCase()}${suffix}`} value={String(model.periodSeconds)} numeric toEdit={(t) => set(['periodSeconds'], numberOrText(t))} />
          <TextField label="Failure threshold" labelSuffix={` of ${title.toLowerCase()}${suffix}`} value={String(model.failureThreshold)} numeric toEdit={(t) => set(['failureThreshold'], numberOrText(t))} />
        </>
      ) : null}
    </div>
  );
}
