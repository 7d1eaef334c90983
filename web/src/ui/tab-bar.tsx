// The bottom tab bar: the five places of the app, in thumb reach.
import { Icon, type IconName } from './icons.js';

export type TabId = IconName;

const TABS: { id: TabId; label: string; href: string }[] = [
  { id: 'today', label: 'Today', href: '#/today' },
  { id: 'plan', label: 'Plan', href: '#/plan' },
  { id: 'history', label: 'History', href: '#/history' },
  { id: 'progress', label: 'Progress', href: '#/progress' },
  { id: 'settings', label: 'Settings', href: '#/settings' },
];

export function TabBar({ current }: { current: TabId | undefined }) {
  return (
    <nav class="tabbar" aria-label="Main">
      <ul>
        {TABS.map((t) => (
          <li key={t.id}>
            <a href={t.href} aria-current={t.id === current ? 'page' : undefined}>
              <Icon name={t.id} />
              <span>{t.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
