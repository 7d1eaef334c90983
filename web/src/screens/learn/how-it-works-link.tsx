// The way into How it works from a combo (Today, Plan) or from set-up.
import './how-it-works-link.css';
export function HowItWorksLink({ comboId, label = 'How this combo works' }: { comboId?: string; label?: string }) {
  return (
    <a class="learn-link" href={comboId ? `#/learn/${comboId}` : '#/learn'}>
      {label}
    </a>
  );
}
