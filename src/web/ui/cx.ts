/** Joins the class names given, leaving out the empty ones: cx(styles.a, busy && styles.b). */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
