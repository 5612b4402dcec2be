$ ind explain rules/kab-pasuruan.ind ip_asm --data examples/kab-pasuruan/2024
--- stdout

--- stderr
error[E-PERINTAH]: 'ip_asm' bukan indikator atau nilai di rules/kab-pasuruan.ind
   = saran: mungkin maksud Anda 'ip_asn'

--- exit 2
