// A container's ports, env variables and volume mounts in the form: one row per entry, each field a spec edit.
import type { ContainerRef } from '../../core/spec-edit/container-ref';
import type { SpecEdit } from '../../core/spec-edit/spec-edits';
import type { ContainerModel } from '../../core/spec/pod-model';
import { commitEdit, numberOrText } from './spec-edit-actions';
import { TextField } from './text-field';

interface ListsProps {
  container: ContainerModel;
  refOf: ContainerRef;
  /** " of container 2", for the accessible names. */
  suffix: string;
  /** Volumes declared in the pod, offered as the first mount's name. */
  volumeNames: readonly string[];
}

const set = (container: ContainerRef, field: (string | number)[], value: unknown): SpecEdit => ({ type: 'setContainerField', container, field, value });

function RemoveButton({ name, edit }: { name: string; edit: SpecEdit }) {
  return (
    <button type="button" className="builder-row__remove" aria-label={name} title={name} onClick={() => commitEdit(edit)}>
      ×
    </button>
  );
}

export function ContainerLists({ container, refOf, suffix, volumeNames }: ListsProps) {
  const name = container.name;
  const append = (field: string, entry: unknown) => commitEdit({ type: 'appendToContainerList', container: refOf, field, entry });
  return (
    <>
      <fieldset className="builder-list">
        <legend>Ports</legend>
        {container.ports.map((p, i) => (
          <div className="builder-row" key={i}>
            <TextField label="Port" labelSuffix={` ${i + 1}${suffix}`} value={String(p.containerPort)} numeric toEdit={(t) => set(refOf, ['ports', i, 'containerPort'], numberOrText(t))} />
            <TextField label="Port name" labelSuffix={` ${i + 1}${suffix}`} value={p.name ?? ''} toEdit={(t) => set(refOf, ['ports', i, 'name'], t.trim() || undefined)} />
            <RemoveButton name={`Remove port ${i + 1} of ${name}`} edit={set(refOf, ['ports', i], undefined)} />
          </div>
        ))}
        <button type="button" className="builder-add-entry" onClick={() => append('ports', { containerPort: 8080 })}>
          Add port<span className="visually-hidden"> to {name}</span>
        </button>
      </fieldset>

      <fieldset className="builder-list">
        <legend>Environment</legend>
        {container.env.map((v, i) => (
          <div className="builder-row" key={i}>
            <TextField label="Variable" labelSuffix={` ${i + 1}${suffix}`} value={v.name} toEdit={(t) => set(refOf, ['env', i, 'name'], t.trim())} />
            {v.valueFrom !== undefined ? (
              <p className="builder-row__note">from {v.valueFrom} (edit in YAML)</p>
            ) : (
              <TextField label="Value" labelSuffix={` of variable ${i + 1}${suffix}`} value={v.value ?? ''} toEdit={(t) => set(refOf, ['env', i, 'value'], t)} />
            )}
            <RemoveButton name={`Remove variable ${v.name || i + 1} of ${name}`} edit={set(refOf, ['env', i], undefined)} />
          </div>
        ))}
        <button type="button" className="builder-add-entry" onClick={() => append('env', { name: `VAR_${container.env.length + 1}`, value: '' })}>
          Add variable<span className="visually-hidden"> to {name}</span>
        </button>
      </fieldset>

      <fieldset className="builder-list">
        <legend>Volume mounts</legend>
        {container.volumeMounts.map((m, i) => (
          <div className="builder-row" key={i}>
            <TextField label="Volume" labelSuffix={` of mount ${i + 1}${suffix}`} value={m.name} toEdit={(t) => set(refOf, ['volumeMounts', i, 'name'], t.trim())} />
            <TextField label="Mount path" labelSuffix={` ${i + 1}${suffix}`} value={m.mountPath} toEdit={(t) => set(refOf, ['volumeMounts', i, 'mountPath'], t.trim())} />
            <RemoveButton name={`Remove mount ${m.name || i + 1} of ${name}`} edit={set(refOf, ['volumeMounts', i], undefined)} />
          </div>
        ))}
        {volumeNames.length ? (
          <button type="button" className="builder-add-entry" onClick={() => append('volumeMounts', { name: volumeNames[0], mountPath: `/mnt/${volumeNames[0]}` })}>
            Add volume mount<span className="visually-hidden"> to {name}</span>
          </button>
        ) : (
          <p className="builder-row__note">No volumes yet: a sidecar or init container template adds a shared one.</p>
        )}
      </fieldset>
    </>
  );
}
