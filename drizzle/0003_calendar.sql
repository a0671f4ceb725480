CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`colour` text DEFAULT '#3b6ea5' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`objective_id` text
);
--> statement-breakpoint
CREATE INDEX `campaigns_strategy` ON `campaigns` (`strategy_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `content_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`variants` text DEFAULT '[]' NOT NULL,
	`language` text DEFAULT '' NOT NULL,
	`audience_ids` text DEFAULT '[]' NOT NULL,
	`key_message_id` text,
	`objective_id` text,
	`campaign_id` text,
	`assignee` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`hashtags` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`media_ids` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'idea' NOT NULL,
	`approved_by` text,
	`approved_at` text,
	`scheduled_at` text,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`recurrence_rule` text,
	`recurrence_exceptions` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `content_items_schedule` ON `content_items` (`strategy_id`,`scheduled_at`);--> statement-breakpoint
CREATE TABLE `national_days` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`month_day` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `national_days_strategy` ON `national_days` (`strategy_id`);