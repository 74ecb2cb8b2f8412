// The page for a module that is planned but not built: says what it will do, shows no figures.
import type { ModuleInfo } from '../app/modules.ts';

export function ModulePlaceholder({ module }: { module: ModuleInfo }) {
  return (
    <>
      <h1>{module.title}</h1>
      <p className="lead">{module.purpose}</p>
      <div className="inset">
        <p>This module is not available yet.</p>
      </div>
    </>
  );
}
