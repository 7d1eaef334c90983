// Sound, vibration and notifications for the runner. Browsers only let a page
// make sound after the lifter has touched it, so `unlock()` runs in tap
// handlers; the rest timer's end sound (no tap then) uses that unlocked
// context. Every part is optional: a phone without it just stays quiet.

export interface Alerts {
  /** Call from a tap: prepares the sound for later. */
  unlock(): void;
  /** A short tone; `long` for the end of a rest. */
  beep(long?: boolean): void;
  vibrate(pattern: number | number[]): void;
  /** Shows a system notification if the lifter allowed them (through the service worker where there is one). */
  notify(title: string, body: string): void;
}

type AudioCtor = typeof AudioContext;

export function createAlerts(win: Window & typeof globalThis = window): Alerts {
  let ctx: AudioContext | null = null;
  const Ctor = (win.AudioContext ?? (win as unknown as { webkitAudioContext?: AudioCtor }).webkitAudioContext) as AudioCtor | undefined;

  const tone = (freq: number, seconds: number, at: number) => {
    if (!ctx) return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    // A quick fade in and out: no click at the edges.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.4, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + seconds + 0.05);
  };

  return {
    unlock() {
      if (!Ctor) return;
      try {
        ctx ??= new Ctor();
        if (ctx.state === 'suspended') void ctx.resume();
      } catch {
        ctx = null;
      }
    },
    beep(long = false) {
      if (!ctx) return;
      const t = ctx.currentTime;
      if (long) {
        tone(880, 0.25, t);
        tone(880, 0.25, t + 0.35);
        tone(1175, 0.5, t + 0.7);
      } else tone(1046, 0.12, t);
    },
    vibrate(pattern) {
      try {
        win.navigator.vibrate?.(pattern);
      } catch {
        // Some browsers refuse vibration without a recent tap.
      }
    },
    notify(title, body) {
      const N = win.Notification;
      if (!N || N.permission !== 'granted') return;
      const options = { body, tag: 'bladework-rest' };
      const show = () => {
        try {
          new N(title, options);
        } catch {
          // No page notifications here (Android Chrome); the sound and vibration still ran.
        }
      };
      // Through the worker's registration: Android Chrome shows no other kind, and it
      // works from a hidden page. getRegistration, not ready: ready never settles without a worker.
      const worker = win.navigator.serviceWorker;
      if (!worker) return show();
      worker.getRegistration().then((reg) => (reg ? reg.showNotification(title, options) : show())).catch(show);
    },
  };
}

/** Notifications exist and the lifter has not answered yet: worth a polite button. */
export function canAskForNotifications(win: Window & typeof globalThis = window): boolean {
  return typeof win.Notification === 'function' && win.Notification.permission === 'default';
}
