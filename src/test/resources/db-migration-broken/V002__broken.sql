-- Test-only: the first statement works, the second fails, so the whole migration must roll back.
CREATE TABLE half_done (x INTEGER);

INSERT INTO no_such_table VALUES (1);
