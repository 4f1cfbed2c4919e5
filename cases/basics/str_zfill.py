print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3), '3.14'.zfill(8), '--1'.zfill(5))
