//! `x ** y` for floats, correctly rounded.
//!
//! CPython hands float powers to the C library's `pow`, which on the usual
//! platforms (glibc, musl >= 1.2) is correctly rounded in practice. The
//! `libm` crate's `pow` (fdlibm's) is often one unit in the last place off,
//! and that shows in `repr`. So the power is computed here in double-double
//! arithmetic (about 100 bits): `exp(y * log(x))` with the logarithm from the
//! atanh series and the exponential from a scaled Taylor series, then
//! rounded once.

/// A double-double number `hi + lo`, `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy, Debug)]
struct Dd {
    hi: f64,
    lo: f64,
}

/// ln(2) as a double-double.
const LN2: Dd = Dd {
    hi: core::f64::consts::LN_2,
    lo: 2.319_046_813_846_299_6e-17,
};

/// 1/(2j+1) for j = 0..=24, as double-doubles (log series).
const ODD_RECIPROCALS: [Dd; 25] = [
    Dd { hi: 1.0, lo: 0.0 },
    Dd {
        hi: 0.3333333333333333,
        lo: 1.850371707708594e-17,
    },
    Dd {
        hi: 0.2,
        lo: -1.1102230246251566e-17,
    },
    Dd {
        hi: 0.14285714285714285,
        lo: 7.93016446160826e-18,
    },
    Dd {
        hi: 0.1111111111111111,
        lo: 6.1679056923619804e-18,
    },
    Dd {
        hi: 0.09090909090909091,
        lo: -2.523234146875356e-18,
    },
    Dd {
        hi: 0.07692307692307693,
        lo: -4.270088556250602e-18,
    },
    Dd {
        hi: 0.06666666666666667,
        lo: 9.251858538542971e-19,
    },
    Dd {
        hi: 0.058823529411764705,
        lo: 8.163404592832033e-19,
    },
    Dd {
        hi: 0.05263157894736842,
        lo: 2.921639538487254e-18,
    },
    Dd {
        hi: 0.047619047619047616,
        lo: 2.64338815386942e-18,
    },
    Dd {
        hi: 0.043478260869565216,
        lo: 1.206764157201257e-18,
    },
    Dd {
        hi: 0.04,
        lo: -8.326672684688674e-19,
    },
    Dd {
        hi: 0.037037037037037035,
        lo: 2.05596856412066e-18,
    },
    Dd {
        hi: 0.034482758620689655,
        lo: 4.785444071660157e-19,
    },
    Dd {
        hi: 0.03225806451612903,
        lo: 8.953411488912552e-19,
    },
    Dd {
        hi: 0.030303030303030304,
        lo: -8.410780489584519e-19,
    },
    Dd {
        hi: 0.02857142857142857,
        lo: 8.921435019309293e-19,
    },
    Dd {
        hi: 0.02702702702702703,
        lo: -1.50030138462859e-18,
    },
    Dd {
        hi: 0.02564102564102564,
        lo: 8.896017825522087e-19,
    },
    Dd {
        hi: 0.024390243902439025,
        lo: -8.46206573647223e-19,
    },
    Dd {
        hi: 0.023255813953488372,
        lo: 3.2273925134452225e-19,
    },
    Dd {
        hi: 0.022222222222222223,
        lo: -8.480870326997723e-19,
    },
    Dd {
        hi: 0.02127659574468085,
        lo: 5.167261417803255e-19,
    },
    Dd {
        hi: 0.02040816326530612,
        lo: 1.6285159162231251e-18,
    },
];
/// 1/j! for j = 0..=12, as double-doubles (exp series).
const INV_FACTORIALS: [Dd; 13] = [
    Dd { hi: 1.0, lo: 0.0 },
    Dd { hi: 1.0, lo: 0.0 },
    Dd { hi: 0.5, lo: 0.0 },
    Dd {
        hi: 0.16666666666666666,
        lo: 9.25185853854297e-18,
    },
    Dd {
        hi: 0.041666666666666664,
        lo: 2.3129646346357427e-18,
    },
    Dd {
        hi: 0.008333333333333333,
        lo: 1.1564823173178714e-19,
    },
    Dd {
        hi: 0.001388888888888889,
        lo: -5.300543954373577e-20,
    },
    Dd {
        hi: 0.0001984126984126984,
        lo: 1.7209558293420705e-22,
    },
    Dd {
        hi: 2.48015873015873e-05,
        lo: 2.1511947866775882e-23,
    },
    Dd {
        hi: 2.7557319223985893e-06,
        lo: -1.858393274046472e-22,
    },
    Dd {
        hi: 2.755731922398589e-07,
        lo: 2.3767714622250297e-23,
    },
    Dd {
        hi: 2.505210838544172e-08,
        lo: -1.448814070935912e-24,
    },
    Dd {
        hi: 2.08767569878681e-09,
        lo: -1.20734505911326e-25,
    },
];

fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    Dd { hi: s, lo: e }
}

fn quick_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}

/// Dekker's split: `a == hi + lo`, each with at most 26 significant bits.
fn split(a: f64) -> (f64, f64) {
    let t = 134_217_729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

/// The exact product `a * b` as a double-double.
fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    Dd { hi: p, lo: e }
}

impl Dd {
    fn from(a: f64) -> Dd {
        Dd { hi: a, lo: 0.0 }
    }
    fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let s = quick_two_sum(s.hi, s.lo + t.hi);
        quick_two_sum(s.hi, s.lo + t.lo)
    }
    fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
    fn mul(self, o: Dd) -> Dd {
        let p = two_prod(self.hi, o.hi);
        quick_two_sum(p.hi, p.lo + (self.hi * o.lo + self.lo * o.hi))
    }
    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.add(o.mul(Dd::from(q1)).neg());
        let q2 = r.hi / o.hi;
        let r = r.add(o.mul(Dd::from(q2)).neg());
        let q3 = r.hi / o.hi;
        quick_two_sum(q1, q2).add(Dd::from(q3))
    }
    /// Multiply by 2**k (exact while the result stays normal).
    fn scale(self, k: i32) -> Dd {
        Dd {
            hi: ldexp(self.hi, k),
            lo: ldexp(self.lo, k),
        }
    }
}

/// 2**k exactly (0 or inf beyond the range).
pub fn pow2(k: i32) -> f64 {
    ldexp(1.0, k)
}

/// `x * 2**k`, in steps so that no intermediate power of two overflows.
fn ldexp(mut x: f64, mut k: i32) -> f64 {
    let pow2 = |e: i32| f64::from_bits(((e + 1023) as u64) << 52);
    while k > 1000 {
        x *= pow2(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= pow2(-1000);
        k += 1000;
    }
    // A single final step keeps subnormal results singly rounded when
    // possible.
    if k < -1022 {
        x *= pow2(-1022);
        k += 1022;
    }
    x * pow2(k)
}

/// ln(x) for finite x > 0, as a double-double.
fn log_dd(x: f64) -> Dd {
    // x = m * 2**k with m in [sqrt(1/2), sqrt(2)).
    let (mut x, mut k) = (x, 0i32);
    if x < f64::MIN_POSITIVE {
        x *= ldexp(1.0, 54);
        k -= 54;
    }
    let bits = x.to_bits();
    k += ((bits >> 52) & 0x7ff) as i32 - 1023;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | (1023u64 << 52));
    if m > core::f64::consts::SQRT_2 {
        m /= 2.0;
        k += 1;
    }
    // ln(m) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m-1)/(m+1),
    // |s| < 0.172: 25 terms reach 2**-110.
    let s = Dd::from(m - 1.0).div(two_sum(m, 1.0));
    let z = s.mul(s);
    let mut acc = Dd::from(0.0);
    for c in ODD_RECIPROCALS.iter().rev() {
        acc = acc.mul(z).add(*c);
    }
    let ln_m = s.mul(acc).scale(1);
    LN2.mul(Dd::from(k as f64)).add(ln_m)
}

/// exp(t) as (double-double mantissa, power of two), for |t| < 800.
fn exp_dd(t: Dd) -> (Dd, i32) {
    let n = libm::round(t.hi / LN2.hi);
    // r = t - n ln2, |r| <= ~0.35; then exp(r) = exp(r / 1024) ** 1024.
    let r = t.add(LN2.mul(Dd::from(n)).neg()).scale(-10);
    // Taylor series to r**12 / 12!: far below 2**-106 for |r| < 3.5e-4.
    let mut acc = Dd::from(0.0);
    for c in INV_FACTORIALS.iter().rev() {
        acc = acc.mul(r).add(*c);
    }
    for _ in 0..10 {
        acc = acc.mul(acc);
    }
    (acc, n as i32)
}

/// The distance from `x` (positive, normal) to the next double up.
fn ulp(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1) - x
}

