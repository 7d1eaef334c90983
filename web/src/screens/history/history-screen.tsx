// History: every session, newest first, in a windowed list (only the rows on
// screen are in the page, so 100k imported sets open as fast as ten). Rounds
// can be corrected, or deleted with a few seconds to undo.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Round, Warning } from '../../api/types.js';
import { forgetRound, reviseRound } from '../../offline/local-rounds.js';
import type { ScreenProps } from '../../routes.js';
import { useServices } from '../../services.js';
import { Screen } from '../../ui/screen.js';
import { ComboEditForm } from './combo-edit-form.js';
import { comboName } from './format.js';
import { deleteCombo } from './history-api.js';
import type { HistorySession } from '../../api/types.js';
import { ComboRow, EndRow, ExerciseRow, SessionHeading } from './history-row.js';
import { buildRows, mergeOutbox, rowHeight, setsPerLine, type Row } from './history-rows.js';
import { Snackbar } from './snackbar.js';
import { UndoDelete } from './undo-delete.js';
import { useHistory } from './use-history.js';
import { VirtualList } from './virtual-list.js';
import './history.css';

type Message = { text: string; undo?: Round };

/** The list's width, for how many set chips fit on a line. */
function useWidth(): [(el: HTMLDivElement | null) => void, number] {
  const [width, setWidth] = useState(360);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!el) return;
    setWidth(el.clientWidth || 360);
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(() => setWidth(el.clientWidth || 360));
    observer.current.observe(el);
  }, []);
  return [ref, width];
}

export function HistoryScreen(_: ScreenProps) {
  const { session, data, outbox } = useServices();
  // Screens only show while someone is signed in (app.tsx).
  const userId = session.userId ?? '';
  const h = useHistory(userId);
  // Every load in the lifter's unit; a set logged in the other unit keeps its own in the row's title.
  // Read, not subscribed: a switch of unit happens on another screen, and History renders afresh when opened.
  const unit = data.value.data?.profile?.unit ?? 'kg';
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<Round | null>(null);
  const scrollBack = useRef(0);
  const [widthRef, width] = useWidth();
  const perLine = setsPerLine(width);

  // The phone's outbox and copy of the log feed this list and today's prescriptions: keep them in step.
  const phone = { data, outbox };
  const undo = useMemo(
    () =>
      new UndoDelete({
        remove: deleteCombo,
        onChange: setHidden,
        onDeleted: (id) => {
          h.remove(id);
          void forgetRound(phone, id);
        },
        onError: () => setMessage({ text: 'That round could not be deleted (no connection?). It is back in the list.' }),
      }),
    // Made once: its callbacks only use stable functions.
    [],
  );
  useEffect(() => () => undo.flush(), [undo]);

  // A message goes away by itself; an Undo one when its window has passed.
  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage(null), message.undo ? 6000 : 4000);
    return () => clearTimeout(t);
  }, [message]);

  const merged = useMemo(() => mergeOutbox(h.sessions, h.outbox, h.state === 'done' || h.state === 'offline'), [h.sessions, h.outbox, h.state]);
  const cache = useMemo(() => new WeakMap<HistorySession, Row[]>(), [perLine]);
  const rows = useMemo(() => buildRows(merged.sessions, { perLine, hidden, status: merged.status, names: h.names, cache }), [merged, perLine, hidden, h.names, cache]);

  const onDelete = useCallback((log: Round) => {
    undo.delete(log.id);
    setMessage({ text: `${comboName(log.combo)} round deleted.`, undo: log });
  }, [undo]);
  const onEdit = useCallback((log: Round) => {
    scrollBack.current = window.scrollY;
    setEditing(log);
    window.scrollTo(0, 0);
  }, []);
  useLayoutEffect(() => {
    if (!editing && scrollBack.current) window.scrollTo(0, scrollBack.current);
  }, [editing]);

  const onSaved = (log: Round, warnings: Warning[]) => {
    h.replace(log);
    void reviseRound(phone, log);
    setEditing(null);
    setMessage({ text: warnings[0] ? `Saved. ${warnings[0].message}` : 'Saved.' });
  };

  const render = useCallback(
    (row: Row) => {
      switch (row.kind) {
        case 'session':
          return <SessionHeading session={row.session} />;
        case 'combo':
          return <ComboRow log={row.log} status={row.status} unit={unit} onEdit={onEdit} onDelete={onDelete} />;
        case 'exercise':
          return <ExerciseRow name={row.name} sets={row.sets} unit={unit} />;
        case 'end':
          return <EndRow state={h.state} error={h.error} empty={rows.length === 1} onMore={h.loadMore} />;
      }
    },
    [onEdit, onDelete, h.state, h.error, h.loadMore, rows.length],
  );

  if (editing) return <ComboEditForm log={editing} onSaved={onSaved} onCancel={() => setEditing(null)} />;

  return (
    <Screen title="History" intro="Every session, newest first.">
      <div ref={widthRef} style={{ '--per-line': String(perLine) }}>
        <VirtualList rows={rows} heightOf={rowHeight} keyOf={(r) => r.key} render={render} onNearEnd={h.state === 'idle' ? h.loadMore : undefined} label="Sessions" />
      </div>
      {message && (
        <Snackbar
          {...(message.undo
            ? {
                action: {
                  label: 'Undo',
                  aria: `Undo deleting the ${comboName(message.undo.combo)} round`,
                  onClick: () => {
                    undo.undo(message.undo!.id);
                    setMessage(null);
                  },
                },
              }
            : {})}
        >
          {message.text}
        </Snackbar>
      )}
    </Screen>
  );
}
