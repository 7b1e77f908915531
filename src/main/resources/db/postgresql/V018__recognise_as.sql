-- Parallax library on PostgreSQL, schema 18: the language the user says an article is in, for recognition (see
-- db/V018__recognise_as.sql). NULL: decided from the text.
ALTER TABLE article ADD COLUMN recognise_as TEXT;
