/** What must never reach a client: a stack trace, SQL or a database message, a server path. */
const leakPatterns: readonly RegExp[] = [
  /\n\s+at [^\n]+:\d+:\d+/,
  /\bat (?:async )?[\w.<>]+ \([^)]*:\d+:\d+\)/,
  /Failed query/i,
  /\bselect\s+(?:"|\*|distinct\b)/i,
  /\binsert\s+into\s+"/i,
  /\bupdate\s+"\w+"\s+set\b/i,
  /\bdelete\s+from\s+"/i,
  /violates (?:unique|foreign key|check|not-null) constraint/i,
  /invalid input syntax for/i,
  /out of range for type/i,
  /syntax error at or near/i,
  /\brelation "\w+"/i,
  /node_modules/,
  /(?:^|[\s"'(=])\/(?:work|home|root|usr|tmp|app|srv|opt|var)\//,
  /\.[cm]?[jt]sx?:\d+/,
];

/** The first pattern a response body matches, or null when it shows nothing internal. */
export function leakIn(body: string): string | null {
  return leakPatterns.find((pattern) => pattern.test(body))?.source ?? null;
}
