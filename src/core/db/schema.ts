// The database schema. Synced tables follow the same rules (see ARCHITECTURE.md "Data"):
// text ids, a tombstone instead of deletes, a fractional sort key for ordered lists, and every
// column nullable or defaulted so a field change from another replica can arrive before its row's others.

import { sql } from 'drizzle-orm';
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

// Audience maps and key messages (issue 4). Lists edited as a whole (regions, languages, platform
// ids, tags) are JSON text, one field each. A position on the influence-interest map is also one
// field, `map_position` = JSON [influence, interest]: a drag moves both at once, so two replicas
// dragging the same card concurrently end with one of the two drops rather than a mix of both.
// Child rows carry their strategy_id (and versions their audience_id) so a row arriving alone
// from another replica can be scoped and indexed for search without its parent.
// The full-text indexes over these tables (search_index, search_grams, search_keys, search_source and
// their triggers) live in drizzle/0002_search.sql and 0007_search_scripts.sql, not here: they are local
// and derived, never synced.
// A later migration that recreates one of these tables must recreate its search triggers too.

export const audiences = sqliteTable(
  'audiences',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    name: text('name').notNull().default(''),
    kind: text('kind').notNull().default('custom'),
    regions: text('regions').notNull().default('[]'),
    languages: text('languages').notNull().default('[]'),
    platformIds: text('platform_ids').notNull().default('[]'),
    mapPosition: text('map_position').notNull().default('[3,3]'),
    stance: text('stance').notNull().default('unknown'),
    priority: text('priority').notNull().default('medium'),
    needs: text('needs').notNull().default(''),
    notes: text('notes').notNull().default(''),
    tags: text('tags').notNull().default('[]'),
    lawfulBasis: text('lawful_basis').notNull().default(''),
    reviewDate: text('review_date'),
    /** JSON [x, y] in the relationship graph, or null until the planner places it. */
    graphPosition: text('graph_position'),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('audiences_strategy').on(t.strategyId, t.sortKey)],
);

export const engagements = sqliteTable(
  'engagements',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    audienceId: text('audience_id').notNull().default(''),
    date: text('date').notNull().default(''),
    kind: text('kind').notNull().default('other'),
    summary: text('summary').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
  },
  (t) => [
    index('engagements_audience').on(t.audienceId, t.date),
    // Latest contact of every audience of a strategy in one grouped scan.
    index('engagements_strategy').on(t.strategyId, t.audienceId, t.date),
  ],
);

export const relationships = sqliteTable(
  'relationships',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    fromId: text('from_id').notNull().default(''),
    toId: text('to_id').notNull().default(''),
    kind: text('kind').notNull().default('custom'),
    label: text('label').notNull().default(''),
  },
  (t) => [index('relationships_strategy').on(t.strategyId)],
);

/** The message house: one core message, pillars, and proof points (parent_id = their pillar). */
export const houseMessages = sqliteTable(
  'house_messages',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    kind: text('kind').notNull().default('proof'),
    parentId: text('parent_id'),
    text: text('text').notNull().default(''),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [index('house_messages_strategy').on(t.strategyId, t.sortKey)],
);

export const audienceMessages = sqliteTable(
  'audience_messages',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    audienceId: text('audience_id').notNull().default(''),
    pillarId: text('pillar_id'),
    text: text('text').notNull().default(''),
    platformIds: text('platform_ids').notNull().default('[]'),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [
    index('audience_messages_strategy').on(t.strategyId, t.sortKey),
    index('audience_messages_audience').on(t.audienceId, t.sortKey),
  ],
);

export const messageVersions = sqliteTable(
  'message_versions',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    audienceId: text('audience_id').notNull().default(''),
    audienceMessageId: text('audience_message_id').notNull().default(''),
    language: text('language').notNull().default(''),
    text: text('text').notNull().default(''),
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [
    index('message_versions_message').on(t.audienceMessageId, t.sortKey),
    index('message_versions_strategy').on(t.strategyId),
  ],
);

