for v in (0.5, 1.5, 2.5, -0.0, 1e16, 1.23456789e-5, float('inf'), float('-inf'), float('nan'), 1e100):
    print('%.0f %f %e %g %G %10.3g %-10.2e|' % (v, v, v, v, v, v, v))
