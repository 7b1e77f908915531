-- Placeholder on the wip/annot branch only: V005 belongs to the story index (another branch). The migration runner
-- needs consecutive numbers, so this empty file stands in until the branches are merged.
SELECT 1;
