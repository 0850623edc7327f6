-- A RUNNING import job is leased by the instance that holds its file (lease_owner, a token of that
-- instance's run), which renews the lease while the job waits or runs. A job whose lease ended was
-- left by an instance that stopped: it is resumed from its file or failed, instead of showing
-- RUNNING forever; only the owner records progress.
alter table import_job add column lease_owner varchar(36);
alter table import_job add column lease_until timestamp;

-- Jobs left RUNNING before leases existed are not resumed: their files were written without the
-- whole-upload check, and what they would write now may be months old. They end as stopped, in the
-- words of the import's "stopped" message (ImportMessage.STOPPED), so the page can translate it.
update import_job
   set status = 'FAILED',
       finished_at = current_timestamp,
       message = 'The import stopped after ' || processed || ' rows; the rows before were saved. Importing the file again is safe.'
 where status = 'RUNNING';
