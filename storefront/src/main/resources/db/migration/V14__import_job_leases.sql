-- A RUNNING import job is leased by the instance that holds its file and renews the lease while the
-- job waits or runs. A job whose lease ended was left by an instance that stopped: it is failed
-- (or resumed from its file by that instance when it starts again) instead of showing RUNNING forever.
alter table import_job add column lease_until timestamp;

-- Jobs left RUNNING before leases existed have no instance renewing them: their lease has ended.
update import_job set lease_until = timestamp '2000-01-01 00:00:00' where status = 'RUNNING';
