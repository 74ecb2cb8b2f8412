// ESLint rules for the layers' boundaries: a file under src/core may import only files under src/core (no
// packages, no node: modules); a file under src/charts only src/charts, src/core and the charting
// libraries, so that the same chart functions run in the browser and, through jsdom, in the reports.
import path from 'node:path';

const srcDir = path.resolve(import.meta.dirname, '..', 'src');
const coreDir = path.join(srcDir, 'core');
const chartsDir = path.join(srcDir, 'charts');
/** The packages src/charts may use: Plot and the parts of d3 it is built on. */
const chartLibraries = ['@observablehq/plot', 'd3-array', 'd3-shape'];

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

/** @type {import('eslint').Rule.RuleModule} */
export const chartsBoundary = {
  meta: {
    type: 'problem',
    messages: {
      outside:
        "src/charts draws with Plot only: '{{source}}' is outside src/charts, src/core and the chart libraries ({{libraries}}). Pass the document and data in.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!file.startsWith(chartsDir + path.sep)) return {};
    const check = (node) => {
      const source = node.source && node.source.value;
      if (typeof source !== 'string') return;
      const resolved = source.startsWith('.') ? path.resolve(path.dirname(file), source) : null;
      const inside = resolved
        ? resolved.startsWith(chartsDir + path.sep) ||
          resolved.startsWith(coreDir + path.sep) ||
          resolved === coreDir
        : chartLibraries.includes(source);
      if (!inside)
        context.report({
          node,
          messageId: 'outside',
          data: { source, libraries: chartLibraries.join(', ') },
        });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'core-boundary': coreBoundary, 'charts-boundary': chartsBoundary } };
