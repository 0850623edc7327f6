-- Public maker profiles of beneficiaries. Whether a photo may be shown is consented on its own
-- (no photo is shown without it, and withdrawing it forgets the photo); one beneficiary has at
-- most one maker profile, found by its opaque reference. Makers without a reference (KUBE groups,
-- imported names) stay many: NULLs never collide in a unique index on H2 or PostgreSQL.
alter table maker add column photo_consented boolean default false not null;
create unique index maker_beneficiary_ref_idx on maker (beneficiary_ref);
