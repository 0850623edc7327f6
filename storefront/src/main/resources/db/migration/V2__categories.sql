-- The category codes of the public API contract exist in every installation, demo or not.
insert into category (code, label_id, label_en, sort_order) values ('makanan', 'Makanan', 'Food', 1);
insert into category (code, label_id, label_en, sort_order) values ('minuman', 'Minuman', 'Drinks', 2);
insert into category (code, label_id, label_en, sort_order) values ('batik-tenun', 'Batik & Tenun', 'Batik & woven cloth', 3);
insert into category (code, label_id, label_en, sort_order) values ('anyaman', 'Anyaman', 'Woven crafts', 4);
insert into category (code, label_id, label_en, sort_order) values ('fashion', 'Fesyen', 'Fashion', 5);
insert into category (code, label_id, label_en, sort_order) values ('rumah-tangga', 'Rumah Tangga', 'Home goods', 6);
insert into category (code, label_id, label_en, sort_order) values ('cinderamata', 'Cinderamata', 'Souvenirs', 7);
insert into category (code, label_id, label_en, sort_order) values ('kecantikan', 'Kecantikan', 'Beauty & care', 8);
