import { Component, type ReactNode } from 'react';
import { ErrorNotice } from '../ui/ErrorNotice';

interface State {
  error?: Error;
}

/** Last line of defence: a German message instead of a blank window if the database cannot open. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    return this.state.error ? <ErrorNotice error={this.state.error} fullScreen /> : this.props.children;
  }
}
