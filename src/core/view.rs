//! View-ready numbers for the result screen: positions and shares as whole numbers, chart coordinates; the SVG components only draw.

use super::model::Level;
use super::scoring::{INTERMEDIAIRE_FROM, MAXIMAL_FROM};

/// A position or a gap, as the whole number shown to people (46.6 → 47).
pub fn whole(x: f64) -> i64 {
    (x + 0.5).floor() as i64
}

/// A share (0–1) as a whole percentage.
pub fn percent(share: f64) -> i64 {
    whole(share * 100.0)
}

/// The horizontal scale of a chart: positions 0–100 mapped onto `left..width - right`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub width: f64,
    pub left: f64,
    pub right: f64,
}

impl Axis {
    pub fn x(&self, position: f64) -> i64 {
        whole(self.left + position.clamp(0.0, 100.0) / 100.0 * (self.width - self.left - self.right))
    }

    /// The three level bands as (level, from x, to x).
    pub fn bands(&self) -> [(Level, i64, i64); 3] {
        [
            (Level::Minimal, self.x(0.0), self.x(INTERMEDIAIRE_FROM)),
            (Level::Intermediaire, self.x(INTERMEDIAIRE_FROM), self.x(MAXIMAL_FROM)),
            (Level::Maximal, self.x(MAXIMAL_FROM), self.x(100.0)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_round_half_up_and_axes_cover_the_width() {
        assert_eq!((whole(46.5), whole(46.49), whole(0.0), whole(100.0)), (47, 46, 0, 100));
        assert_eq!(percent(2.0 / 3.0), 67);
        let axis = Axis { width: 640.0, left: 16.0, right: 16.0 };
        assert_eq!((axis.x(0.0), axis.x(100.0), axis.x(150.0)), (16, 624, 624));
        let bands = axis.bands();
        assert_eq!(bands[0].2, bands[1].1, "bands touch");
        assert_eq!(bands[2].2, 624);
    }
}
