// The frame of every screen: its h1 (focused after navigation, so a screen
// reader announces where the lifter is), the content, and an optional action
// bar kept at the bottom of the screen, within reach of a thumb.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ScreenProps {
  title: string;
  /** A line under the title. */
  intro?: ComponentChildren;
  /** Primary actions: buttons placed at the bottom. */
  actions?: ComponentChildren;
  children?: ComponentChildren;
}

export function Screen({ title, intro, actions, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · bladework`;
    // Not on the app's first paint: focus stays where the browser put it then.
    if (document.body.dataset['navigated'] === 'true') heading.current?.focus();
  }, [title]);
  return (
    <div class="screen">
      <div class="screen-head">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {intro && <p>{intro}</p>}
      </div>
      {children}
      {actions && <div class="action-bar">{actions}</div>}
    </div>
  );
}
