//! `Double.toString` and `Float.toString` exactly as JDK 17 writes them.
//!
//! Before JDK 19 the digits were not always the shortest that identify the value: the algorithm
//! (a Steele & White style digit generator with a symmetric stopping test) always produces a
//! second digit in scientific notation (`4.9E-324`, not `5.0E-324`), and keeps the exact digits
//! of integers up to 2^63 (`1.15292150460684698E18`). javap prints constants through it, so this
//! module reproduces it step by step, fixed-width integer overflow included.

/// Position of the binary point in the 64-bit significand (double precision).
const EXP_SHIFT: i32 = 52;
const MAX_SMALL_BIN_EXP: i32 = 62;
const MIN_SMALL_BIN_EXP: i32 = -(63 / 3);
/// Powers of five that fit in a `long`.
const LONG_5_POW_COUNT: usize = 27;
/// Powers of five that fit in an `int`.
const INT_5_POW_COUNT: usize = 14;

fn pow5(n: usize) -> u64 {
    5u64.pow(n as u32)
}

/// Bits needed for 5^n, for the n where 5^n fits in a `long`.
fn bits_of_pow5(n: usize) -> i32 {
    64 - pow5(n).leading_zeros() as i32
}

/// The decimal digits and point position of a finite, non-zero value: the value is
/// `0.DIGITS × 10^exponent`.
struct Decimal {
    digits: Vec<u8>,
    exponent: i32,
}

