$ ind eval tests/golden/batch/rules --data tests/golden/errors/data
--- stdout

--- stderr
error[E-PERINTAH]: tidak ada pasangan aturan dan data: tests/golden/batch/rules/<nama>.ind dengan tests/golden/errors/data/<nama>/<periode>/
   = saran: susun data seperti examples/: satu folder per berkas aturan, satu subfolder per periode

--- exit 2
