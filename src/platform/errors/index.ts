// Typed errors with a stable id and an HTTP status. Only 4xx messages are ever shown to a user.
export class AppError extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Page not found') {
    super('not-found', message, 404);
  }
}

export class ForbiddenError extends AppError {
  constructor(readonly ability: string) {
    super('forbidden', `Missing ability ${ability}`, 403);
  }
}

export class CsrfError extends AppError {
  constructor() {
    super('csrf', 'The form could not be sent', 403);
  }
}

export class SignInRequiredError extends AppError {
  constructor() {
    super('sign-in-required', 'Sign in to see this page', 401);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super('unsupported-media-type', 'Forms must be sent as a web form', 415);
  }
}
