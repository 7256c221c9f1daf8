//! Custom numeric format strings ("0.00", "#,##0", "0.###E+0", "0;(0);zero",
//! '%', '‰', quoted and escaped literals): a port of CoreCLR 3.1
//! `Number.NumberToStringFormat` and `Number.FindSection`.
//!
//! The format is scanned twice per section: once to count placeholders
//! (digits before/after the point, group separators, scaling commas,
//! percent/per-mille, scientific notation), once to emit. A NUL character
//! ends the format, as in CoreCLR.

use super::number::invariant::*;
use super::number::{Kind, Number, format_exponent, round_number};

/// `Number.FindSection`: the index where section `section` (0 positive,
/// 1 negative, 2 zero) starts, or 0 when that section is absent or empty.
fn find_section(f: &[char], mut section: i32) -> usize {
    if section == 0 {
        return 0;
    }
    let mut src = 0usize;
    loop {
        if src >= f.len() {
            return 0;
        }
        let ch = f[src];
        src += 1;
        match ch {
            '\'' | '"' => {
                while src < f.len() && f[src] != '\0' {
                    let c = f[src];
                    src += 1;
                    if c == ch {
                        break;
                    }
                }
            }
            '\\' if src < f.len() && f[src] != '\0' => src += 1,
            ';' => {
                section -= 1;
                if section != 0 {
                    continue;
                }
                if src < f.len() && f[src] != '\0' && f[src] != ';' {
                    return src;
                }
                return 0;
            }
            '\0' => return 0,
            _ => {}
        }
    }
}

