// ESLint rule: src/web talks to the server over HTTP only. It may import *types* from the server-side
// layers (the services' view types are the contract), but no run-time code from them; run-time code
// comes only from src/web itself, src/core (pure) and src/charts (the chart layer).
import path from 'node:path';

const src = path.resolve(import.meta.dirname, '..', 'src');
const webDir = path.join(src, 'web');
const serverSide = ['services', 'db', 'server', 'io', 'jobs', 'cli', 'reports'];

/** The server-side layer a resolved path lies in, or null. */
function serverLayerOf(resolved) {
  return serverSide.find((layer) => resolved.startsWith(path.join(src, layer) + path.sep)) ?? null;
}

/** Whether an import or export declaration brings in types only (`import type`, `export type`). */
function typeOnly(node) {
  if (node.type === 'ImportExpression') return false;
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
export const webBoundary = {
  meta: {
    type: 'problem',
    messages: {
      runtime:
        "src/web may import only types from src/{{layer}} ('{{source}}'): write `import type`, and fetch the data through the API.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!file.startsWith(webDir + path.sep)) return {};
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const layer = serverLayerOf(path.resolve(path.dirname(file), source));
      if (layer !== null && !typeOnly(node))
        context.report({ node, messageId: 'runtime', data: { source, layer } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'web-boundary': webBoundary } };
