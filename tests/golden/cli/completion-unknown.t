$ ind help --completion fish
--- stdout

--- stderr
error[E-PERINTAH]: nilai untuk --completion tidak dikenal
   = saran: pilih salah satu: bash, zsh

--- exit 2
