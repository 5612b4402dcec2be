$ ind help help
--- stdout
tampilkan bantuan ind atau satu perintah
Pemakaian: ind help [OPSI] [PERINTAH]

Argumen:
  PERINTAH                    perintah yang dijelaskan

Opsi:
  --man                       tulis halaman manual (roff) ind.1
  --completion SHELL          tulis skrip pelengkapan: bash atau zsh
  -h,--help                   tampilkan bantuan ini

Contoh:
  bantuan perintah eval:
    ind help eval
  halaman manual:
    ind help --man > ind.1
  pelengkapan bash:
    ind help --completion bash > ind.bash

--- stderr

--- exit 0
