/** Where a background job (a roster import) stands; the database enum `job_status`. */
export const jobStatusValues = [
  'pending',
  'validating',
  'validated',
  'held',
  'running',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type JobStatus = (typeof jobStatusValues)[number];
