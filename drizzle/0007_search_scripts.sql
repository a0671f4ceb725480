-- Search in every script. The word index of 0002_search.sql finds whole words and word starts, but
-- Chinese and Japanese do not separate words, and Arabic and Hebrew attach prefixes to them (بالحوار,
-- والشباب, והשלום), so a word inside such text was never found. A second index, search_grams, holds the
-- same folded text cut into trigrams, which finds any piece of three characters or more anywhere; pieces of
-- one or two Chinese or Japanese characters are found by scanning it with LIKE (src/core/search/ftsQuery.ts).
-- Both indexes share a rowid (search_keys.n) and are written by the same triggers. The folding also
-- gains the Arabic alef variants (أ إ آ ٱ as ا) and Russian ё as е (src/core/search/fold.ts, which
-- tests/integration/search.test.ts holds this view to).
--
-- Like the word index, this is local derived data, never synced; the index is rebuilt below from the rows
-- already there.
DROP VIEW `search_source`;
--> statement-breakpoint
-- What each searched row contributes to the index, as written: search results show their snippets
-- in this spelling (src/core/search/restore.ts), not the folded one.
CREATE VIEW `search_text` AS
SELECT 'audience' AS kind, id, strategy_id, id AS audience_id, NULL AS parent_id, deleted_at, name AS title,
	needs || char(10) || notes || char(10) || CASE WHEN json_valid(tags) AND json_type(tags) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(tags)), '') ELSE tags END || char(10) || CASE WHEN json_valid(regions) AND json_type(regions) = 'array' THEN coalesce((SELECT group_concat(value, ', ') FROM json_each(regions)), '') ELSE regions END AS body
