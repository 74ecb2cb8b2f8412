// Stylelint: the standard rules, with the class names CSS Modules use (camelCase, read from TypeScript as
// styles.name) and their :global/:local selectors. `npm test` runs it, so an unclosed block fails.
export default {
  extends: ['stylelint-config-standard'],
  rules: {
    'selector-class-pattern': [
      '^[a-z][a-zA-Z0-9]*$|^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
      { message: 'Name classes in camelCase (CSS Modules: styles.className) or kebab-case (global).' },
    ],
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global', 'local'] }],
    'property-no-unknown': [true, { ignoreProperties: ['composes'] }],
    // Clamping a line count still needs the prefixed box model in every browser.
    'value-no-vendor-prefix': [true, { ignoreValues: ['box'] }],
    'property-no-vendor-prefix': [true, { ignoreProperties: ['line-clamp', 'box-orient'] }],
    // Each module's selectors are its own: ordering them by specificity across unrelated classes adds nothing.
    'no-descending-specificity': null,
  },
};
