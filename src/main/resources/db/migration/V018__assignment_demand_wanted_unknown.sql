-- Runs stored before V017 did not record the units their boxes wanted; V017 gave them 0, which
-- reads as "no demand". They get NULL ("not recorded") instead: a run with boxes always wants
-- some units, so a run whose every row says 0 is one of them.
ALTER TABLE assignment_demand ALTER COLUMN wanted DROP DEFAULT, ALTER COLUMN wanted DROP NOT NULL;

UPDATE assignment_demand d SET wanted = NULL
WHERE NOT EXISTS (SELECT 1 FROM assignment_demand o WHERE o.run_id = d.run_id AND o.wanted > 0);
