-- Bulk CSV imports of listings: one row per job with its progress, and the rejected lines.
create table import_job (
    id          varchar(36)  primary key,
    status      varchar(10)  not null,
    total       bigint       default 0 not null,
    processed   bigint       default 0 not null,
    failed      bigint       default 0 not null,
    created_by  varchar(80)  not null,
    created_at  timestamp    not null,
    finished_at timestamp,
    message     varchar(500)
);

create table import_job_error (
    job_id  varchar(36)  not null references import_job (id) on delete cascade,
    line    bigint       not null,
    message varchar(500) not null,
    primary key (job_id, line)
);
