// The Form tab: build a pod without typing YAML. Everything shown is read from the spec text (loadPod's pod),
// never kept apart from it; every change is an edit to that text. A broken text makes the form read-only.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { TEMPLATE_IDS, CONTAINER_TEMPLATES } from '../../core/spec-edit/container-templates';
import { EMPTY_POD_YAML } from '../../core/spec-edit/empty-pod';
import { openPodDocument } from '../../core/spec-edit/pod-document';
import { allContainers } from '../../core/spec/pod-model';
import { podscopeStore, usePodscope } from '../../store/use-podscope';
import { redoSpecText, specHistoryDepth, undoSpecText } from '../editor/editor-history';
import { ContainerCard } from './container-card';
import { ProblemText } from './problem-text';
import { SelectField } from './select-field';
import { currentLoad } from './current-load';
import { commitEdit } from './spec-edit-actions';
import { TextField } from './text-field';
import './builder.css';

const POD_RESTART_POLICIES = [
  { value: 'Always', label: 'Always' },
  { value: 'OnFailure', label: 'OnFailure' },
  { value: 'Never', label: 'Never' },
] as const;

export function BuilderForm() {
  const text = usePodscope((s) => s.specText);
  const load = usePodscope(currentLoad);
  const opened = useMemo(() => openPodDocument(text, load.source?.document), [text, load.source?.document]);
  const pod = load.pod;
  const syntaxBroken = !opened.ok && opened.reason === 'syntax';
  const readOnly = !opened.ok;
  const syntaxError = load.diagnostics.find((d) => d.severity === 'error');
  // Re-read after each text change: the editor's history moves with the text.
  const [, setTick] = useState(0);
  const [addRefusal, setAddRefusal] = useState<string | null>(null);
  const depth = specHistoryDepth();

  const undo = () => {
    undoSpecText();
    setTick((n) => n + 1);
  };
  const redo = () => {
    redoSpecText();
    setTick((n) => n + 1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
    else return;
    e.preventDefault();
  };

  const containers = pod ? allContainers(pod) : [];
  const volumeNames = pod ? pod.volumes.map((v) => v.name) : [];
  return (
    <div className="builder" onKeyDown={onKeyDown} tabIndex={-1}>
      <div className="builder-toolbar" role="toolbar" aria-label="Form actions">
        <button type="button" onClick={undo} disabled={depth.undo === 0} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={depth.redo === 0} aria-keyshortcuts="Control+Shift+Z Control+Y">
          Redo
        </button>
        <button type="button" onClick={() => podscopeStore.getState().loadText(EMPTY_POD_YAML)}>
          New empty pod
        </button>
      </div>

      {syntaxBroken ? (
        <p className="builder-notice" role="status">
          The YAML has a syntax error{syntaxError ? ` at line ${syntaxError.line}` : ''}, so the form is read-only: fix it in the YAML tab (or undo).
        </p>
      ) : !opened.ok ? (
        <p className="builder-notice" role="status">
          The text holds no pod the form can edit. Start a new empty pod, or write one in the YAML tab.
        </p>
      ) : null}

      <fieldset className="builder-body" disabled={readOnly}>
        <legend className="visually-hidden">Pod</legend>
        <div className="builder-grid">
          {opened.ok && opened.pod.ownerPath ? (
            <TextField label={`${opened.pod.kind === 'Pod' ? 'Pod' : opened.pod.kind} name`} value={pod?.name ?? ''} toEdit={(t) => ({ type: 'setPodName', name: t.trim() })} />
          ) : null}
          <SelectField
            label="Restart policy"
            labelSuffix=" of the pod"
            value={pod?.restartPolicy ?? 'Always'}
            options={POD_RESTART_POLICIES}
            toEdit={(v) => ({ type: 'setPodRestartPolicy', value: v })}
          />
        </div>

        <h2 className="builder-heading">Containers</h2>
        {containers.length === 0 ? <p className="builder-row__note">No containers yet. Add one below.</p> : null}
        <ol className="builder-cards">
          {containers.map((c, i) => (
            <ContainerCard
              key={`${c.kind}-${c.index}`}
              container={c}
              position={i + 1}
              listLength={c.kind === 'app' ? (pod?.containers.length ?? 0) : (pod?.initContainers.length ?? 0)}
              volumeNames={volumeNames}
            />
          ))}
        </ol>

        <h2 className="builder-heading">Add a container</h2>
        <ul className="builder-templates">
          {TEMPLATE_IDS.map((id) => {
            const template = CONTAINER_TEMPLATES[id];
            return (
              <li key={id}>
                <button type="button" onClick={() => setAddRefusal(commitEdit({ type: 'addContainer', template: id }))}>
                  Add {template.label}
                </button>
                <span className="builder-templates__what">{template.description}</span>
              </li>
            );
          })}
        </ul>
        <div role="status">{addRefusal ? <ProblemText id="builder-add-refusal" message={addRefusal} /> : null}</div>
      </fieldset>
    </div>
  );
}
