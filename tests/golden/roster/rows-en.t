$ ind eval examples/bench/ipasn-roster.ind --data examples/bench --rows $OUT/skor.csv --locale en --format csv
--- stdout
# Nilai Komponen
Nilai,Uraian,Angka
ip_asn,IP ASN seluruh ASN,62.76
jumlah_asn,Jumlah ASN,200
jumlah_unit_kerja,Jumlah unit kerja,59
jumlah_sangat_tinggi,ASN dengan IP ASN di atas 90,2
jumlah_tinggi,ASN dengan IP ASN di atas 80 sampai 90,13
jumlah_sangat_rendah,ASN dengan IP ASN 60 ke bawah,79

# IP ASN per jenis ASN
jenis,Angka,Jumlah Baris
PNS,62.80,116
PPPK,62.70,84

# Jumlah ASN per jenis
jenis,Angka,Jumlah Baris
PNS,116,116
PPPK,84,84

# Rincian Roster ASN sintetis
nip,jenis,jabatan,pendidikan,diklat_pim,diklat_fungsional,jp_teknis,seminar,predikat_skp,hukdis,unit_kerja,skor
Rata-rata,,,,,,,,,,,62.755

# Asal laporan
Unsur,Berkas,Versi atau waktu,SHA-256
program,ind,0.1.0,
waktu hitung,,"1970-01-01T00:00:00Z (UTC, dari SOURCE_DATE_EPOCH)",
aturan,examples/bench/ipasn-roster.ind,,21f1d8e7653e613a697f801e06327174bd93f0fffdd78f063e0276c140af60f1
data,examples/bench/roster.csv,,b16badd4d001339388fb7f0f19e52c9b575eadfa3b716c498c98dee65931e049

--- stderr

