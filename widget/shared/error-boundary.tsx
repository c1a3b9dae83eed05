// Last line of defence: an unexpected error inside the widget shows the calm message and is logged;
// it never propagates into the host page.
import { Component, type ComponentChildren } from 'preact';

export interface ErrorBoundaryProps {
  fallback: ComponentChildren;
  children?: ComponentChildren;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  // In the constructor, not a class field: for Chrome 93-97 the build down-levels class fields with helper code
  // (engine/peildatum.ts).
  constructor(props: ErrorBoundaryProps) {
    super(props);
    this.state = { failed: false };
  }

  override componentDidCatch(error: unknown) {
    console.error('[voorzieningen-wijzer] Onverwachte fout in de widget:', error);
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
