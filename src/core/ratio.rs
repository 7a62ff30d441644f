//! Exact fractions for positions on the scale, so that band limits and ties are decided exactly, never by floats compared bit for bit.

use std::cmp::Ordering;

/// A fraction `num / den` in lowest terms, `den > 0`. Positions are small fractions (a mean of
/// means of a few whole numbers); the operations check every product, so that an overflow would
/// stop with a message rather than wrap silently. (`i64` and checked products rather than
/// `i128`: 128-bit division would bring its own routines into the bundle.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i64,
    den: i64,
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

/// `num / den` reduced; `den != 0`.
fn reduced(num: i64, den: i64) -> Ratio {
    let g = gcd(num, den) * den.signum();
    Ratio { num: num / g, den: den / g }
}

/// A product that must fit: positions are small fractions.
fn times(a: i64, b: i64) -> i64 {
    a.checked_mul(b).expect("a position is a small fraction")
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den`; a zero denominator gives zero (never reached: callers divide by counts > 0).
    pub fn new(num: i64, den: i64) -> Ratio {
        if den == 0 {
            return Ratio::ZERO;
        }
        reduced(num, den)
    }
    /// A fraction already in lowest terms with `den > 0`, for constants: checked when the
    /// constant is compiled (`den > 0`) and by a test (lowest terms).
    pub const fn lowest(num: i64, den: i64) -> Ratio {
        assert!(den > 0, "a constant fraction has a positive denominator");
        Ratio { num, den }
    }
    pub fn whole(n: i64) -> Ratio {
        Ratio { num: n, den: 1 }
    }
    pub fn num(self) -> i64 {
        self.num
    }
    pub fn den(self) -> i64 {
        self.den
    }
    /// Divided by a whole number (> 0).
    pub fn div_by(self, n: i64) -> Ratio {
        if n == 0 {
            return Ratio::ZERO;
        }
        reduced(self.num, times(self.den, n))
    }
    pub fn abs(self) -> Ratio {
        Ratio { num: self.num.abs(), den: self.den }
    }
    /// The mean of some fractions (zero for none).
    pub fn mean(values: &[Ratio]) -> Ratio {
        values.iter().fold(Ratio::ZERO, |s, v| s + *v).div_by(values.len().max(1) as i64)
    }
    /// Rounded to the nearest whole number, halves up (46.5 → 47).
    pub fn round(self) -> i64 {
        (2 * self.num + self.den).div_euclid(2 * self.den)
    }
}

impl std::ops::Add for Ratio {
    type Output = Ratio;
    fn add(self, o: Ratio) -> Ratio {
        reduced(times(self.num, o.den) + times(o.num, self.den), times(self.den, o.den))
    }
}

impl std::ops::Sub for Ratio {
    type Output = Ratio;
    fn sub(self, o: Ratio) -> Ratio {
        reduced(times(self.num, o.den) - times(o.num, self.den), times(self.den, o.den))
    }
}

impl std::ops::Mul for Ratio {
    type Output = Ratio;
    fn mul(self, o: Ratio) -> Ratio {
        reduced(times(self.num, o.num), times(self.den, o.den))
    }
}

impl Ord for Ratio {
    fn cmp(&self, o: &Ratio) -> Ordering {
        times(self.num, o.den).cmp(&times(o.num, self.den))
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, o: &Ratio) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scoring_constants_are_written_in_lowest_terms() {
        use crate::core::scoring::{FAR, INTERMEDIAIRE_FROM, MAXIMAL_FROM, NEAR};
        for c in [INTERMEDIAIRE_FROM, MAXIMAL_FROM, NEAR, FAR] {
            assert_eq!(Ratio::new(c.num(), c.den()), c, "{c:?}");
        }
    }

    #[test]
    fn fractions_are_exact_and_compare_exactly() {
        assert_eq!(Ratio::new(2, 4), Ratio::new(1, 2));
        assert_eq!(Ratio::new(1, -2), Ratio::new(-1, 2));
        assert_eq!(Ratio::new(1, 3) + Ratio::new(1, 6), Ratio::new(1, 2));
        assert_eq!(Ratio::new(1, 3) - Ratio::new(1, 2), Ratio::new(-1, 6));
        assert_eq!(Ratio::new(2, 3) * Ratio::new(3, 4), Ratio::new(1, 2));
        assert_eq!(Ratio::mean(&[Ratio::new(1, 3), Ratio::new(2, 3), Ratio::whole(1)]), Ratio::new(2, 3));
        // A third added three times is exactly one: floats would differ in the last bit.
        let third = Ratio::new(1, 3);
        assert_eq!(third + third + third, Ratio::whole(1));
        assert!(Ratio::new(2, 3) > Ratio::new(666, 1000));
        assert_eq!(Ratio::new(1, 3).cmp(&Ratio::new(2, 6)), Ordering::Equal);
        assert_eq!((Ratio::new(93, 2).round(), Ratio::new(9299, 200).round(), Ratio::ZERO.round()), (47, 46, 0));
        assert_eq!(Ratio::new(1, 0), Ratio::ZERO);
    }
}
