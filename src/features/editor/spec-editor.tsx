// The pod spec editor: CodeMirror 6 for YAML, kept in step with the store's spec text, with loadPod's
// diagnostics drawn inline and listed below.
import { isolateHistory } from '@codemirror/commands';
import { diagnosticCount, setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { PodscopeState } from '../../store/podscope-store';
import { selectLoad, selectLoadedText } from '../../store/selectors';
import { getReadyForTyping, podscopeStore } from '../../store/use-podscope';
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
    // Typed and not yet sent to the store: a long spec waits for a pause in typing (typingDebounceFor).
    let unsent = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The store has the text and the editor is still drawing it: diagnostics for it must wait until it has.
    let catchingUp = false;

    const showDiagnostics = (state: PodscopeState) => {
      const view = viewRef.current;
      // The analysis arrives from a Worker: its positions fit only the text it read, so it is drawn when that is
      // the editor's text (nothing typed since); typing on sends the text again and the next analysis draws.
      if (!view || unsent || catchingUp || selectLoadedText(state) !== sentText) return;
      const { diagnostics } = selectLoad(state);
      // No problems before and none now (most keystrokes): nothing to redraw in the editor.
      if (diagnostics.length === 0 && diagnosticCount(view.state) === 0) return;
      view.dispatch(setDiagnostics(view.state, lintDiagnostics(view.state.doc, diagnostics)));
    };

    const send = (text: string) => {
      unsent = false;
      clearTimeout(timer);
      sentText = text;
      const store = podscopeStore.getState();
      // Typed and undone within the pause: the store has this text already; refresh the marks only.
      if (text === store.specText) showDiagnostics(store);
      // Otherwise the subscription below runs synchronously inside loadText, and finds the text already sent.
      else store.loadText(text);
    };

    const sendAfterPause = () => {
      const view = viewRef.current;
      if (unsent && view) send(view.state.doc.toString());
    };

    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: sentText,
        extensions: editorExtensions({ describedBy: hintId, initialLength: sentText.length }),
      }),
      // What the user types goes to the store before the editor works on it: reading a long spec's YAML for its
      // colours takes the editor milliseconds, and the Worker can read and simulate the text meanwhile (issue 4:
      // keystroke to redrawn canvas). A transaction's new document is known before its new state is computed.
      dispatchTransactions: (transactions, editor) => {
        const typed = transactions.some((tr) => tr.docChanged && tr.annotation(externalChange) !== true);
        const doc = transactions[transactions.length - 1]?.newDoc;
        if (!typed || !doc) return editor.update(transactions);
        const wait = typingDebounceFor(doc.length);
        if (wait > 0) {
          editor.update(transactions);
          unsent = true;
          clearTimeout(timer);
          timer = setTimeout(sendAfterPause, wait);
          return;
        }
        catchingUp = true;
        try {
          send(doc.toString());
        } finally {
          catchingUp = false;
          editor.update(transactions);
        }
        // An analysis made on this thread (where a Worker cannot start) has answered already.
        showDiagnostics(podscopeStore.getState());
      },
    });
    viewRef.current = view;
    showDiagnostics(podscopeStore.getState());
    // Focus is the sign that someone is about to type: the model gets ready for their keystrokes.
    view.contentDOM.addEventListener('focus', getReadyForTyping, { once: true });

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
      sendAfterPause(); // typing not yet sent goes to the store before the editor goes
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
