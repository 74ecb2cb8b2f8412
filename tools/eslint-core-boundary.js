// ESLint rule: a file under src/core may import only files under src/core (no packages, no node: modules).
import path from 'node:path';

const coreDir = path.resolve(import.meta.dirname, '..', 'src', 'core');

/** @type {import('eslint').Rule.RuleModule} */
export const coreBoundary = {
  meta: {
    type: 'problem',
    messages: {
      outside:
        "src/core is pure: '{{source}}' is outside src/core. Move the I/O to io/db/services and pass plain data in.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!file.startsWith(coreDir + path.sep)) return {};
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string') return;
      const inside =
        source.startsWith('.') && path.resolve(path.dirname(file), source).startsWith(coreDir + path.sep);
      if (!inside) context.report({ node, messageId: 'outside', data: { source } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'core-boundary': coreBoundary } };
