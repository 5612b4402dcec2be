$ ind template rules/kab-pasuruan.ind --period 2025 --out /proc/ind-template/data.xlsx
--- stdout

--- stderr
error[E-PERINTAH]: folder /proc/ind-template tidak dapat dibuat: No such file or directory

--- exit 2
