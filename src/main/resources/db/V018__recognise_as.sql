-- Parallax library, schema 18: the language the user says an article is in, for recognition. NULL: decided from the
-- text (text.EnglishText), as every article was before; 'ENGLISH': recognised whatever its words look like (an English
-- article full of quoted German, say); 'OTHER': never given to the English recogniser (a foreign article the check
-- took for English). Setting it puts the article back in the NLP queue in the same transaction.
ALTER TABLE article ADD COLUMN recognise_as TEXT;
