-- Version 20: a claim reads the head of one kind's queue (issue "Intake and processing
-- at the hardware's pace").
--
-- A claim took a kind's due rows in `run_at` order through the index over all pending
-- rows, with an OR for the expired leases; SQLite and PostgreSQL both read every due
-- row and sorted them at each claim. After a burst of 30,000 orders (a job per order,
-- a cart plan per cart) the worker spent its time in that sort and ran about 16 jobs a
-- second. In (kind, run_at, id) order the head of a kind's queue is a seek, and so is
-- the question whether a kind has anything due (JobQueue::dueKinds).
CREATE INDEX jobs_due_by_kind ON jobs (kind, run_at, id) WHERE status = 'pending';
