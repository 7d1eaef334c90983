// A list of coaches or athletes with a button to end each link.
import type { CoachLink } from './settings-api.js';
import { shortDate } from './settings-api.js';

interface Props {
  links: CoachLink[];
  /** The button's text, e.g. "End"; its accessible name adds the person. */
  endLabel: string;
  onEnd: (link: CoachLink) => void;
}

export function LinkedPeople({ links, endLabel, onEnd }: Props) {
  return (
    <ul class="item-list">
      {links.map((l) => (
        <li key={l.linkId}>
          <div>
            <strong>{l.user.displayName}</strong>
            <span class="muted">
              {l.user.email} · since {shortDate(l.acceptedAt)}
            </span>
          </div>
          <button type="button" class="btn btn-danger" aria-label={`${endLabel}: ${l.user.displayName}`} onClick={() => onEnd(l)}>
            {endLabel}
          </button>
        </li>
      ))}
    </ul>
  );
}
