print(int('\u0661\u0662\u0663'))
print(int('\uff11\uff12'))
print(float('\u0661.\u0665'))
