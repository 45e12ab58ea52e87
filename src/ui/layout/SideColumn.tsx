import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useStrings } from '../i18n';

export type SheetState = 'peek' | 'half' | 'full';
const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];
/** Share of the map area each sheet state covers (the CSS draws the same heights). */
const SHEET_SHARE: Record<SheetState, number> = { peek: 0.3, half: 0.55, full: 1 };

export interface SideTab {
  id: string;
  label: string;
}

/**
 * The side column (desktop) or bottom sheet (phones): the open views as tabs, one body that
 * scrolls inside itself. On a phone the sheet has a handle to drag or to step through small,
 * half and full screen (click, arrow keys); Escape closes the active view.
 */
export function SideColumn({
  tabs,
  active,
  onActivate,
  onClose,
  sheet,
  children,
}: {
  tabs: readonly SideTab[];
  active: string;
  onActivate: (id: string) => void;
  onClose: () => void;
  sheet: boolean;
  children: ReactNode;
}) {
  const t = useStrings();
  const [state, setState] = useState<SheetState>('half');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const root = useRef<HTMLElement>(null);
  const drag = useRef<{ startY: number; startH: number; moved: boolean } | null>(null);
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const step = (by: number) => {
    const i = SHEET_STATES.indexOf(state) + by;
    setState(SHEET_STATES[Math.max(0, Math.min(SHEET_STATES.length - 1, i))]!);
  };
  const parentHeight = () => root.current?.parentElement?.clientHeight ?? 1;

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowUp') step(1);
    else if (e.key === 'ArrowDown') step(-1);
    else if (e.key === 'Home') setState('full');
    else if (e.key === 'End') setState('peek');
    else return;
    e.preventDefault();
  };
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startH: root.current?.offsetHeight ?? 0, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const dy = d.startY - e.clientY;
    if (Math.abs(dy) > 6) d.moved = true;
    if (d.moved) setDragHeight(Math.max(80, Math.min(parentHeight(), d.startH + dy)));
  };
  const onPointerUp = () => {
    const d = drag.current;
    if (d?.moved && dragHeight !== null) {
      // Snap to the nearest state.
      const share = dragHeight / parentHeight();
      const nearest = SHEET_STATES.reduce((a, b) =>
        Math.abs(SHEET_SHARE[b] - share) < Math.abs(SHEET_SHARE[a] - share) ? b : a,
      );
      setState(nearest);
    }
    setDragHeight(null);
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const by = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (by === 0) return;
    e.preventDefault();
    const next = tabs[(i + by + tabs.length) % tabs.length]!;
    onActivate(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  return (
    <section
      ref={root}
      className={sheet ? `side side--sheet side--${state}` : 'side'}
      aria-label={t.sidePanels}
      data-testid="side"
      data-sheet-state={sheet ? state : undefined}
      style={sheet && dragHeight !== null ? { height: `${dragHeight}px` } : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      {sheet ? (
        <button
          type="button"
          className="sheet__handle"
          data-testid="sheet-handle"
          aria-label={t.sheetHandle(t.sheetState[state])}
          onClick={() => {
            if (drag.current?.moved) {
              drag.current = null;
              return;
            }
            drag.current = null;
            setState(state === 'full' ? 'peek' : SHEET_STATES[SHEET_STATES.indexOf(state) + 1]!);
          }}
          onKeyDown={onHandleKey}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <span className="sheet__grip" aria-hidden="true" />
        </button>
      ) : null}
      {tabs.length > 1 ? (
        <div className="side__tabs" role="tablist" aria-label={t.sidePanels}>
          {tabs.map((tab, i) => (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) tabRefs.current.set(tab.id, el);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`side-tab-${tab.id}`}
              className="side__tab"
              aria-selected={tab.id === active}
              aria-controls="side-body"
              tabIndex={tab.id === active ? 0 : -1}
              onClick={() => onActivate(tab.id)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      ) : null}
      <div
        className="side__body"
        id="side-body"
        {...(tabs.length > 1 ? { role: 'tabpanel', 'aria-labelledby': `side-tab-${active}` } : {})}
      >
        {children}
      </div>
    </section>
  );
}