--- file skor.csv
nip,jenis,jabatan,pendidikan,diklat_pim,diklat_fungsional,jp_teknis,seminar,predikat_skp,hukdis,unit_kerja,skor
198001012005011000,PNS,pelaksana,S2,0,0,16,0,baik,tidak,UK027,68
198001012005011001,PNS,fungsional,D3,0,0,24,1,baik,tidak,UK058,65
198001012005011002,PPPK,pelaksana,S1,0,0,0,1,baik,tidak,UK035,62.5
198001012005011003,PNS,pelaksana,S1,0,0,4,1,baik,tidak,UK008,67
198001012005011004,PNS,pelaksana,S2,0,0,8,1,baik,tidak,UK049,76.5
198001012005011005,PPPK,fungsional,SMA,0,1,20,0,baik,tidak,UK007,65
198001012005011006,PNS,fungsional,S2,0,0,16,1,baik,tidak,UK010,72
198001012005011007,PNS,pelaksana,S1,0,0,12,1,cukup,tidak,UK038,66
198001012005011008,PNS,fungsional,D3,0,1,20,0,baik,tidak,UK033,70
198001012005011009,PNS,fungsional,S2,0,0,0,1,kurang,tidak,UK038,40
198001012005011010,PPPK,pelaksana,S1,0,0,20,0,baik,tidak,UK001,67.5
198001012005011011,PNS,pelaksana,S2,0,0,20,1,sangat_baik,tidak,UK056,95
198001012005011012,PNS,pelaksana,D4,0,0,12,1,cukup,tidak,UK005,66
198001012005011013,PPPK,fungsional,D3,0,0,12,1,baik,tidak,UK020,59
198001012005011014,PNS,fungsional,S2,0,0,40,1,baik,tidak,UK010,75
198001012005011015,PPPK,pelaksana,SMA,0,0,12,1,baik,tidak,UK020,66
198001012005011016,PPPK,pelaksana,S2,0,0,32,0,baik,ringan,UK010,70.5
198001012005011017,PNS,pelaksana,SMP,0,0,12,0,baik,tidak,UK027,44.5
198001012005011018,PPPK,fungsional,D3,0,1,24,1,baik,tidak,UK005,80
198001012005011019,PNS,struktural,SMA,1,0,8,0,baik,tidak,UK018,56
198001012005011020,PNS,fungsional,D3,0,1,32,0,baik,tidak,UK023,70
198001012005011021,PNS,fungsional,S1,0,0,32,1,sangat_baik,tidak,UK006,75
198001012005011022,PNS,fungsional,S1,0,1,8,0,sangat_baik,tidak,UK016,71
198001012005011023,PPPK,pelaksana,D1,0,0,32,0,baik,tidak,UK047,57.5
198001012005011024,PPPK,struktural,S1,1,0,0,0,baik,tidak,UK059,60
198001012005011025,PNS,pelaksana,S2,0,0,12,1,baik,tidak,UK021,81
198001012005011026,PNS,pelaksana,D4,0,0,32,1,baik,tidak,UK036,85
198001012005011027,PPPK,pelaksana,S2,0,0,12,0,cukup,tidak,UK055,53.5
198001012005011028,PNS,pelaksana,SMP,0,0,0,1,baik,tidak,UK039,48.5
198001012005011029,PPPK,pelaksana,S1,0,0,8,1,kurang,tidak,UK055,51.5
198001012005011030,PNS,pelaksana,S1,0,0,12,1,baik,tidak,UK002,76
198001012005011031,PPPK,pelaksana,SMA,0,0,16,0,sangat_baik,tidak,UK021,58
198001012005011032,PPPK,pelaksana,SMA,0,0,16,0,baik,tidak,UK000,53
198001012005011033,PPPK,fungsional,D3,0,1,0,0,baik,tidak,UK045,55
198001012005011034,PNS,fungsional,S1,0,1,8,1,buruk,tidak,UK059,52
198001012005011035,PNS,pelaksana,S1,0,0,16,1,baik,tidak,UK031,80.5
198001012005011036,PNS,pelaksana,S1,0,0,8,1,sangat_baik,tidak,UK054,76.5
198001012005011037,PNS,fungsional,SMA,0,1,20,0,baik,tidak,UK055,65
198001012005011038,PNS,pelaksana,S1,0,0,12,1,cukup,tidak,UK024,66
198001012005011039,PPPK,pelaksana,S1,0,0,8,1,baik,tidak,UK015,71.5
198001012005011040,PNS,pelaksana,SMP,0,0,24,1,baik,tidak,UK057,71
198001012005011041,PPPK,fungsional,S2,0,1,0,1,baik,tidak,UK043,75
198001012005011042,PNS,pelaksana,S1,0,0,12,0,baik,tidak,UK059,58.5
198001012005011043,PNS,pelaksana,S1,0,0,16,0,sangat_baik,tidak,UK047,68
198001012005011044,PNS,pelaksana,D2,0,0,24,1,cukup,tidak,UK010,65
198001012005011045,PNS,fungsional,D2,0,1,0,1,baik,tidak,UK020,60
198001012005011046,PPPK,pelaksana,SMA,0,0,0,1,sangat_baik,tidak,UK020,57.5
198001012005011047,PPPK,fungsional,S1,0,0,4,0,baik,tidak,UK014,48
198001012005011048,PPPK,struktural,S1,1,0,8,1,cukup,tidak,UK037,66
198001012005011049,PNS,fungsional,SMP,0,0,16,0,baik,tidak,UK047,43
198001012005011050,PNS,pelaksana,SMA,0,0,40,1,cukup,tidak,UK041,65
198001012005011051,PNS,pelaksana,S1,0,0,24,0,baik,tidak,UK008,67.5
198001012005011052,PNS,fungsional,S1,0,0,0,0,kurang,tidak,UK001,25
198001012005011053,PPPK,pelaksana,D4,0,0,4,0,kurang,tidak,UK023,29.5
198001012005011054,PNS,struktural,SMA,1,0,12,1,baik,tidak,UK019,69
198001012005011055,PNS,pelaksana,D3,0,0,32,1,baik,tidak,UK007,80
198001012005011056,PPPK,pelaksana,SMA,0,0,12,1,baik,tidak,UK047,66
198001012005011057,PNS,fungsional,S1,0,1,24,0,baik,tidak,UK017,75
198001012005011058,PNS,fungsional,SMA,0,1,4,0,baik,tidak,UK013,53
198001012005011059,PPPK,pelaksana,S1,0,0,20,0,baik,tidak,UK053,67.5
198001012005011060,PNS,pelaksana,S1,0,0,24,1,baik,tidak,UK022,85
198001012005011061,PNS,fungsional,S1,0,0,0,1,baik,tidak,UK034,55
198001012005011062,PNS,pelaksana,SMA,0,0,4,1,baik,tidak,UK035,57
198001012005011063,PPPK,fungsional,S1,0,1,16,0,baik,tidak,UK014,72
198001012005011064,PPPK,pelaksana,S1,0,0,4,1,sangat_baik,tidak,UK018,72
198001012005011065,PNS,struktural,D4,1,0,0,1,baik,tidak,UK024,70
198001012005011066,PPPK,fungsional,SMA,0,0,40,1,sangat_baik,tidak,UK052,65
198001012005011067,PPPK,pelaksana,D3,0,0,20,0,baik,tidak,UK053,62.5
198001012005011068,PNS,struktural,D4,0,0,20,0,baik,tidak,UK050,60
198001012005011069,PNS,struktural,D3,1,0,24,0,baik,tidak,UK031,70
198001012005011070,PNS,pelaksana,D3,0,0,4,1,sangat_baik,tidak,UK020,67
198001012005011071,PNS,fungsional,S2,0,0,32,1,baik,tidak,UK012,75
198001012005011072,PPPK,fungsional,S1,0,1,8,1,baik,tidak,UK003,76
198001012005011073,PPPK,pelaksana,S2,0,0,8,0,baik,tidak,UK003,59
198001012005011074,PNS,pelaksana,SMA,0,0,40,1,sangat_baik,tidak,UK025,80
198001012005011075,PNS,pelaksana,D4,0,0,32,0,baik,tidak,UK024,67.5
198001012005011076,PNS,fungsional,SMA,0,1,32,1,baik,tidak,UK032,75
198001012005011077,PNS,pelaksana,SMP,0,0,0,1,kurang,tidak,UK034,28.5
198001012005011078,PNS,pelaksana,S1,0,0,0,1,baik,tidak,UK010,62.5
198001012005011079,PNS,fungsional,S1,0,1,12,0,baik,tidak,UK013,69
198001012005011080,PNS,pelaksana,S1,0,0,16,1,baik,tidak,UK025,80.5
198001012005011081,PNS,fungsional,D3,0,0,40,1,sangat_baik,tidak,UK054,70
198001012005011082,PPPK,fungsional,SMA,0,0,32,1,baik,tidak,UK038,60
198001012005011083,PNS,fungsional,S1,0,1,8,0,baik,tidak,UK009,66
198001012005011084,PPPK,fungsional,D3,0,0,32,1,baik,tidak,UK031,65
198001012005011085,PPPK,pelaksana,D3,0,0,0,0,baik,tidak,UK049,40
198001012005011086,PNS,fungsional,S1,0,1,0,0,baik,tidak,UK043,60
198001012005011087,PNS,pelaksana,SMP,0,0,12,1,baik,tidak,UK002,62
198001012005011088,PPPK,pelaksana,S1,0,0,12,0,baik,tidak,UK009,58.5
198001012005011089,PPPK,struktural,S2,0,0,40,0,baik,tidak,UK006,65
198001012005011090,PPPK,fungsional,D3,0,1,16,0,baik,tidak,UK033,67
198001012005011091,PNS,pelaksana,D1,0,0,4,0,baik,tidak,UK012,39.5
198001012005011092,PNS,pelaksana,D3,0,0,16,1,baik,tidak,UK014,75.5
198001012005011093,PNS,fungsional,D3,0,1,0,0,baik,tidak,UK050,55
198001012005011094,PPPK,fungsional,S1,0,1,12,1,baik,tidak,UK033,79
198001012005011095,PNS,fungsional,S2,0,1,8,0,cukup,tidak,UK009,61
198001012005011096,PPPK,pelaksana,S2,0,0,0,1,sangat_baik,tidak,UK053,72.5
198001012005011097,PNS,fungsional,SMA,0,0,0,1,kurang,sedang,UK036,21
198001012005011098,PNS,pelaksana,SMA,0,0,4,0,sangat_baik,sedang,UK009,40.5
198001012005011099,PPPK,pelaksana,S1,0,0,20,0,baik,tidak,UK041,67.5
198001012005011100,PNS,fungsional,D3,0,1,8,1,sangat_baik,tidak,UK018,76
198001012005011101,PPPK,struktural,SMA,1,0,12,1,kurang,tidak,UK055,49
198001012005011102,PNS,pelaksana,D3,0,0,16,0,baik,tidak,UK032,58
198001012005011103,PPPK,pelaksana,D1,0,0,0,0,baik,tidak,UK029,35
198001012005011104,PNS,pelaksana,S1,0,0,12,1,baik,tidak,UK046,76
198001012005011105,PPPK,struktural,S1,1,0,8,0,baik,tidak,UK048,66
198001012005011106,PPPK,struktural,S2,1,0,32,1,baik,tidak,UK017,90
198001012005011107,PNS,fungsional,S1,0,0,20,0,cukup,tidak,UK029,50
198001012005011108,PNS,fungsional,S1,0,0,8,1,kurang,tidak,UK011,41
198001012005011109,PNS,fungsional,S1,0,0,12,0,baik,tidak,UK010,54
198001012005011110,PPPK,struktural,S1,1,0,32,1,cukup,tidak,UK044,75
198001012005011111,PPPK,pelaksana,S1,0,0,4,0,baik,tidak,UK006,49.5
198001012005011112,PPPK,fungsional,D3,0,1,12,0,baik,tidak,UK058,64
198001012005011113,PPPK,fungsional,SMA,0,0,20,0,sangat_baik,tidak,UK015,55
198001012005011114,PNS,fungsional,SMA,0,0,0,0,sangat_baik,tidak,UK028,40
198001012005011115,PNS,pelaksana,SMA,0,0,32,1,baik,tidak,UK051,75
198001012005011116,PNS,fungsional,SMP,0,1,4,0,baik,tidak,UK048,49
198001012005011117,PPPK,pelaksana,SMP,0,0,12,1,cukup,tidak,UK047,52
198001012005011118,PNS,struktural,D3,1,0,12,1,baik,tidak,UK053,74
198001012005011119,PPPK,fungsional,D4,0,1,24,1,sangat_baik,tidak,UK021,90
198001012005011120,PNS,pelaksana,S2,0,0,16,1,sangat_baik,tidak,UK035,90.5
198001012005011121,PPPK,fungsional,SMP,0,0,32,1,baik,tidak,UK000,56
198001012005011122,PNS,pelaksana,S1,0,0,12,1,cukup,tidak,UK034,66
198001012005011123,PNS,fungsional,SD,0,0,0,0,baik,tidak,UK049,31
198001012005011124,PPPK,pelaksana,SMA,0,0,16,1,baik,tidak,UK019,70.5
198001012005011125,PNS,pelaksana,S1,0,0,32,0,cukup,sedang,UK056,53.5
198001012005011126,PNS,pelaksana,D1,0,0,32,1,baik,tidak,UK044,75
198001012005011127,PPPK,pelaksana,D2,0,0,0,0,cukup,tidak,UK052,25
198001012005011128,PPPK,pelaksana,SMA,0,0,24,0,cukup,tidak,UK025,47.5
198001012005011129,PNS,fungsional,D1,0,1,40,1,buruk,tidak,UK013,51
198001012005011130,PNS,fungsional,S1,0,0,4,1,sangat_baik,tidak,UK005,63
198001012005011131,PNS,pelaksana,S1,0,0,8,0,baik,tidak,UK015,54
198001012005011132,PNS,fungsional,SMA,0,1,8,0,baik,tidak,UK059,56
198001012005011133,PPPK,fungsional,SMA,0,0,0,1,baik,tidak,UK019,45
198001012005011134,PPPK,pelaksana,S2,0,0,4,1,sangat_baik,tidak,UK057,77
198001012005011135,PPPK,pelaksana,S1,0,0,40,1,baik,tidak,UK041,85
198001012005011136,PNS,pelaksana,SMA,0,0,32,0,baik,tidak,UK024,57.5
198001012005011137,PNS,fungsional,SMA,0,0,4,0,baik,tidak,UK002,38
198001012005011138,PNS,pelaksana,S1,0,0,40,1,cukup,tidak,UK052,75
198001012005011139,PPPK,pelaksana,S1,0,0,0,0,kurang,tidak,UK011,25
198001012005011140,PNS,fungsional,SMA,0,0,0,0,baik,tidak,UK050,35
198001012005011141,PPPK,fungsional,S1,0,1,40,0,cukup,tidak,UK049,65
198001012005011142,PNS,fungsional,S1,0,1,12,1,baik,tidak,UK037,79
198001012005011143,PNS,fungsional,S2,0,0,16,1,baik,tidak,UK007,72
198001012005011144,PPPK,pelaksana,D3,0,0,8,1,sangat_baik,tidak,UK024,71.5
198001012005011145,PPPK,pelaksana,SMA,0,0,4,0,baik,tidak,UK034,39.5
198001012005011146,PPPK,pelaksana,SMA,0,0,24,0,baik,tidak,UK025,57.5
198001012005011147,PNS,fungsional,S1,0,1,24,0,cukup,tidak,UK052,65
198001012005011148,PPPK,pelaksana,SMA,0,0,16,0,baik,tidak,UK042,53
198001012005011149,PNS,struktural,D3,0,0,40,1,sangat_baik,tidak,UK012,70
198001012005011150,PPPK,fungsional,D3,0,1,16,1,cukup,tidak,UK011,67
198001012005011151,PPPK,fungsional,S2,0,1,16,1,baik,tidak,UK051,87
198001012005011152,PPPK,pelaksana,S1,0,0,32,0,baik,tidak,UK003,67.5
198001012005011153,PNS,pelaksana,S1,0,0,0,0,baik,tidak,UK004,45
198001012005011154,PNS,pelaksana,S1,0,0,24,1,buruk,tidak,UK046,61
198001012005011155,PNS,pelaksana,S1,0,0,40,1,baik,tidak,UK023,85
198001012005011156,PNS,pelaksana,S1,0,0,0,1,baik,tidak,UK016,62.5
198001012005011157,PPPK,fungsional,S2,0,0,12,0,baik,tidak,UK008,59
198001012005011158,PNS,pelaksana,S1,0,0,8,1,baik,tidak,UK008,71.5
198001012005011159,PNS,struktural,SMA,0,0,16,0,baik,tidak,UK029,47
198001012005011160,PPPK,pelaksana,D3,0,0,20,1,baik,sedang,UK046,76
198001012005011161,PNS,pelaksana,S1,0,0,0,0,baik,tidak,UK027,45
198001012005011162,PPPK,fungsional,S1,0,1,4,1,sangat_baik,tidak,UK058,78
198001012005011163,PPPK,fungsional,S1,0,1,12,1,sangat_baik,tidak,UK025,84
198001012005011164,PPPK,pelaksana,D4,0,0,32,0,kurang,tidak,UK045,47.5
198001012005011165,PNS,pelaksana,SMP,0,0,4,1,baik,tidak,UK005,53
198001012005011166,PPPK,fungsional,SMA,0,0,0,0,baik,tidak,UK008,35
198001012005011167,PNS,struktural,D3,1,0,16,1,baik,tidak,UK014,77
198001012005011168,PNS,fungsional,S1,0,0,16,0,baik,tidak,UK024,57
198001012005011169,PNS,fungsional,S1,0,1,24,0,sangat_baik,tidak,UK057,80
198001012005011170,PNS,pelaksana,D4,0,0,8,0,baik,tidak,UK026,54
198001012005011171,PNS,pelaksana,S1,0,0,0,0,sangat_baik,sedang,UK046,46
198001012005011172,PPPK,fungsional,S1,0,1,32,0,baik,tidak,UK000,75
198001012005011173,PPPK,pelaksana,S1,0,0,24,0,sangat_baik,tidak,UK056,72.5
198001012005011174,PPPK,pelaksana,S2,0,0,16,1,baik,tidak,UK028,85.5
198001012005011175,PPPK,pelaksana,S1,0,0,8,1,kurang,tidak,UK033,51.5
198001012005011176,PNS,fungsional,SMA,0,0,4,0,baik,tidak,UK009,38
198001012005011177,PNS,fungsional,S1,0,0,20,0,baik,tidak,UK036,60
198001012005011178,PNS,fungsional,SMA,0,1,20,1,baik,ringan,UK041,73
198001012005011179,PPPK,struktural,D1,1,0,12,0,sangat_baik,tidak,UK040,64
198001012005011180,PNS,fungsional,S1,0,1,0,0,sangat_baik,tidak,UK059,65
198001012005011181,PPPK,fungsional,S1,0,0,24,1,baik,tidak,UK052,70
198001012005011182,PPPK,fungsional,D2,0,1,20,0,baik,tidak,UK041,65
198001012005011183,PNS,struktural,SMA,1,0,40,1,baik,tidak,UK007,75
198001012005011184,PPPK,fungsional,S1,0,1,8,0,baik,tidak,UK053,66
198001012005011185,PPPK,pelaksana,S1,0,0,0,1,baik,tidak,UK048,62.5
198001012005011186,PNS,pelaksana,S1,0,0,32,0,baik,tidak,UK002,67.5
198001012005011187,PPPK,pelaksana,S1,0,0,20,0,sangat_baik,tidak,UK001,72.5
198001012005011188,PNS,pelaksana,S1,0,0,0,1,sangat_baik,tidak,UK006,67.5
198001012005011189,PNS,pelaksana,S2,0,0,0,0,baik,tidak,UK005,50
198001012005011190,PNS,pelaksana,S1,0,0,16,0,baik,tidak,UK006,63
198001012005011191,PPPK,pelaksana,S1,0,0,12,0,baik,tidak,UK046,58.5
198001012005011192,PNS,fungsional,S1,0,1,20,0,cukup,tidak,UK036,65
198001012005011193,PNS,fungsional,S1,0,0,16,0,baik,tidak,UK014,57
198001012005011194,PPPK,pelaksana,S1,0,0,20,0,baik,tidak,UK053,67.5
198001012005011195,PNS,struktural,S2,1,0,40,1,baik,tidak,UK042,90
198001012005011196,PPPK,fungsional,S2,0,0,16,0,baik,tidak,UK024,62
198001012005011197,PPPK,pelaksana,S1,0,0,8,0,baik,tidak,UK033,54
198001012005011198,PPPK,fungsional,S1,0,1,24,0,baik,tidak,UK002,75
198001012005011199,PNS,fungsional,S1,0,0,0,0,baik,tidak,UK043,45

--- exit 0