/// `x ** y` exactly rounded through big integers, for a positive integer
/// `y` not too large (None otherwise).
fn exact_int_pow(x: f64, y: f64) -> Option<f64> {
    if !(1.0..=1100.0).contains(&y) || libm::floor(y) != y {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let n = y as u64;
    let p = num_traits::pow::Pow::pow(&num_bigint::BigUint::from(m), n);
    // Keep 55 bits and a sticky bit; the conversion to f64 then rounds
    // once, ties to even.
    let shift = p.bits().saturating_sub(55);
    let top = &p >> shift as usize;
    let sticky = u64::from((&top << shift as usize) != p);
    let top = num_traits::ToPrimitive::to_u64(&top)? | sticky;
    let scale = i64::try_from(shift).ok()? + e * n as i64;
    Some(ldexp(top as f64, i32::try_from(scale).ok()?))
}

/// Whether a finite `y` is an odd integer.
fn is_odd_integer(y: f64) -> bool {
    libm::fmod(libm::fabs(y), 2.0) == 1.0
}

/// `pow(x, y)` with C99's special cases, correctly rounded otherwise. The
/// caller deals with what Python makes errors (zero to a negative power,
/// negative base with a fractional exponent, overflow).
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        let ax = libm::fabs(x);
        return if ax == 1.0 {
            1.0
        } else if (ax > 1.0) == (y > 0.0) {
            f64::INFINITY
        } else {
            0.0
        };
    }
    let odd = is_odd_integer(y);
    if x.is_infinite() || x == 0.0 {
        // |x| is 0 or inf: the result is 0 or inf with x's sign for odd y.
        let big = (x.is_infinite()) == (y > 0.0);
        let mag = if big { f64::INFINITY } else { 0.0 };
        return if odd && x.is_sign_negative() {
            -mag
        } else {
            mag
        };
    }
    // Exactly rounded shortcuts for the commonest exponents.
    if y == 1.0 {
        return x;
    }
    if y == 2.0 {
        return x * x;
    }
    if y == -1.0 {
        return 1.0 / x;
    }
    if y == 0.5 && x > 0.0 {
        return libm::sqrt(x);
    }
    let negate = x < 0.0 && odd;
    let ax = libm::fabs(x);
    if x < 0.0 && libm::floor(y) != y {
        return f64::NAN;
    }
    let ln = log_dd(ax);
    // A rough exponent first: a huge |y| must not reach the double-double
    // product (Dekker's split overflows near 1e300).
    let rough = ln.hi * y;
    let t = if libm::fabs(rough) > 800.0 || libm::fabs(y) > 1e290 {
        Dd::from(rough)
    } else {
        ln.mul(Dd::from(y))
    };
    let r = if t.hi > 710.0 {
        f64::INFINITY
    } else if t.hi < -745.2 {
        0.0
    } else {
        let (m, n) = exp_dd(t);
        let m = quick_two_sum(m.hi, m.lo);
        // Integer powers can land exactly halfway between two doubles
        // (5.0 ** 23): the approximation can't tell which way to round
        // there, exact arithmetic can.
        let half_ulp = ulp(m.hi) / 2.0;
        if libm::fabs(libm::fabs(m.lo) - half_ulp) <= half_ulp * 1e-9 {
            if let Some(r) = exact_int_pow(ax, y) {
                return if negate { -r } else { r };
            }
        }
        let e = ((m.hi.to_bits() >> 52) & 0x7ff) as i32 - 1023 + n;
        if e < -1021 {
            // A subnormal result: add the low part after scaling, so the
            // rounding happens once.
            let hi = ldexp(m.hi, n);
            let back = ldexp(hi, -n);
            ldexp(m.hi - back + m.lo, n) + hi
        } else {
            ldexp(m.hi, n)
        }
    };
    if negate {
        -r
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::pow;

    #[test]
    fn exact_and_tie_cases() {
        assert_eq!(pow(5.0, 23.0), 11_920_928_955_078_124.0);
        assert_eq!(pow(2.0, -1074.0), 5e-324);
        assert_eq!(pow(10.0, -5.0), 1e-5);
        assert_eq!(pow(3.0, 4.0), 81.0);
        assert_eq!(pow(-2.0, 3.0), -8.0);
        assert_eq!(pow(2.0, 0.5), core::f64::consts::SQRT_2);
        // Correctly rounded where fdlibm's pow is not.
        assert_eq!(pow(5.75, 32.0), 2.038_783_124_015_885e24);
    }

    #[test]
    fn special_values() {
        assert_eq!(pow(0.0, f64::NEG_INFINITY), f64::INFINITY);
        assert_eq!(pow(-1.0, 1e308), 1.0);
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY);
        assert_eq!(pow(-0.0, 3.0).to_bits(), (-0.0f64).to_bits());
        assert!(pow(f64::NAN, 1.0).is_nan());
        assert_eq!(pow(f64::NAN, 0.0), 1.0);
        assert_eq!(pow(2.0, 1e308), f64::INFINITY);
        assert_eq!(pow(0.5, 1e308), 0.0);
    }
}
