// Undo and redo of the spec text from outside the YAML editor (the builder form). CodeMirror's history already
// holds every change to the text, typed in the editor or made by the form (spec-editor.tsx dispatches a form's
// text as its own undo step), so driving that one history undoes "the last change, whoever made it". An undo
// here is a change in the editor like a typed one: the editor sends the text to the store as usual.
import { redo, redoDepth, undo, undoDepth } from '@codemirror/commands';
import { EditorView } from '@codemirror/view';

/** The "Pod spec" editor on the page (it stays mounted while the form is shown), found through its DOM. */
function specEditorView(): EditorView | null {
  const content = document.querySelector<HTMLElement>('.cm-content[aria-label="Pod spec"]');
  const editor = content?.closest<HTMLElement>('.cm-editor');
  return editor ? EditorView.findFromDOM(editor) : null;
}

export function undoSpecText(): boolean {
  const view = specEditorView();
  return view ? undo(view) : false;
}

export function redoSpecText(): boolean {
  const view = specEditorView();
  return view ? redo(view) : false;
}

/** How many steps can be undone and redone now. */
export function specHistoryDepth(): { undo: number; redo: number } {
  const view = specEditorView();
  return view ? { undo: undoDepth(view.state), redo: redoDepth(view.state) } : { undo: 0, redo: 0 };
}
