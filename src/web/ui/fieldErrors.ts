// Errors by field, so each is shown next to the field it is about: the server's (an ApiError naming a
// field) and the page's own checks (a FieldError) alike. Anything else is about the form as a whole.

/** A check the page makes before sending, about one field. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldError';
  }
}

/** The last attempt's errors: per field, and for the form as a whole. */
export interface FieldErrors {
  /** About the form as a whole (or a field the form does not show). */
  form?: string;
  /** Every problem, when a file was refused whole. */
  problems?: readonly string[];
  /** The message for each field the form shows, in words for the person reading it. */
  fields?: Partial<Record<string, string>>;
}

/** A message for a person from anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Something went wrong. Try again.';
}

/** "simulations: Enter at most 20,000" at its field reads "Enter at most 20,000". */
export function atField(field: string, message: string): string {
  const rest = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Sorts an error to the field it names when the form shows that field, else to the form. */
export function fieldErrorOf(error: unknown, fields: readonly string[]): FieldErrors {
  const field =
    typeof error === 'object' && error !== null && 'field' in error && typeof error.field === 'string'
      ? error.field
      : undefined;
  const problems =
    typeof error === 'object' && error !== null && 'problems' in error && Array.isArray(error.problems)
      ? (error.problems as string[])
      : [];
  const message = messageOf(error);
  // The server names nested fields by their path ("links.workstream"): shown at the field that holds them.
  const shown =
    field === undefined ? undefined : fields.find((f) => field === f || field.startsWith(`${f}.`));
  if (field !== undefined && shown !== undefined) return { fields: { [shown]: atField(field, message) } };
  return { form: message, ...(problems.length > 0 ? { problems } : {}) };
}
