import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the part when its code could not be fetched (or it failed to draw). */
  failed: ReactNode;
  children: ReactNode;
}

/**
 * Around a part whose code loads on demand: a failed download (the connection dropped after the
 * first view) costs that part only, not the whole page.
 */
export class LoadBoundary extends Component<Props, { error: boolean }> {
  override state = { error: false };

  static getDerivedStateFromError(): { error: boolean } {
    return { error: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('a part of the page could not be loaded', error);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.failed : this.props.children;
  }
}
