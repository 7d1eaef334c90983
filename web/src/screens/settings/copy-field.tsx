// A read-only value (a link, an invite code) with a Copy button. Where the
// clipboard is not allowed (plain http on a LAN address), the text is selected
// so the lifter can copy it by hand.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Field } from '../../ui/field.js';

interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
  /** Monospace, for codes. */
  code?: boolean;
}

export function CopyField({ label, value, hint, code }: CopyFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      input.current?.select();
      setStatus('Selected: copy it with your phone’s Copy.');
    }
  };

  return (
    <div class="copy-field">
      <Field label={label} {...(hint ? { hint } : {})}>
        {(ids) => <input {...ids} ref={input} type="text" readOnly value={value} class={code ? 'mono' : undefined} onFocus={(e) => e.currentTarget.select()} />}
      </Field>
      <div class="row">
        <button type="button" class="btn" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
        <span class="muted" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
