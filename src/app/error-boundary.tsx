// A view that throws while drawing is replaced by a message and a "Reset view" button instead of a blank page.
// Reset remounts the views under it; nothing of the store is touched, so the spec text (which lives in the store,
// never only in a view) is all still there. React catches render errors only in a class component's
// getDerivedStateFromError, so this one is a class.
import { Component, Fragment, type ReactNode } from 'react';
import { ErrorBoundaryFallback } from './error-boundary-fallback';

interface Props {
  /** What the user lost sight of, for the message: "The pod view", "Podscope". */
  what: string;
  /** 'page' (the default): the view is the whole page; 'section': a part of the app beside the editor. */
  scope?: 'page' | 'section';
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped on reset: a new key remounts the children with fresh state. */
  generation: number;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly reset = () => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render(): ReactNode {
    if (this.state.error) return <ErrorBoundaryFallback what={this.props.what} scope={this.props.scope ?? 'page'} error={this.state.error} onReset={this.reset} />;
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}
