import type { z } from 'zod';

/** A field-level problem, ready to show next to the field (German message). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Thrown by repositories when input does not satisfy the shared schema or a domain rule. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }

  static single(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} wurde nicht gefunden. Vielleicht wurde es inzwischen gelöscht.`);
    this.name = 'NotFoundError';
  }
}

/**
 * Another window saved the same record first; both texts are kept for the user to choose.
 * `stored` is what the other window saved, to show beside the user's own version.
 */
export class ConflictError<T = unknown> extends Error {
  readonly stored: T | undefined;
  constructor(stored?: T) {
    super('Dieser Eintrag wurde inzwischen an anderer Stelle geändert.');
    this.name = 'ConflictError';
    this.stored = stored;
  }
}

/** A write to approved minutes, refused: they are final, a correction is an amendment. */
export class LockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedError';
  }
}
