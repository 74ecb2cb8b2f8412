/** A failure a person can act on; `status` is the HTTP status the API answers with. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 415 | 423 | 429 | 503,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class ValidationError extends ServiceError {
  constructor(message: string, field?: string) {
    super(message, 400, field);
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
