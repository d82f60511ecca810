// One container in the form: name, image, command and args, ports, env, mounts, probes and (init containers
// only) restartPolicy, with buttons to move it within its list and remove it. Labels carry the container's
// position ("Name of container 2") so they stay put while its name is edited.
import { useState } from 'react';
import { PROBE_KINDS, editableFields } from '../../core/spec-edit/editable-fields';
import type { ContainerRef } from '../../core/spec-edit/container-ref';
import type { SpecEdit } from '../../core/spec-edit/spec-edits';
import type { ContainerModel } from '../../core/spec/pod-model';
import { ContainerLists } from './container-lists';
import { ProbeFields } from './probe-fields';
import { ProblemText } from './problem-text';
import { SelectField } from './select-field';
import { commitEdit, linesToList } from './spec-edit-actions';
import { TextField } from './text-field';

const KIND_WORDS: Record<ContainerModel['kind'], string> = { init: 'init container', sidecar: 'native sidecar', app: 'container' };

interface ContainerCardProps {
  container: ContainerModel;
  /** 1-based, in the kubelet's order (init containers first). */
  position: number;
  /** How many containers share its list, for the move buttons. */
  listLength: number;
  volumeNames: readonly string[];
}

export function ContainerCard({ container, position, listLength, volumeNames }: ContainerCardProps) {
  const refOf: ContainerRef = { list: container.kind === 'app' ? 'containers' : 'initContainers', index: container.index };
  const suffix = ` of container ${position}`;
  const name = container.name;
  const set = (field: (string | number)[], value: unknown): SpecEdit => ({ type: 'setContainerField', container: refOf, field, value });
  const fields = editableFields(container.kind);
  const headingId = `builder-container-${position}`;
  // A move or removal the validator refuses (removing a pod's last container) says why here.
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <li className={`builder-card builder-card--${container.kind}`} aria-labelledby={headingId}>
      <div className="builder-card__head">
        <h3 id={headingId} className="builder-card__title">
          <span className="builder-card__kind">{KIND_WORDS[container.kind]}</span> {name || '(no name)'}
        </h3>
        <div className="builder-card__actions">
          <button type="button" disabled={refOf.index === 0} onClick={() => setRefusal(commitEdit({ type: 'moveContainer', container: refOf, by: -1 }))} aria-label={`Move ${name} up`} title={`Move ${name} up`}>
            ↑
          </button>
          <button type="button" disabled={refOf.index >= listLength - 1} onClick={() => setRefusal(commitEdit({ type: 'moveContainer', container: refOf, by: 1 }))} aria-label={`Move ${name} down`} title={`Move ${name} down`}>
            ↓
          </button>
          <button
            type="button"
            onClick={(e) => {
              // The button goes with its card: keep focus in the form, so Ctrl+Z still reaches it.
              const form = e.currentTarget.closest<HTMLElement>('.builder');
              const problem = commitEdit({ type: 'removeContainer', container: refOf });
              setRefusal(problem);
              if (!problem) form?.focus();
            }}
          >
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      <div role="status">{refusal ? <ProblemText id={`${headingId}-refusal`} message={refusal} /> : null}</div>
      <div className="builder-grid">
        <TextField label="Name" labelSuffix={suffix} value={name} toEdit={(t) => set(['name'], t.trim())} />
        <TextField label="Image" labelSuffix={suffix} value={container.image} toEdit={(t) => set(['image'], t.trim())} />
        <TextField label="Command" labelSuffix={suffix} value={container.command.join('\n')} multiline hint="One word per line; empty runs the image's entrypoint." toEdit={(t) => set(['command'], linesToList(t))} />
        <TextField label="Args" labelSuffix={suffix} value={container.args.join('\n')} multiline hint="One per line." toEdit={(t) => set(['args'], linesToList(t))} />
        {fields.restartPolicy ? (
          <SelectField
            label="Restart policy"
            labelSuffix={suffix}
            value={container.restartPolicy ?? ''}
            options={[
              { value: '', label: 'none: runs to completion first' },
              { value: 'Always', label: 'Always: a native sidecar' },
            ]}
            toEdit={(v) => set(['restartPolicy'], v || undefined)}
          />
        ) : null}
      </div>
      <ContainerLists container={container} refOf={refOf} suffix={suffix} volumeNames={volumeNames} />
      {fields.probes ? (
        <fieldset className="builder-list">
          <legend>Probes</legend>
          {PROBE_KINDS.map((probe) => (
            <ProbeFields key={probe} container={container} refOf={refOf} probe={probe} suffix={suffix} />
          ))}
        </fieldset>
      ) : (
        <p className="builder-row__note">An init container may not have probes; set its restart policy to Always to make it a native sidecar, which may.</p>
      )}
    </li>
  );
}
