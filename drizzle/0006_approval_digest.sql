ALTER TABLE `content_items` ADD `approved_digest` text;--> statement-breakpoint
ALTER TABLE `content_items` ADD `review_reason` text DEFAULT '' NOT NULL;