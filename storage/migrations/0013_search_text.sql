-- Free-text search of the review screen, case- and accent-insensitive in every script
-- (storage/search.py): `search_text` holds the folded comment and proposed text of each
-- version, separated by a unit separator (U+001F) so that no match spans the two. The
-- triggers keep it in step with every write, an erasure's included; search_fold is
-- registered on every connection the bot opens (storage/db.py).
ALTER TABLE submission_versions ADD COLUMN search_text TEXT;
UPDATE submission_versions
   SET search_text = search_fold(comment) || char(31) || COALESCE(search_fold(proposed_text), '');
CREATE TRIGGER submission_versions_search_insert AFTER INSERT ON submission_versions
BEGIN
    UPDATE submission_versions
       SET search_text = search_fold(NEW.comment) || char(31) || COALESCE(search_fold(NEW.proposed_text), '')
     WHERE id = NEW.id;
END;
CREATE TRIGGER submission_versions_search_update AFTER UPDATE OF comment, proposed_text ON submission_versions
BEGIN
    UPDATE submission_versions
       SET search_text = search_fold(NEW.comment) || char(31) || COALESCE(search_fold(NEW.proposed_text), '')
     WHERE id = NEW.id;
END;
