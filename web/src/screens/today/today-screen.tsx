// The Today tab: the session runner, once the lifter's profile and plan are on
// the phone. Without a plan it sends them to make one.
import { localDate } from '../../lib/dates.js';
import { useStore } from '../../lib/store.js';
import type { ScreenProps } from '../../routes.js';
import { useServices } from '../../services.js';
import { Screen } from '../../ui/screen.js';
import { Runner } from './runner.js';
import './today.css';

export function TodayScreen(_: ScreenProps) {
  const { data, outbox, session } = useServices();
  const { data: local } = useStore(data);
  const auth = useStore(session);
  if (auth.status !== 'signed-in' || !local) return <p class="splash" role="status">Loading your training…</p>;
  if (!local.profile || !local.plan) {
    return (
      <Screen
        title="No plan yet"
        actions={
          <a class="btn btn-primary btn-big" href={local.profile ? '#/plan' : '#/welcome'}>
            {local.profile ? 'Make my plan' : 'Set up'}
          </a>
        }
      >
        <p class="card">Today’s session comes from your weekly plan. Make one first: it takes a minute.</p>
      </Screen>
    );
  }
  return <Runner key={auth.user.id} local={local} userId={auth.user.id} outbox={outbox} today={localDate()} />;
}
