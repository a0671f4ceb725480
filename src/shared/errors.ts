// Errors that cross the contract. Hosts serialise them as { code, message, issues }.

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'database_unreadable'
  | 'workspace_unavailable'
  | 'unauthorized'
  | 'internal';

export interface ErrorIssue {
  path: string;
  message: string;
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

export class ChanceryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
    this.name = 'ChanceryError';
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, issues: this.issues };
  }

  static from(value: unknown): ChanceryError {
    if (value instanceof ChanceryError) return value;
    if (isSerializedError(value)) return new ChanceryError(value.code, value.message, value.issues ?? []);
    return new ChanceryError('internal', value instanceof Error ? value.message : String(value));
  }
}

export function isSerializedError(value: unknown): value is SerializedError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SerializedError).code === 'string' &&
    typeof (value as SerializedError).message === 'string'
  );
}
