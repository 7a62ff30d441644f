//! Exact fractions for positions on the scale, so that band limits and ties are decided exactly, never by floats compared bit for bit.

use std::cmp::Ordering;

/// A fraction `num / den` in lowest terms, `den > 0`. Positions are small fractions (a mean of
/// at most a few dozen whole numbers), so `i64` never overflows here.
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

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den`; a zero denominator gives zero (never reached: callers divide by counts > 0).
    pub fn new(num: i64, den: i64) -> Ratio {
        if den == 0 {
            return Ratio::ZERO;
        }
        let g = gcd(num, den) * den.signum();
        Ratio { num: num / g, den: den / g }
    }
    /// A fraction already in lowest terms with `den > 0`, for constants (a test checks them).
    pub const fn lowest(num: i64, den: i64) -> Ratio {
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
        Ratio::new(self.num, self.den * n)
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
    /// An approximation, for programs that read the JSON report.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

impl std::ops::Add for Ratio {
    type Output = Ratio;
    fn add(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.den + o.num * self.den, self.den * o.den)
    }
}

impl std::ops::Sub for Ratio {
    type Output = Ratio;
    fn sub(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.den - o.num * self.den, self.den * o.den)
    }
}

impl std::ops::Mul for Ratio {
    type Output = Ratio;
    fn mul(self, o: Ratio) -> Ratio {
        Ratio::new(self.num * o.num, self.den * o.den)
    }
}

impl Ord for Ratio {
    fn cmp(&self, o: &Ratio) -> Ordering {
        (self.num as i128 * o.den as i128).cmp(&(o.num as i128 * self.den as i128))
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
