/** The application's one error vocabulary, shared by the server and the web client. */
export const appErrorCodes = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'CONFLICT',
  'VALIDATION',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export interface FieldErrors {
  [field: string]: string;
}
