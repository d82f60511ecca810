// The pod spec editor: CodeMirror 6 for YAML, kept in step with the store's spec text, with loadPod's
// diagnostics drawn inline and listed below.
import { isolateHistory } from '@codemirror/commands';
import { diagnosticCount, setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { PodscopeState } from '../../store/podscope-store';
import { selectLoad, selectLoadedText } from '../../store/selectors';
import { podscopeStore } from '../../store/use-podscope';
import { editorExtensions, externalChange, lintDiagnostics, moveCursorTo } from './codemirror-setup';
import { DiagnosticsList } from './diagnostics-list';
import { typingDebounceFor } from './typing-debounce';
import './editor.css';

export function SpecEditor() {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const hintId = useId();

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // The store is read and subscribed to directly (not through a React hook): the document and the
    // diagnostics must be lined up in the same synchronous step, and typing must not re-render React.
    let sentText = podscopeStore.getState().specText;
    // Typed and not yet sent to the store; sent after typingDebounceFor (a timer), or at once (a microtask).
    let unsent = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const showDiagnostics = (state: PodscopeState) => {
      const view = viewRef.current;
      // The analysis arrives from a Worker: its positions fit only the text it read, so it is drawn when that is
      // the editor's text (nothing typed since); typing on sends the text again and the next analysis draws.
      if (!view || unsent || selectLoadedText(state) !== sentText) return;
      const { diagnostics } = selectLoad(state);
      // No problems before and none now (most keystrokes): nothing to redraw in the editor.
      if (diagnostics.length === 0 && diagnosticCount(view.state) === 0) return;
      view.dispatch(setDiagnostics(view.state, lintDiagnostics(view.state.doc, diagnostics)));
    };

    const sendText = () => {
      if (!unsent) return;
      unsent = false;
      clearTimeout(timer);
      const view = viewRef.current;
      if (!view) return;
      const text = view.state.doc.toString();
      sentText = text;
      const store = podscopeStore.getState();
      // Typed and undone within the debounce: the store has this text already; refresh the marks only.
      if (text === store.specText) showDiagnostics(store);
      // Otherwise the subscription below runs synchronously inside loadText, while the document is still `text`.
      else store.loadText(text);
    };

    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: sentText,
        extensions: editorExtensions({
          describedBy: hintId,
          initialLength: sentText.length,
          onUserChange: () => {
            unsent = true;
            clearTimeout(timer);
            const wait = typingDebounceFor(viewRef.current?.state.doc.length ?? 0);
            // No wait: right after CodeMirror's update (which must end before the store's answer may dispatch
            // diagnostics), not after a frame, as a timer would be.
            if (wait === 0) queueMicrotask(sendText);
            else timer = setTimeout(sendText, wait);
          },
        }),
      }),
    });
    viewRef.current = view;
    showDiagnostics(podscopeStore.getState());

    const unsubscribe = podscopeStore.subscribe((state, previous) => {
      if (state.analysis !== previous.analysis) showDiagnostics(state);
      if (state.specText === previous.specText) return;
      if (state.specText !== sentText) {
        // The text changed from outside (a preset, a link): it wins over any typing not yet sent.
        unsent = false;
        clearTimeout(timer);
        sentText = state.specText;
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: state.specText },
          selection: EditorSelection.cursor(0),
          effects: EditorView.scrollIntoView(0),
          // Its own undo step: Ctrl+Z after a preset brings back what the user had typed.
          annotations: [externalChange.of(true), isolateHistory.of('full')],
        });
      }
      showDiagnostics(state);
    });

    return () => {
      unsubscribe();
      sendText(); // typing not yet sent goes to the store before the editor goes
      viewRef.current = null;
      view.destroy();
    };
  }, [hintId]);

  const jumpTo = useCallback((line: number, column: number) => {
    const view = viewRef.current;
    if (view) moveCursorTo(view, line, column);
  }, []);

  return (
    <div className="spec-editor">
      <div className="spec-editor__code" ref={hostRef} />
      <p className="spec-editor__hint" id={hintId}>
        Tab indents by two spaces; press <kbd>Esc</kbd> then <kbd>Tab</kbd> to leave the editor.
      </p>
      <DiagnosticsList onJump={jumpTo} />
    </div>
  );
}