// The editorial calendar (issue 5). An item's lists and series exceptions are JSON text edited as
// a whole; its platform texts are rows of content_variants, so two planners editing the X and the
// LinkedIn text of one post on different laptops both keep their words. scheduled_at is a UTC instant (ISO, so it sorts as text) and time_zone the
// IANA zone it is planned in; a null scheduled_at is the backlog. The range query reads
// content_items_schedule (strategy_id, scheduled_at).
export const contentItems = sqliteTable(
  'content_items',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    title: text('title').notNull().default(''),
    language: text('language').notNull().default(''),
    audienceIds: text('audience_ids').notNull().default('[]'),
    keyMessageId: text('key_message_id'),
    objectiveId: text('objective_id'),
    campaignId: text('campaign_id'),
    assignee: text('assignee').notNull().default(''),
    tags: text('tags').notNull().default('[]'),
    links: text('links').notNull().default('[]'),
    hashtags: text('hashtags').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    /** JSON list of media library ids (the media library comes later). */
    mediaIds: text('media_ids').notNull().default('[]'),
    status: text('status').notNull().default('idea'),
    approvedBy: text('approved_by'),
    approvedAt: text('approved_at'),
    /**
     * SHA-256 of what the approver saw (texts per platform, media, links, hashtags, language). The
     * approval holds while the post still says exactly that; null on approvals recorded before digests.
     */
    approvedDigest: text('approved_digest'),
    /** Why the post went back to review (what changed after its approval), shown until it is approved again. */
    reviewReason: text('review_reason').notNull().default(''),
    scheduledAt: text('scheduled_at'),
    timeZone: text('time_zone').notNull().default('UTC'),
    /** RRULE-like text (FREQ=WEEKLY;INTERVAL=1;BYDAY=MO), or null for a single post. */
    recurrenceRule: text('recurrence_rule'),
    /** JSON list of local dates skipped in the series. */
    recurrenceExceptions: text('recurrence_exceptions').notNull().default('[]'),
  },
  (t) => [
    index('content_items_schedule').on(t.strategyId, t.scheduledAt),
    // Series are few; without this, finding them scans every post dated before the range.
    index('content_items_series').on(t.strategyId).where(sql`${t.recurrenceRule} IS NOT NULL AND ${t.deletedAt} IS NULL`),
  ],
);

/**
 * One platform's text of a content item. The id is derived from (item, platform), so replicas that
 * both add a text for the same platform write the same row and merge field by field.
 */
export const contentVariants = sqliteTable(
  'content_variants',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    itemId: text('item_id').notNull().default(''),
    platformId: text('platform_id').notNull().default(''),
    text: text('text').notNull().default(''),
  },
  (t) => [index('content_variants_item').on(t.itemId)],
);

export const campaigns = sqliteTable(
  'campaigns',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    name: text('name').notNull().default(''),
    colour: text('colour').notNull().default('#3b6ea5'),
    startDate: text('start_date').notNull().default(''),
    endDate: text('end_date').notNull().default(''),
    objectiveId: text('objective_id'),
  },
  (t) => [index('campaigns_strategy').on(t.strategyId, t.startDate)],
);

/** National days a planner adds to a strategy; international days are bundled in resources/observances.json. */
export const nationalDays = sqliteTable(
  'national_days',
  {
    ...synced,
    strategyId: text('strategy_id').notNull().default(''),
    name: text('name').notNull().default(''),
    /** MM-DD, every year. */
    monthDay: text('month_day').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [index('national_days_strategy').on(t.strategyId)],
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
export const syncedTables = {
  strategies,
  objectives,
  kpis,
  priorities,
  platforms,
  audiences,
  engagements,
  relationships,
  house_messages: houseMessages,
  audience_messages: audienceMessages,
  message_versions: messageVersions,
  content_items: contentItems,
  content_variants: contentVariants,
  campaigns,
  national_days: nationalDays,
} as const;
export type SyncedTableName = keyof typeof syncedTables;

