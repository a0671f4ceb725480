// The database schema. Synced tables follow the same rules (see ARCHITECTURE.md "Data"):
// text ids, a tombstone instead of deletes, a fractional sort key for ordered lists, and every
// column nullable or defaulted so a field change from another replica can arrive before its row's others.

import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const synced = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull().default(''),
  updatedAt: text('updated_at').notNull().default(''),
  deletedAt: text('deleted_at'),
};

export const strategies = sqliteTable('strategies', {
  ...synced,
  title: text('title').notNull().default(''),
  year: integer('year').notNull().default(0),
  mission: text('mission').notNull().default(''),
  vision: text('vision').notNull().default(''),
  status: text('status').notNull().default('draft'),
});

export const objectives = sqliteTable(
  'objectives',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    title: text('title').notNull().default(''),
    kind: text('kind').notNull().default('custom'),
    description: text('description').notNull().default(''),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('objectives_strategy').on(t.strategyId, t.sortKey)],
);

export const kpis = sqliteTable(
  'kpis',
  {
    ...synced,
    objectiveId: text('objective_id').notNull().default(''),
    metric: text('metric').notNull().default(''),
    baseline: real('baseline'),
    target: real('target'),
    actual: real('actual'),
    unit: text('unit').notNull().default(''),
    dueDate: text('due_date'),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('kpis_objective').on(t.objectiveId, t.sortKey)],
);

export const priorities = sqliteTable(
  'priorities',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    title: text('title').notNull().default(''),
    description: text('description').notNull().default(''),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('priorities_strategy').on(t.strategyId, t.sortKey)],
);

export const platforms = sqliteTable(
  'platforms',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    kind: text('kind').notNull().default('custom'),
    name: text('name').notNull().default(''),
    handle: text('handle').notNull().default(''),
    /** JSON array of BCP 47 tags; the list is edited as a whole, so one field is the right merge unit. */
    languages: text('languages').notNull().default('[]'),
    owner: text('owner').notNull().default(''),
    status: text('status').notNull().default('planned'),
    custodians: text('custodians').notNull().default(''),
    recoveryNote: text('recovery_note').notNull().default(''),
    guidelines: text('guidelines').notNull().default(''),
    checkVerified: integer('check_verified', { mode: 'boolean' }).notNull().default(false),
    checkProfileText: integer('check_profile_text', { mode: 'boolean' }).notNull().default(false),
    checkAvatarBanner: integer('check_avatar_banner', { mode: 'boolean' }).notNull().default(false),
    checkContactDisclaimer: integer('check_contact_disclaimer', { mode: 'boolean' }).notNull().default(false),
    checkCredentialCustody: integer('check_credential_custody', { mode: 'boolean' }).notNull().default(false),
    checkGuidelines: integer('check_guidelines', { mode: 'boolean' }).notNull().default(false),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('platforms_strategy').on(t.strategyId, t.sortKey)],
);

/**
 * The change log: one row per changed field, ordered by hybrid logical clock.
 * `hlc` embeds the replica id, so it is unique across replicas.
 */
export const changes = sqliteTable(
  'changes',
  {
    hlc: text('hlc').primaryKey(),
    replica: text('replica').notNull(),
    table: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    column: text('col').notNull(),
    value: text('value', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('changes_field').on(t.table, t.rowId, t.column, t.hlc)],
);

/** Facts about this replica only; never synced. */
export const localMeta = sqliteTable('local_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Tables whose rows are synced through the change log, by SQL name. */
export const syncedTables = { strategies, objectives, kpis, priorities, platforms } as const;
export type SyncedTableName = keyof typeof syncedTables;

