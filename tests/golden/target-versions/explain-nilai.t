$ ind explain tests/golden/target-versions/versi.ind --data tests/golden/target-versions/data/2024 selisih_pk
--- stdout
selisih_pk - Target PK di atas target Renstra, kepuasan 2024, periode 2024

nilai selisih_pk 2024 = 2
  rumus: target(kepuasan; 2024; pk) - target(kepuasan; 2024; renstra)   (tests/golden/target-versions/versi.ind:43:3)
  target(kepuasan; 2024; pk) - target(kepuasan; 2024; renstra) = 2
    target kepuasan 2024 = 82   (tests/golden/target-versions/versi.ind:21:13)
      target pk (Perjanjian Kinerja), versi pengukur capaian; dari berkas aturan
    target kepuasan 2024 = 80   (tests/golden/target-versions/versi.ind:20:18)
      target renstra (Renstra 2024-2026), bukan pengukur capaian; dari berkas aturan


--- stderr

--- exit 0
