CREATE TABLE `audience_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`audience_id` text DEFAULT '' NOT NULL,
	`pillar_id` text,
	`text` text DEFAULT '' NOT NULL,
	`platform_ids` text DEFAULT '[]' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audience_messages_strategy` ON `audience_messages` (`strategy_id`,`sort_key`);--> statement-breakpoint
CREATE INDEX `audience_messages_audience` ON `audience_messages` (`audience_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `audiences` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'custom' NOT NULL,
	`regions` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`platform_ids` text DEFAULT '[]' NOT NULL,
	`map_position` text DEFAULT '[3,3]' NOT NULL,
	`stance` text DEFAULT 'unknown' NOT NULL,
	`priority` text DEFAULT 'medium' NOT NULL,
	`needs` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`lawful_basis` text DEFAULT '' NOT NULL,
	`review_date` text,
	`graph_position` text,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audiences_strategy` ON `audiences` (`strategy_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `engagements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`audience_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `engagements_audience` ON `engagements` (`audience_id`,`date`);--> statement-breakpoint
CREATE INDEX `engagements_strategy` ON `engagements` (`strategy_id`,`audience_id`,`date`);--> statement-breakpoint
CREATE TABLE `house_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'proof' NOT NULL,
	`parent_id` text,
	`text` text DEFAULT '' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `house_messages_strategy` ON `house_messages` (`strategy_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `message_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`audience_id` text DEFAULT '' NOT NULL,
	`audience_message_id` text DEFAULT '' NOT NULL,
	`language` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `message_versions_message` ON `message_versions` (`audience_message_id`,`sort_key`);--> statement-breakpoint
CREATE INDEX `message_versions_strategy` ON `message_versions` (`strategy_id`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`from_id` text DEFAULT '' NOT NULL,
	`to_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'custom' NOT NULL,
	`label` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `relationships_strategy` ON `relationships` (`strategy_id`);