pub(super) fn number_to_string_format(n: &mut Number, f: &[char]) -> String {
    let mut digit_count;
    let mut decimal_pos;
    let mut first_digit;
    let mut last_digit;
    let mut scientific;
    let mut thousand_pos: i32;
    let mut thousand_count = 0;
    let mut thousand_seps;
    let mut scale_adjust;
    let mut src;

    let mut section = find_section(
        f,
        if n.dig(0) == 0 {
            2
        } else if n.negative {
            1
        } else {
            0
        },
    );

    loop {
        digit_count = 0;
        decimal_pos = -1;
        first_digit = 0x7FFF_FFFF;
        last_digit = 0;
        scientific = false;
        thousand_pos = -1;
        thousand_seps = false;
        scale_adjust = 0;
        src = section;

        while src < f.len() {
            let ch = f[src];
            src += 1;
            if ch == '\0' || ch == ';' {
                break;
            }
            match ch {
                '#' => digit_count += 1,
                '0' => {
                    if first_digit == 0x7FFF_FFFF {
                        first_digit = digit_count;
                    }
                    digit_count += 1;
                    last_digit = digit_count;
                }
                '.' if decimal_pos < 0 => decimal_pos = digit_count,
                ',' if digit_count > 0 && decimal_pos < 0 => {
                    if thousand_pos >= 0 {
                        if thousand_pos == digit_count {
                            thousand_count += 1;
                            continue;
                        }
                        thousand_seps = true;
                    }
                    thousand_pos = digit_count;
                    thousand_count = 1;
                }
                '%' => scale_adjust += 2,
                '\u{2030}' => scale_adjust += 3,
                '\'' | '"' => {
                    while src < f.len() && f[src] != '\0' {
                        let c = f[src];
                        src += 1;
                        if c == ch {
                            break;
                        }
                    }
                }
                '\\' if src < f.len() && f[src] != '\0' => src += 1,
                'E' | 'e'
                    if (src < f.len() && f[src] == '0')
                        || (src + 1 < f.len() && matches!(f[src], '+' | '-') && f[src + 1] == '0') =>
                {
                    loop {
                        src += 1;
                        if !(src < f.len() && f[src] == '0') {
                            break;
                        }
                    }
                    scientific = true;
                }
                _ => {}
            }
        }

        if decimal_pos < 0 {
            decimal_pos = digit_count;
        }
        if thousand_pos >= 0 {
            if thousand_pos == decimal_pos {
                scale_adjust -= thousand_count * 3;
            } else {
                thousand_seps = true;
            }
        }

        if n.dig(0) != 0 {
            n.scale += scale_adjust;
            let pos = if scientific { digit_count } else { n.scale + digit_count - decimal_pos };
            round_number(n, pos, false);
            if n.dig(0) == 0 {
                let zero_section = find_section(f, 2);
                if zero_section != section {
                    section = zero_section;
                    continue;
                }
            }
        } else {
            if n.kind != Kind::FloatingPoint {
                n.negative = false;
            }
            n.scale = 0;
        }
        break;
    }

    first_digit = if first_digit < decimal_pos { decimal_pos - first_digit } else { 0 };
    last_digit = if last_digit > decimal_pos { decimal_pos - last_digit } else { 0 };
    let mut dig_pos;
    let mut adjust;
    if scientific {
        dig_pos = decimal_pos;
        adjust = 0;
    } else {
        dig_pos = n.scale.max(decimal_pos);
        adjust = n.scale - decimal_pos;
    }
    src = section;

    // Where group separators go, counted in digits left of the point,
    // innermost last so the emit loop can pop them in order.
    let mut sep_pos: Vec<i32> = Vec::new();
    if thousand_seps {
        let total_digits = dig_pos + adjust.min(0);
        let num_digits = first_digit.max(total_digits);
        let mut group_total = GROUP_SIZE;
        while num_digits > group_total {
            sep_pos.push(group_total);
            group_total += GROUP_SIZE;
        }
    }

    let mut sb = String::new();
    if n.negative && section == 0 && n.scale != 0 {
        sb.push_str(NEGATIVE_SIGN);
    }
    let mut decimal_written = false;
    let mut cur = 0usize;

    // Emits one digit and, when it ends a group, the group separator.
    let emit_sep = |sb: &mut String, dig_pos: i32, sep_pos: &mut Vec<i32>| {
        if thousand_seps && dig_pos > 1 && sep_pos.last().is_some_and(|&p| dig_pos == p + 1) {
            sb.push_str(GROUP_SEPARATOR);
            sep_pos.pop();
        }
    };

    while src < f.len() {
        let ch = f[src];
        src += 1;
        if ch == '\0' || ch == ';' {
            break;
        }
        if adjust > 0 && matches!(ch, '#' | '0' | '.') {
            while adjust > 0 {
                let d = n.dig(cur);
                if d != 0 {
                    sb.push(d as char);
                    cur += 1;
                } else {
                    sb.push('0');
                }
                emit_sep(&mut sb, dig_pos, &mut sep_pos);
                dig_pos -= 1;
                adjust -= 1;
            }
        }
        match ch {
            '#' | '0' => {
                let out = if adjust < 0 {
                    adjust += 1;
                    if dig_pos <= first_digit { Some('0') } else { None }
                } else {
                    let d = n.dig(cur);
                    if d != 0 {
                        cur += 1;
                        Some(d as char)
                    } else if dig_pos > last_digit {
                        Some('0')
                    } else {
                        None
                    }
                };
                if let Some(c) = out {
                    sb.push(c);
                    emit_sep(&mut sb, dig_pos, &mut sep_pos);
                }
                dig_pos -= 1;
            }
            '.' => {
                if dig_pos != 0 || decimal_written {
                    // Repeated decimal points are not echoed.
                    continue;
                }
                if last_digit < 0 || (decimal_pos < digit_count && n.dig(cur) != 0) {
                    sb.push_str(DECIMAL_SEPARATOR);
                    decimal_written = true;
                }
            }
            '\u{2030}' => sb.push_str(PER_MILLE_SYMBOL),
            '%' => sb.push_str(PERCENT_SYMBOL),
            ',' => {}
            '\'' | '"' => {
                while src < f.len() && f[src] != '\0' && f[src] != ch {
                    sb.push(f[src]);
                    src += 1;
                }
                if src < f.len() && f[src] != '\0' {
                    src += 1;
                }
            }
            '\\' => {
                if src < f.len() && f[src] != '\0' {
                    sb.push(f[src]);
                    src += 1;
                }
            }
            'E' | 'e' => {
                if !scientific {
                    sb.push(ch);
                    if src < f.len() {
                        if matches!(f[src], '+' | '-') {
                            sb.push(f[src]);
                            src += 1;
                        }
                        while src < f.len() && f[src] == '0' {
                            sb.push(f[src]);
                            src += 1;
                        }
                    }
                    continue;
                }
                let mut positive_sign = false;
                let mut i = 0usize;
                if src < f.len() && f[src] == '0' {
                    i += 1;
                } else if src + 1 < f.len() && f[src] == '+' && f[src + 1] == '0' {
                    positive_sign = true;
                } else if src + 1 < f.len() && f[src] == '-' && f[src + 1] == '0' {
                } else {
                    sb.push(ch);
                    continue;
                }
                loop {
                    src += 1;
                    if !(src < f.len() && f[src] == '0') {
                        break;
                    }
                    i += 1;
                }
                let i = i.min(10);
                let exp = if n.dig(0) == 0 { 0 } else { n.scale - decimal_pos };
                format_exponent(&mut sb, exp, ch, i, positive_sign);
                scientific = false;
            }
            _ => sb.push(ch),
        }
    }

    if n.negative && section == 0 && n.scale == 0 && !sb.is_empty() {
        sb.insert_str(0, NEGATIVE_SIGN);
    }
    sb
}
