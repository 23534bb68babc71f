import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only and hash-chained: `prev_hash` and `hash` are filled by a BEFORE INSERT
 * trigger (see the custom migration), and UPDATE, DELETE and TRUNCATE raise.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 6 }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    actorLogin: text('actor_login'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Path of the org unit the change belongs to, for subtree-scoped reading. */
    orgPath: integer('org_path').array(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    clientIp: text('client_ip'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_org_path_gin').using('gin', t.orgPath),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_at_idx').on(t.at),
  ],
);
