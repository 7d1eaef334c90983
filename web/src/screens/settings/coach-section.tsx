// Coaching, both ways: an athlete links a coach with an invite code; a coach
// makes codes and sees their athletes. Anyone can be both.
import { CoachAthleteSide } from './coach-athlete-side.js';
import { CoachCoachSide } from './coach-coach-side.js';

export function CoachSection() {
  return (
    <section class="section" aria-labelledby="coach-h">
      <h2 id="coach-h">Coach</h2>
      <div class="card stack">
        <p class="muted">
          A coach you link can read your plan and your logged sessions, and can give you a new plan. They cannot change your logs or your settings. You can end
          the link at any time.
        </p>
        <CoachAthleteSide />
        <hr class="settings-hr" />
        <CoachCoachSide />
      </div>
    </section>
  );
}
