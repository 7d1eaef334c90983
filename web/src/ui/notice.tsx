// A coloured box for information, warnings and errors. Errors are announced
// (role="alert"); the rest are polite status messages.
import type { ComponentChildren } from 'preact';

export type Tone = 'info' | 'warning' | 'danger' | 'ok';

export function Notice({ tone = 'info', title, children }: { tone?: Tone; title?: string; children?: ComponentChildren }) {
  return (
    <div class="notice" data-tone={tone} role={tone === 'danger' ? 'alert' : 'status'}>
      {title && <strong class="notice-title">{title}</strong>}
      {children}
    </div>
  );
}
