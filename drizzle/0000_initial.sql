CREATE TABLE `changes` (
	`hlc` text PRIMARY KEY NOT NULL,
	`replica` text NOT NULL,
	`tbl` text NOT NULL,
	`row_id` text NOT NULL,
	`col` text NOT NULL,
	`value` text
);
--> statement-breakpoint
CREATE INDEX `changes_field` ON `changes` (`tbl`,`row_id`,`col`,`hlc`);--> statement-breakpoint
CREATE TABLE `kpis` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`objective_id` text DEFAULT '' NOT NULL,
	`metric` text DEFAULT '' NOT NULL,
	`baseline` real,
	`target` real,
	`actual` real,
	`unit` text DEFAULT '' NOT NULL,
	`due_date` text,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kpis_objective` ON `kpis` (`objective_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `local_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `objectives` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'custom' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `objectives_strategy` ON `objectives` (`strategy_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `platforms` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'custom' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`handle` text DEFAULT '' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`custodians` text DEFAULT '' NOT NULL,
	`recovery_note` text DEFAULT '' NOT NULL,
	`guidelines` text DEFAULT '' NOT NULL,
	`check_verified` integer DEFAULT false NOT NULL,
	`check_profile_text` integer DEFAULT false NOT NULL,
	`check_avatar_banner` integer DEFAULT false NOT NULL,
	`check_contact_disclaimer` integer DEFAULT false NOT NULL,
	`check_credential_custody` integer DEFAULT false NOT NULL,
	`check_guidelines` integer DEFAULT false NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `platforms_strategy` ON `platforms` (`strategy_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `priorities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`strategy_id` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `priorities_strategy` ON `priorities` (`strategy_id`,`sort_key`);--> statement-breakpoint
CREATE TABLE `strategies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT '' NOT NULL,
	`updated_at` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`title` text DEFAULT '' NOT NULL,
	`year` integer DEFAULT 0 NOT NULL,
	`mission` text DEFAULT '' NOT NULL,
	`vision` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL
);
