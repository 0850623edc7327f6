-- Accounts of staff and makers. Roles: ADMIN, COORDINATOR (bound to unit_id), MAKER (bound to maker_id).
create table app_user (
    username      varchar(80)  primary key,
    password_hash varchar(400) not null,
    role          varchar(20)  not null,
    unit_id       bigint,
    maker_id      bigint,
    active        boolean      not null default true,
    created_at    timestamp    not null
);
