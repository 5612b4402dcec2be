$ ind check stdlib/capaian.ind stdlib/efisiensi.ind stdlib/ipasn.ind stdlib/merit.ind stdlib/sakip.ind stdlib/skp.ind
--- stdout
stdlib/capaian.ind: tidak ada temuan
stdlib/efisiensi.ind: tidak ada temuan
stdlib/ipasn.ind: tidak ada temuan
stdlib/merit.ind: tidak ada temuan
stdlib/sakip.ind: tidak ada temuan
stdlib/skp.ind: tidak ada temuan

--- stderr

--- exit 0
