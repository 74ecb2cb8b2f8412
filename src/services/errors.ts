/** A failure a person can act on; `status` is the HTTP status the API answers with. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429 | 503,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class ValidationError extends ServiceError {
  constructor(
    message: string,
    field?: string,
    /** Every problem found, as sentences, when there is more than one (the API answers them as `problems`). */
    readonly problems?: readonly string[],
  ) {
    super(message, 400, field);
  }
}

/** Too much to take in one request or file (413): the message names the limit. */
export class TooLargeError extends ServiceError {
  constructor(message: string, field?: string) {
    super(message, 413, field);
  }
}

export class NotSignedInError extends ServiceError {
  constructor(message = 'Please sign in.') {
    super(message, 401);
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message: string) {
    super(message, 403);
  }
}

export class NotFoundError extends ServiceError {
  constructor(message: string) {
    super(message, 404);
  }
}

export class ConflictError extends ServiceError {
  constructor(message: string, field?: string) {
    super(message, 409, field);
  }
}
