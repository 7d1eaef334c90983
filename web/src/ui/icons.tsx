// The tab bar's icons: simple strokes, decorative (the label beside them names the tab).
const paths = {
  today: 'M12 3v3M12 18v3M5 12H3m18 0h-2M7 7 5.5 5.5m13 13L17 17M7 17l-1.5 1.5m13-13L17 7M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
  plan: 'M4 5h16v15H4zM4 9h16M8 3v4m8-4v4M8 13h3m-3 4h6',
  history: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4M12 8v4l3 2',
  progress: 'M4 20V10m6 10V4m6 16v-7m4 7H3',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm8 3-2-1 .5-2.5-2-2L14 7l-1-2h-2l-1 2-2.5-.5-2 2L6 11l-2 1 2 1-.5 2.5 2 2L10 17l1 2h2l1-2 2.5.5 2-2L18 13Z',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}
