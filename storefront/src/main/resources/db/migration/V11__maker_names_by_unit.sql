-- A bulk import looks up a batch's makers by unit and display name (display_name in (...) and
-- unit_id = ?). H2 turns an IN list into index look-ups only on an index's first column: with
-- maker_unit_idx alone it read every maker of the unit and compared each with every name.
create index maker_name_unit_idx on maker (display_name, unit_id);
