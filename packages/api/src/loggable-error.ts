/**
 * An error as the log may keep it: what failed and where, never the values it was given.
 * Drizzle's message is "Failed query: <SQL> params: <values>", a database message quotes
 * the offending value, and JSON.parse quotes the body it choked on; all of these can carry
 * a name, a phone number or a search. The SQL text stays (its values are parameters), the
 * parameters are counted, quoted fragments are masked and stack frames lose their message.
 */
export interface LoggableError {
  type: string;
  message: string;
  code?: string;
  routine?: string;
  table?: string;
  column?: string;
  constraint?: string;
  dataType?: string;
  query?: string;
  paramCount?: number;
  stack?: string;
  cause?: LoggableError;
}

const databaseFields = ['routine', 'table', 'column', 'constraint', 'dataType'] as const;

function maskQuoted(message: string): string {
  return message.replace(/"[^"]*"|'[^']*'/g, '"…"');
}

function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

// Marks a result, so that a logger whose serializer applies this again keeps it as it is.
const alreadyLoggable = Symbol('loggable error');

export function loggableError(error: unknown, depth = 0): LoggableError {
  if (typeof error === 'object' && error !== null && alreadyLoggable in error) {
    return error as unknown as LoggableError;
  }
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) {
    return { type: typeof error, message: 'a thrown non-error value' };
  }
  const source = error as Error & Record<string, unknown>;
  const type = source.constructor?.name || source.name || 'Error';
  const query = typeof source.query === 'string' ? source.query : undefined;
  const params = Array.isArray(source.params) ? source.params : undefined;
  const message =
    query !== undefined && params !== undefined
      ? 'Failed query'
      : source instanceof SyntaxError
        ? 'not valid JSON (or another syntax error)'
        : maskQuoted(String(source.message ?? ''));
  const logged: LoggableError = { type, message };
  Object.defineProperty(logged, alreadyLoggable, { value: true });
  if (typeof source.code === 'string' || typeof source.code === 'number') {
    logged.code = String(source.code);
  }
  for (const field of databaseFields) {
    if (typeof source[field] === 'string') logged[field] = source[field] as string;
  }
  if (query !== undefined) logged.query = query;
  if (params !== undefined) logged.paramCount = params.length;
  const stack = framesOf(source.stack);
  if (stack) logged.stack = stack;
  if (source.cause !== undefined && depth < 4)
    logged.cause = loggableError(source.cause, depth + 1);
  return logged;
}
