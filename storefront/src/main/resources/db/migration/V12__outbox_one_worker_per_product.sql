-- Two workers indexing the same product at once (two instances, or the scheduled drain and a manual
-- one) could write what they read in the other order and leave the older state in the index. A claim
-- therefore skips rows of a product another worker holds (looked up by product_id), and claims take
-- turns on the single row of search_outbox_claim_turn, so two claims cannot both miss each other.
create index search_outbox_product_idx on search_outbox (product_id);

create table search_outbox_claim_turn (
    id int primary key
);
insert into search_outbox_claim_turn (id) values (1);
