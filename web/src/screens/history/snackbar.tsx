// A short message above the tab bar, with one action (Undo). Polite: it is
// announced without moving focus.
import type { ComponentChildren } from 'preact';

export function Snackbar({ children, action }: { children: ComponentChildren; action?: { label: string; aria?: string; onClick: () => void } }) {
  return (
    <div class="snackbar" role="status">
      <span>{children}</span>
      {action && (
        <button type="button" class="btn btn-quiet snackbar-action" onClick={action.onClick} aria-label={action.aria ?? action.label}>
          {action.label}
        </button>
      )}
    </div>
  );
}
