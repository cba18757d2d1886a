-- Version 4: the worker's queue read. "Pending, due, oldest first" through the old
-- (status, next_attempt_at, id) index had to collect every pending row and sort it
-- for each batch of four: quadratic once a backlog builds (12,000 pending events
-- took the worker down to a few hundred events a second). A partial index on id over
-- the pending rows only is read in order and stops after the batch.
DROP INDEX events_work;
CREATE INDEX events_pending ON events (id) WHERE status = 'pending';
