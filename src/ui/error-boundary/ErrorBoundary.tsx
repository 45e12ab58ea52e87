import {
  Component,
  Suspense,
  lazy,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ErrorInfo,
  type ReactNode,
} from 'react';
import { useStrings } from '../i18n';

interface BoundaryProps {
  /** What to show instead of the children after they threw; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Catches a render error (or a failed lazy chunk) below it, so one broken part never blanks the
 * page. React still needs a class for this (react.dev: "Catching rendering errors with an
 * error boundary").
 */
export class ErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('render error', error, info.componentStack);
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

/** The message for a part that failed to load, with a retry (and a close button if given). */
function PartFailed({
  part,
  onRetry,
  onClose,
}: {
  part: string;
  onRetry: () => void;
  onClose?: (() => void) | undefined;
}) {
  const t = useStrings();
  const retry = useRef<HTMLButtonElement>(null);
  // The reader asked for this part: put the focus on the way forward.
  useEffect(() => retry.current?.focus(), []);
  return (
    <div className="part-failed" role="alert" data-testid="part-failed">
      <p>{t.partFailed(part)}</p>
      <button ref={retry} type="button" className="text-button" onClick={onRetry}>
        {t.retry}
      </button>
      {onClose ? (
        <button type="button" className="text-button" onClick={onClose}>
          {t.closePanel}
        </button>
      ) : null}
    </div>
  );
}

export interface LazyPartProps<P extends object> {
  /** Loads the part's chunk; called again on retry (React.lazy keeps a failed load for good). */
  load: () => Promise<{ default: ComponentType<P> }>;
  /** Returns the part's props; read at each render, so a retry shows the current state. */
  props: () => P;
  /** The part's name as the reader knows it, for the failure message. */
  part: string;
  onClose?: () => void;
}

/**
 * A lazily loaded part of the interface behind its own error boundary: if its chunk cannot be
 * loaded (offline, or a redeploy removed it) or it crashes, the reader sees a message and a retry
 * in its place, and the rest of the app stays.
 */
export function LazyPart<P extends object>({ load, props, part, onClose }: LazyPartProps<P>) {
  const [Part, setPart] = useState(() => lazy(load));
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={() => (
        <PartFailed
          part={part}
          onClose={onClose}
          onRetry={() => {
            setPart(() => lazy(load));
            setAttempt((a) => a + 1);
          }}
        />
      )}
    >
      <Suspense fallback={null}>
        <Part {...props()} />
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * What the app root shows when the interface crashed: a message, a reload, and the text view
 * (behind its own boundary, in case it is what crashed).
 */
export function AppFailure({ textView }: { textView: ReactNode }) {
  const t = useStrings();
  return (
    <div className="app app--failed" data-testid="app-failed">
      <p className="map-failure" role="alert">
        {t.appFailed}{' '}
        <button type="button" className="text-button" onClick={() => window.location.reload()}>
          {t.reloadPage}
        </button>
      </p>
      <ErrorBoundary fallback={() => null}>{textView}</ErrorBoundary>
    </div>
  );
}
