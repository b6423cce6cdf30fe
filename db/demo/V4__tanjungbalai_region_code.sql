-- Kota Tanjungbalai is 12.74. V1 here placed the Tanjungbalai rows at 12.72, the code the main
-- migrations wrongly gave it until their V11. Where V11 ran first (a new database), 12.72 is
-- now Kota Pematangsiantar and the rows move here; where it ran after V1, it moved them already.
update institution set region_code = '12.74' where code = 'PEMKO-TANJUNGBALAI' and region_code = '12.72';
update work_unit set region_code = '12.74'
 where slug in ('stasiun-kipm-tanjungbalai-asahan', 'setda-kota-tanjungbalai') and region_code = '12.72';
