// Mounts React components into jsdom for tests of components that draw after mounting (the charts).
// Test files using it start with `// @vitest-environment jsdom`.
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders `node` into a fresh <div> in the document, effects run, and returns that div. */
export function mount(node: ReactNode): HTMLDivElement {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return container;
}
