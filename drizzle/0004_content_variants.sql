CREATE TABLE `content_variants` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`item_id` text DEFAULT '' NOT NULL,
	`platform_id` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `content_variants_item` ON `content_variants` (`item_id`);--> statement-breakpoint
-- Carry each item's JSON platform texts over into rows; the id is "<item id>:<platform id>", as the core derives it.
INSERT OR IGNORE INTO `content_variants` (`id`, `created_at`, `updated_at`, `deleted_at`, `strategy_id`, `item_id`, `platform_id`, `text`)
SELECT ci.`id` || ':' || json_extract(v.value, '$.platformId'), ci.`created_at`, ci.`updated_at`, NULL, ci.`strategy_id`, ci.`id`,
       json_extract(v.value, '$.platformId'), coalesce(json_extract(v.value, '$.text'), '')
FROM `content_items` ci, json_each(CASE WHEN json_valid(ci.`variants`) AND json_type(ci.`variants`) = 'array' THEN ci.`variants` ELSE '[]' END) v
WHERE json_type(v.value, '$.platformId') = 'text';--> statement-breakpoint
ALTER TABLE `content_items` DROP COLUMN `variants`;--> statement-breakpoint
-- The old column's changes name a column that no longer exists; the rows above replace them (the core logs them at start-up).
DELETE FROM `changes` WHERE `tbl` = 'content_items' AND `col` = 'variants';