import { Component, type ErrorInfo, type ReactNode } from 'react'

export type FigureErrorBoundaryProps = {
  /** Shown in place of the figure when it fails, with the error's message. */
  fallback: (message: string) => ReactNode
  onError?: (error: Error) => void
  children?: ReactNode
}

/**
 * Stops a failing figure, not the page: an exception while rendering or inside a frame callback
 * replaces this figure with a short message; the host page and other figures carry on.
 */
export class FigureErrorBoundary extends Component<
  FigureErrorBoundaryProps,
  { error: Error | null }
> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidCatch(error: Error, _info: ErrorInfo) {
    this.props.onError?.(error)
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error.message) : this.props.children
  }
}
