$ ind check stdlib
--- stdout
stdlib/capaian.ind: tidak ada temuan
stdlib/efisiensi.ind: tidak ada temuan
stdlib/ipasn.ind: tidak ada temuan
stdlib/merit.ind: tidak ada temuan
stdlib/sakip.ind: tidak ada temuan
stdlib/skp.ind: tidak ada temuan

--- stderr

--- exit 0