FROM audiences
UNION ALL
SELECT 'engagement', id, strategy_id, audience_id, NULL, deleted_at, summary, outcome FROM engagements
UNION ALL
SELECT 'house_message', id, strategy_id, NULL, parent_id, deleted_at, text, '' FROM house_messages
UNION ALL
SELECT 'message', id, strategy_id, audience_id, NULL, deleted_at, text, '' FROM audience_messages
UNION ALL
SELECT 'message_version', id, strategy_id, audience_id, audience_message_id, deleted_at, text, '' FROM message_versions;
--> statement-breakpoint
-- The same, folded (src/core/search/fold.ts): what the indexes hold. Triggers select one row from it by
-- kind and id; SQLite pushes that filter into each arm.
CREATE VIEW `search_source` AS
SELECT kind, id, strategy_id, audience_id, parent_id, deleted_at,
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(0x0610), ''), char(0x0611), ''), char(0x0612), ''), char(0x0613), ''), char(0x0614), ''), char(0x0615), ''), char(0x0616), ''), char(0x0617), ''), char(0x0618), ''), char(0x0619), ''), char(0x061A), ''), char(0x0640), ''), char(0x064B), ''), char(0x064C), ''), char(0x064D), ''), char(0x064E), ''), char(0x064F), ''), char(0x0650), ''), char(0x0651), ''), char(0x0652), ''), char(0x0653), ''), char(0x0654), ''), char(0x0655), ''), char(0x0656), ''), char(0x0657), ''), char(0x0658), ''), char(0x0659), ''), char(0x065A), ''), char(0x065B), ''), char(0x065C), ''), char(0x065D), ''), char(0x065E), ''), char(0x065F), ''), char(0x0670), ''), char(0x05B0), ''), char(0x05B1), ''), char(0x05B2), ''), char(0x05B3), ''), char(0x05B4), ''), char(0x05B5), ''), char(0x05B6), ''), char(0x05B7), ''), char(0x05B8), ''), char(0x05B9), ''), char(0x05BA), ''), char(0x05BB), ''), char(0x05BC), ''), char(0x05BD), ''), char(0x05BF), ''), char(0x05C1), ''), char(0x05C2), ''), char(0x05C7), ''), char(0x0622), char(0x0627)), char(0x0623), char(0x0627)), char(0x0625), char(0x0627)), char(0x0671), char(0x0627)), char(0x0451), char(0x0435)), char(0x0401), char(0x0415)) AS title,
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(0x0610), ''), char(0x0611), ''), char(0x0612), ''), char(0x0613), ''), char(0x0614), ''), char(0x0615), ''), char(0x0616), ''), char(0x0617), ''), char(0x0618), ''), char(0x0619), ''), char(0x061A), ''), char(0x0640), ''), char(0x064B), ''), char(0x064C), ''), char(0x064D), ''), char(0x064E), ''), char(0x064F), ''), char(0x0650), ''), char(0x0651), ''), char(0x0652), ''), char(0x0653), ''), char(0x0654), ''), char(0x0655), ''), char(0x0656), ''), char(0x0657), ''), char(0x0658), ''), char(0x0659), ''), char(0x065A), ''), char(0x065B), ''), char(0x065C), ''), char(0x065D), ''), char(0x065E), ''), char(0x065F), ''), char(0x0670), ''), char(0x05B0), ''), char(0x05B1), ''), char(0x05B2), ''), char(0x05B3), ''), char(0x05B4), ''), char(0x05B5), ''), char(0x05B6), ''), char(0x05B7), ''), char(0x05B8), ''), char(0x05B9), ''), char(0x05BA), ''), char(0x05BB), ''), char(0x05BC), ''), char(0x05BD), ''), char(0x05BF), ''), char(0x05C1), ''), char(0x05C2), ''), char(0x05C7), ''), char(0x0622), char(0x0627)), char(0x0623), char(0x0627)), char(0x0625), char(0x0627)), char(0x0671), char(0x0627)), char(0x0451), char(0x0435)), char(0x0401), char(0x0415)) AS body
FROM search_text;
--> statement-breakpoint
-- Trigrams fold case (case_sensitive 0, the default) and Latin accents as the word index does.
CREATE VIRTUAL TABLE `search_grams` USING fts5(title, body, tokenize = "trigram remove_diacritics 2");
--> statement-breakpoint
DROP TRIGGER `search_audiences_insert`;
--> statement-breakpoint
DROP TRIGGER `search_audiences_update`;
--> statement-breakpoint
CREATE TRIGGER `search_audiences_insert` AFTER INSERT ON `audiences` BEGIN
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('audience', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'audience' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'audience' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'audience' AND id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_audiences_update` AFTER UPDATE OF strategy_id, name, needs, notes, tags, regions, deleted_at ON `audiences` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'audience' AND id = NEW.id);
	DELETE FROM search_grams WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'audience' AND id = NEW.id);
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('audience', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'audience' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'audience' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'audience' AND id = NEW.id);
END;
--> statement-breakpoint
DROP TRIGGER `search_engagements_insert`;
--> statement-breakpoint
DROP TRIGGER `search_engagements_update`;
--> statement-breakpoint
CREATE TRIGGER `search_engagements_insert` AFTER INSERT ON `engagements` BEGIN
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('engagement', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'engagement' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'engagement' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'engagement' AND id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_engagements_update` AFTER UPDATE OF strategy_id, audience_id, summary, outcome, deleted_at ON `engagements` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'engagement' AND id = NEW.id);
	DELETE FROM search_grams WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'engagement' AND id = NEW.id);
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('engagement', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'engagement' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'engagement' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'engagement' AND id = NEW.id);
END;
--> statement-breakpoint
DROP TRIGGER `search_house_messages_insert`;
--> statement-breakpoint
DROP TRIGGER `search_house_messages_update`;
--> statement-breakpoint
CREATE TRIGGER `search_house_messages_insert` AFTER INSERT ON `house_messages` BEGIN
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('house_message', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'house_message' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'house_message' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'house_message' AND id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_house_messages_update` AFTER UPDATE OF strategy_id, parent_id, text, deleted_at ON `house_messages` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'house_message' AND id = NEW.id);
	DELETE FROM search_grams WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'house_message' AND id = NEW.id);
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('house_message', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'house_message' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'house_message' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'house_message' AND id = NEW.id);
END;
--> statement-breakpoint
DROP TRIGGER `search_audience_messages_insert`;
--> statement-breakpoint
DROP TRIGGER `search_audience_messages_update`;
--> statement-breakpoint
CREATE TRIGGER `search_audience_messages_insert` AFTER INSERT ON `audience_messages` BEGIN
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('message', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'message' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'message' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message' AND id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_audience_messages_update` AFTER UPDATE OF strategy_id, audience_id, text, deleted_at ON `audience_messages` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message' AND id = NEW.id);
	DELETE FROM search_grams WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message' AND id = NEW.id);
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('message', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'message' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'message' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message' AND id = NEW.id);
END;
--> statement-breakpoint
DROP TRIGGER `search_message_versions_insert`;
--> statement-breakpoint
DROP TRIGGER `search_message_versions_update`;
--> statement-breakpoint
CREATE TRIGGER `search_message_versions_insert` AFTER INSERT ON `message_versions` BEGIN
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('message_version', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'message_version' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'message_version' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message_version' AND id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_message_versions_update` AFTER UPDATE OF strategy_id, audience_id, audience_message_id, text, deleted_at ON `message_versions` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message_version' AND id = NEW.id);
	DELETE FROM search_grams WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message_version' AND id = NEW.id);
	INSERT OR IGNORE INTO search_keys (kind, id) VALUES ('message_version', NEW.id);
	INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
	SELECT (SELECT n FROM search_keys WHERE kind = 'message_version' AND id = NEW.id), kind, id, strategy_id, audience_id, parent_id, title, body
	FROM search_source WHERE kind = 'message_version' AND id = NEW.id AND deleted_at IS NULL;
	INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid = (SELECT n FROM search_keys WHERE kind = 'message_version' AND id = NEW.id);
END;
--> statement-breakpoint
-- Rebuild: both indexes from the rows there now, folded the new way.
DELETE FROM search_index;
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (kind, id) SELECT kind, id FROM search_source WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, kind, id, strategy_id, audience_id, parent_id, title, body)
SELECT k.n, s.kind, s.id, s.strategy_id, s.audience_id, s.parent_id, s.title, s.body
FROM search_source s JOIN search_keys k ON k.kind = s.kind AND k.id = s.id
WHERE s.deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_grams (rowid, title, body) SELECT rowid, title, body FROM search_index;
