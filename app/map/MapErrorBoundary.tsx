import { Component, type ReactNode } from 'react';
import { MapUnavailable } from './MapUnavailable.tsx';

interface State {
  error: string | null;
}

/**
 * Whatever goes wrong while drawing the map stays in the map's box: the header, search and panels
 * keep working, and the map's place says why it is missing.
 */
export class MapErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('map: drawing failed', error);
  }

  override render(): ReactNode {
    if (this.state.error !== null) return <MapUnavailable reason={this.state.error} />;
    return this.props.children;
  }
}