/// `Double.toString(d)` (JDK 17).
pub fn double_to_string(d: f64) -> String {
    if d.is_nan() {
        return "NaN".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let bits = d.to_bits();
    let negative = bits >> 63 != 0;
    let mut fract = bits & ((1 << 52) - 1);
    let mut bin_exp = ((bits >> 52) & 0x7ff) as i32;
    if bin_exp == 0 && fract == 0 {
        return if negative { "-0.0" } else { "0.0" }.into();
    }
    let significant_bits;
    if bin_exp == 0 {
        let leading = fract.leading_zeros() as i32;
        let shift = leading - (63 - EXP_SHIFT);
        fract <<= shift;
        bin_exp = 1 - shift;
        significant_bits = 64 - leading;
    } else {
        fract |= 1 << 52;
        significant_bits = EXP_SHIFT + 1;
    }
    bin_exp -= 1023;
    format(negative, dtoa(bin_exp, fract, significant_bits))
}

/// `Float.toString(f)` (JDK 17).
pub fn float_to_string(f: f32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let bits = f.to_bits();
    let negative = bits >> 31 != 0;
    let mut fract = bits & ((1 << 23) - 1);
    let mut bin_exp = ((bits >> 23) & 0xff) as i32;
    if bin_exp == 0 && fract == 0 {
        return if negative { "-0.0" } else { "0.0" }.into();
    }
    let significant_bits;
    if bin_exp == 0 {
        let leading = fract.leading_zeros() as i32;
        let shift = leading - (31 - 23);
        fract <<= shift;
        bin_exp = 1 - shift;
        significant_bits = 32 - leading;
    } else {
        fract |= 1 << 23;
        significant_bits = 24;
    }
    bin_exp -= 127;
    format(
        negative,
        dtoa(
            bin_exp,
            u64::from(fract) << (EXP_SHIFT - 23),
            significant_bits,
        ),
    )
}

/// `floor(log10(value))`, estimated as the JDK does (it may be one too small). The constants
/// are the JDK's, digit for digit.
#[allow(clippy::approx_constant)]
fn estimate_dec_exp(fract: u64, bin_exp: i32) -> i32 {
    let d2 = f64::from_bits(0x3ff0_0000_0000_0000 | (fract & ((1 << 52) - 1)));
    let d = (d2 - 1.5) * 0.289529654 + 0.176091259 + f64::from(bin_exp) * 0.301029995663981;
    d.floor() as i32
}

/// Decimal digits in 2^p2, less one: how many low digits of an integer that large carry no
/// information.
fn insignificant_digits_for_pow2(p2: i32) -> i32 {
    if !(2..64).contains(&p2) {
        return 0;
    }
    let mut value = 1u64 << p2;
    let mut n = 0;
    while value >= 10 {
        value /= 10;
        n += 1;
    }
    n
}

/// The digits of an integer, rounding away `insignificant` low digits.
fn long_digits(mut value: u64, insignificant: i32) -> Decimal {
    let mut exponent = 0;
    if insignificant != 0 {
        let pow10 = 10u64.pow(insignificant as u32);
        let residue = value % pow10;
        value /= pow10;
        exponent += insignificant;
        if residue >= pow10 >> 1 {
            value += 1;
        }
    }
    while value != 0 && value.is_multiple_of(10) {
        value /= 10;
        exponent += 1;
    }
    let text = value.to_string();
    exponent += text.len() as i32;
    Decimal {
        digits: text.into_bytes(),
        exponent,
    }
}

fn dtoa(bin_exp: i32, fract: u64, significant_bits: i32) -> Decimal {
    let tail_zeros = fract.trailing_zeros() as i32;
    let fract_bits = EXP_SHIFT + 1 - tail_zeros;
    let tiny_bits = (fract_bits - bin_exp - 1).max(0);
    if (MIN_SMALL_BIN_EXP..=MAX_SMALL_BIN_EXP).contains(&bin_exp)
        && (tiny_bits as usize) < LONG_5_POW_COUNT
        && fract_bits + bits_of_pow5(tiny_bits as usize) < 64
        && tiny_bits == 0
    {
        // An integer: its exact digits, less those below the precision.
        let insignificant = if bin_exp > significant_bits {
            insignificant_digits_for_pow2(bin_exp - significant_bits - 1)
        } else {
            0
        };
        let value = if bin_exp >= EXP_SHIFT {
            fract << (bin_exp - EXP_SHIFT)
        } else {
            fract >> (EXP_SHIFT - bin_exp)
        };
        return long_digits(value, insignificant);
    }

    // value = B / S × 10^dec_exp, and M is half an ulp scaled like B.
    let mut dec_exp = estimate_dec_exp(fract, bin_exp);
    let b5 = (-dec_exp).max(0);
    let mut b2 = b5 + tiny_bits + bin_exp;
    let s5 = dec_exp.max(0);
    let mut s2 = s5 + tiny_bits;
    let m5 = b5;
    let mut m2 = b2 - significant_bits;
    let fract = fract >> tail_zeros;
    b2 -= fract_bits - 1;
    let common = b2.min(s2);
    b2 -= common;
    s2 -= common;
    m2 -= common;
    // At a power of two the next value down is only half as far.
    if fract_bits == 1 {
        m2 -= 1;
    }
    if m2 < 0 {
        b2 -= m2;
        s2 -= m2;
        m2 = 0;
    }
    let approx_bits = |five: i32| {
        if (five as usize) < LONG_5_POW_COUNT {
            bits_of_pow5(five as usize)
        } else {
            five * 3
        }
    };
    let b_bits = fract_bits + b2 + approx_bits(b5);
    let ten_s_bits = s2 + 1 + approx_bits(s5 + 1);
    // Scientific notation needs a second digit: the first may not end the number there.
    let scientific = |dec_exp: i32| !(-3..8).contains(&dec_exp);

    let mut digits = Vec::with_capacity(20);
    let (low, high, low_digit_difference);
    if b_bits < 64 && ten_s_bits < 64 {
        if b_bits < 32 && ten_s_bits < 32 && (b5 as usize) < INT_5_POW_COUNT {
            let mut b = (fract as i32)
                .wrapping_mul(pow5(b5 as usize) as i32)
                .wrapping_shl(b2 as u32);
            let s = (pow5(s5 as usize) as i32).wrapping_shl(s2 as u32);
            let mut m = (pow5(m5 as usize) as i32).wrapping_shl(m2 as u32);
            let tens = s.wrapping_mul(10);
            let q = b / s;
            b = (b % s).wrapping_mul(10);
            m = m.wrapping_mul(10);
            let (mut lo, mut hi) = (b < m, b.wrapping_add(m) > tens);
            if q == 0 && !hi {
                dec_exp -= 1;
            } else {
                digits.push(b'0' + q as u8);
            }
            if scientific(dec_exp) {
                lo = false;
                hi = false;
            }
            while !lo && !hi {
                let q = b / s;
                b = (b % s).wrapping_mul(10);
                m = m.wrapping_mul(10);
                if m > 0 {
                    lo = b < m;
                    hi = b.wrapping_add(m) > tens;
                } else {
                    lo = true;
                    hi = true;
                }
                digits.push(b'0' + q as u8);
            }
            low = lo;
            high = hi;
            low_digit_difference = i64::from(b.wrapping_shl(1).wrapping_sub(tens));
        } else {
            let mut b = (fract as i64)
                .wrapping_mul(pow5(b5 as usize) as i64)
                .wrapping_shl(b2 as u32);
            let s = (pow5(s5 as usize) as i64).wrapping_shl(s2 as u32);
            let mut m = (pow5(m5 as usize) as i64).wrapping_shl(m2 as u32);
            let tens = s.wrapping_mul(10);
            let q = b / s;
            b = (b % s).wrapping_mul(10);
            m = m.wrapping_mul(10);
            let (mut lo, mut hi) = (b < m, b.wrapping_add(m) > tens);
            if q == 0 && !hi {
                dec_exp -= 1;
            } else {
                digits.push(b'0' + q as u8);
            }
            if scientific(dec_exp) {
                lo = false;
                hi = false;
            }
            while !lo && !hi {
                let q = b / s;
                b = (b % s).wrapping_mul(10);
                m = m.wrapping_mul(10);
                if m > 0 {
                    lo = b < m;
                    hi = b.wrapping_add(m) > tens;
                } else {
                    lo = true;
                    hi = true;
                }
                digits.push(b'0' + q as u8);
            }
            low = lo;
            high = hi;
            low_digit_difference = b.wrapping_shl(1).wrapping_sub(tens);
        }
    } else {
        let s = Big::pow52(s5 as u32, s2 as u32);
        let mut b = Big::from_u64(fract).mul_pow52(b5 as u32, b2 as u32);
        let mut m = Big::pow52(m5 as u32 + 1, m2 as u32 + 1);
        let ten_s = Big::pow52(s5 as u32 + 1, s2 as u32 + 1);
        let q = b.quotient_digit(&s);
        let (mut lo, mut hi) = (b.cmp(&m).is_lt(), ten_s.cmp(&b.add(&m)).is_le());
        if q == 0 && !hi {
            dec_exp -= 1;
        } else {
            digits.push(b'0' + q);
        }
        if scientific(dec_exp) {
            lo = false;
            hi = false;
        }
        while !lo && !hi {
            let q = b.quotient_digit(&s);
            m.mul_small(10);
            lo = b.cmp(&m).is_lt();
            hi = ten_s.cmp(&b.add(&m)).is_le();
            digits.push(b'0' + q);
        }
        low = lo;
        high = hi;
        low_digit_difference = if high && low {
            let mut twice = b.clone();
            twice.mul_small(2);
            twice.cmp(&ten_s) as i64
        } else {
            0
        };
    }
    let mut decimal = Decimal {
        digits,
        exponent: dec_exp + 1,
    };
    // The last digit is rounded by how the generation stopped.
    if high {
        let round_up = if low {
            match low_digit_difference.signum() {
                0 => decimal.digits.last().is_some_and(|d| (d - b'0') & 1 != 0),
                1 => true,
                _ => false,
            }
        } else {
            true
        };
        if round_up {
            round_up_last(&mut decimal);
        }
    }
    decimal
}

fn round_up_last(d: &mut Decimal) {
    let Some(mut i) = d.digits.len().checked_sub(1) else {
        return;
    };
    while d.digits[i] == b'9' && i > 0 {
        d.digits[i] = b'0';
        i -= 1;
    }
    if d.digits[i] == b'9' {
        d.exponent += 1;
        d.digits[0] = b'1';
        return;
    }
    d.digits[i] += 1;
}

fn format(negative: bool, d: Decimal) -> String {
    let digits = if d.digits.is_empty() {
        "0"
    } else {
        std::str::from_utf8(&d.digits).unwrap_or("0")
    };
    let exp = d.exponent;
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    if exp > 0 && exp < 8 {
        let whole = digits.len().min(exp as usize);
        out.push_str(&digits[..whole]);
        if whole < exp as usize {
            for _ in whole..exp as usize {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push('.');
            if whole < digits.len() {
                out.push_str(&digits[whole..]);
            } else {
                out.push('0');
            }
        }
    } else if exp <= 0 && exp > -3 {
        out.push_str("0.");
        for _ in 0..-exp {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        out.push('.');
        if digits.len() > 1 {
            out.push_str(&digits[1..]);
        } else {
            out.push('0');
        }
        out.push('E');
        out.push_str(&(exp - 1).to_string());
    }
    out
}

/// A non-negative integer of 32-bit limbs, least significant first: just what digit generation needs.
#[derive(Clone, Debug)]
struct Big {
    limbs: Vec<u32>,
}

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big {
            limbs: vec![v as u32, (v >> 32) as u32],
        };
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// 5^p5 × 2^p2.
    fn pow52(p5: u32, p2: u32) -> Big {
        Big::from_u64(1).mul_pow52(p5, p2)
    }

    fn mul_pow52(mut self, p5: u32, p2: u32) -> Big {
        let mut left = p5;
        while left > 0 {
            let step = left.min(13);
            self.mul_small(5u32.pow(step));
            left -= step;
        }
        self.shl(p2);
        self
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
    }

    fn shl(&mut self, bits: u32) {
        let words = (bits / 32) as usize;
        let bits = bits % 32;
        if bits != 0 {
            let mut carry = 0u32;
            for limb in &mut self.limbs {
                let v = (*limb << bits) | carry;
                carry = *limb >> (32 - bits);
                *limb = v;
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        if words > 0 && !self.limbs.is_empty() {
            self.limbs.splice(0..0, std::iter::repeat_n(0, words));
        }
    }

    fn add(&self, other: &Big) -> Big {
        let n = self.limbs.len().max(other.limbs.len());
        let mut limbs = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let v = u64::from(self.limbs.get(i).copied().unwrap_or(0))
                + u64::from(other.limbs.get(i).copied().unwrap_or(0))
                + carry;
            limbs.push(v as u32);
            carry = v >> 32;
        }
        if carry != 0 {
            limbs.push(carry as u32);
        }
        Big { limbs }
    }

    fn sub_assign(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.limbs.len() {
            let v = i64::from(self.limbs[i])
                - i64::from(other.limbs.get(i).copied().unwrap_or(0))
                - borrow;
            if v < 0 {
                self.limbs[i] = (v + (1 << 32)) as u32;
                borrow = 1;
            } else {
                self.limbs[i] = v as u32;
                borrow = 0;
            }
        }
        self.trim();
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.limbs
            .len()
            .cmp(&other.limbs.len())
            .then_with(|| self.limbs.iter().rev().cmp(other.limbs.iter().rev()))
    }

    /// `self / divisor` (which must be below 10), leaving `(self % divisor) × 10`.
    fn quotient_digit(&mut self, divisor: &Big) -> u8 {
        let mut q = 0;
        while self.cmp(divisor).is_ge() && q < 10 {
            self.sub_assign(divisor);
            q += 1;
        }
        self.mul_small(10);
        q
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    #[test]
    fn doubles() {
        let cases: &[(f64, &str)] = &[
            (1.5, "1.5"),
            (2.0, "2.0"),
            (100.0, "100.0"),
            (3.14, "3.14"),
            (0.001, "0.001"),
            (0.0001, "1.0E-4"),
            (1e7, "1.0E7"),
            (9999999.0, "9999999.0"),
            (123456789012.0, "1.23456789012E11"),
            (f64::from_bits(1), "4.9E-324"),
            (f64::MAX, "1.7976931348623157E308"),
            (f64::MIN_POSITIVE, "2.2250738585072014E-308"),
            ((1u64 << 60) as f64, "1.15292150460684698E18"),
            (2e23, "1.9999999999999998E23"),
            (1e23, "9.999999999999999E22"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (-2.5e-5, "-2.5E-5"),
            (2.718281828459045, "2.718281828459045"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for &(value, text) in cases {
            assert_eq!(double_to_string(value), text, "{value:e}");
        }
    }

    #[test]
    fn floats() {
        let cases: &[(f32, &str)] = &[
            (2.5, "2.5"),
            (1e10, "1.0E10"),
            (f32::MAX, "3.4028235E38"),
            (f32::from_bits(1), "1.4E-45"),
            (3.1415927, "3.1415927"),
            (0.1, "0.1"),
            (0.75, "0.75"),
            (-0.0, "-0.0"),
            (1.0e-5, "1.0E-5"),
        ];
        for &(value, text) in cases {
            assert_eq!(float_to_string(value), text, "{value:e}");
        }
    }
}
