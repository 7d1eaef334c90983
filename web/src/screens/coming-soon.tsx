// A screen that is not built yet: says so in one line. Replace its route in
// routes.tsx with the real screen.
import { Screen } from '../ui/screen.js';
import type { ScreenComponent } from '../routes.js';

export function comingSoon(title: string, line: string): ScreenComponent {
  return function ComingSoon() {
    return (
      <Screen title={title}>
        <p class="card">{line}</p>
      </Screen>
    );
  };
}
