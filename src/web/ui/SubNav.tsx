// Links between the views of one module (Versions, Compare, Checks), or the tabs of one page; the current
// one is marked for screen readers (aria-current or aria-selected) and in bold.
import type { ReactNode } from 'react';
import styles from './SubNav.module.css';

/** A navigation landmark of links; mark the current link with aria-current="page". */
export function SubNav({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className={styles.subnav}>
      {children}
    </nav>
  );
}

/** Tabs that switch what the panel under them shows; `onChoose` moves (the tab is in the address). */
export function Tabs<T extends string>({
  label,
  tabs,
  current,
  onChoose,
}: {
  label: string;
  tabs: ReadonlyArray<readonly [T, string]>;
  current: T;
  onChoose: (tab: T) => void;
}) {
  return (
    <div className={styles.subnav} role="tablist" aria-label={label}>
      {tabs.map(([tab, text]) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={tab === current}
          aria-controls="tab-panel"
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onChoose(tab)}
          onKeyDown={(event) => {
            const index = tabs.findIndex(([t]) => t === current);
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (step === 0) return;
            event.preventDefault();
            const next = tabs[(index + step + tabs.length) % tabs.length];
            if (next) {
              onChoose(next[0]);
              requestAnimationFrame(() => document.getElementById(`tab-${next[0]}`)?.focus());
            }
          }}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

/** The panel the current tab shows. */
export function TabPanel({ current, children }: { current: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id="tab-panel" aria-labelledby={`tab-${current}`}>
      {children}
    </div>
  );
}
