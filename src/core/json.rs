//! A small, strict JSON reader and writer for the answers file and the saved state: it never panics, bounds depth, and keeps a general JSON library out of the browser bundle.

use std::fmt;

/// A parsed JSON value. Numbers keep their text; object members keep their order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where and why a text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the problem in the text.
    pub offset: usize,
    pub message: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.offset)
    }
}

/// Deeper nesting than this is refused (an answers file needs 3 levels).
pub const MAX_DEPTH: usize = 32;

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    /// A whole, non-negative number written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

type Result<T> = std::result::Result<T, JsonError>;

impl Parser<'_> {
    fn fail<T>(&self, message: &'static str) -> Result<T> {
        Err(JsonError { offset: self.pos, message })
    }
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }
    fn literal(&mut self, word: &'static str, value: Json) -> Result<Json> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            self.fail("unexpected word")
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json> {
        if depth > MAX_DEPTH {
            return self.fail("nested too deeply");
        }
        self.skip_space();
        match self.peek() {
            None => self.fail("unexpected end"),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b'[') => {
                let mut items = Vec::new();
                if self.open(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.next_or_close(b']', "expected , or ]")? {
                        return Ok(Json::Array(items));
                    }
                }
            }
            Some(b'{') => {
                let mut members: Vec<(String, Json)> = Vec::new();
                // The keys seen so far, for the duplicate check in O(n log n), not O(n²).
                let mut keys = std::collections::BTreeSet::new();
                if self.open(b'}') {
                    return Ok(Json::Object(members));
                }
                loop {
                    self.skip_space();
                    if self.peek() != Some(b'"') {
                        return self.fail("expected a key in quotes");
                    }
                    let at = self.pos;
                    let key = self.string()?;
                    if !keys.insert(key.clone()) {
                        return Err(JsonError { offset: at, message: "duplicate key" });
                    }
                    self.skip_space();
                    if self.peek() != Some(b':') {
                        return self.fail("expected :");
                    }
                    self.pos += 1;
                    let value = self.value(depth + 1)?;
                    members.push((key, value));
                    if self.next_or_close(b'}', "expected , or }")? {
                        return Ok(Json::Object(members));
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.fail("unexpected character"),
        }
    }

    /// Past an opening bracket: true (and consumed) if the container closes at once.
    fn open(&mut self, close: u8) -> bool {
        self.pos += 1;
        self.skip_space();
        let empty = self.peek() == Some(close);
        if empty {
            self.pos += 1;
        }
        empty
    }

    /// After an element: a comma (false: another element follows) or the closing bracket (true).
    fn next_or_close(&mut self, close: u8, message: &'static str) -> Result<bool> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            _ => self.fail(message),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.fail("expected a digit"),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return self.fail("expected a digit after .");
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return self.fail("expected a digit in the exponent");
            }
        }
        // The slice is ASCII digits and signs: always UTF-8.
        Ok(Json::Number(String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned()))
    }

    fn hex4(&mut self) -> Result<u32> {
        let Some(digits) = self.bytes.get(self.pos..self.pos + 4) else { return self.fail("short \\u escape") };
        let mut v = 0u32;
        for d in digits {
            let n = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return self.fail("bad \\u escape"),
            };
            v = v * 16 + n as u32;
        }
        self.pos += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String> {
        self.pos += 1; // the opening quote
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.peek() {
                None => return self.fail("unterminated string"),
                Some(b'"') => {
                    self.pos += 1;
                    // The input is a &str and escapes push whole chars: valid UTF-8.
                    return String::from_utf8(out).or_else(|_| self.fail("invalid UTF-8"));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.bytes[self.pos..].starts_with(b"\\u") {
                                    return self.fail("lone surrogate");
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return self.fail("lone surrogate");
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            let Some(c) = char::from_u32(code) else { return self.fail("lone surrogate") };
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            continue;
                        }
                        _ => return self.fail("bad escape"),
                    };
                    self.pos += 1;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) if b < 0x20 => return self.fail("control character in string"),
                Some(b) => {
                    out.push(b);
                    self.pos += 1;
                }
            }
        }
    }
}

/// Parses a whole JSON text (one value, surrounded only by white space).
pub fn parse(text: &str) -> Result<Json> {
    let mut p = Parser { bytes: text.as_bytes(), pos: 0 };
    let value = p.value(0)?;
    p.skip_space();
    if p.pos != p.bytes.len() {
        return p.fail("trailing characters");
    }
    Ok(value)
}

/// Appends `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize >> 4) & 0xf] as char);
                out.push(HEX[c as usize & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes an object member by member, pretty-printed with two-space indents.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    indent: usize,
    first: bool,
}

impl<'a> ObjectWriter<'a> {
    pub fn new(out: &'a mut String, indent: usize) -> Self {
        out.push('{');
        ObjectWriter { out, indent, first: true }
    }
    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('\n');
        self.out.extend(std::iter::repeat_n(' ', self.indent + 2));
        write_string(self.out, key);
        self.out.push_str(": ");
    }
    pub fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        write_string(self.out, value);
    }
    pub fn number(&mut self, key: &str, value: u64) {
        self.key(key);
        self.out.push_str(&value.to_string());
    }
    /// An array of strings, on one line.
    pub fn strings(&mut self, key: &str, values: &[String]) {
        self.key(key);
        self.out.push('[');
        for (n, v) in values.iter().enumerate() {
            if n > 0 {
                self.out.push_str(", ");
            }
            write_string(self.out, v);
        }
        self.out.push(']');
    }
    /// A nested object, written by `fill`.
    pub fn object(&mut self, key: &str, fill: impl FnOnce(&mut ObjectWriter<'_>)) {
        self.key(key);
        let indent = self.indent + 2;
        let mut inner = ObjectWriter::new(self.out, indent);
        fill(&mut inner);
        inner.end();
    }
    pub fn end(self) {
        if !self.first {
            self.out.push('\n');
            self.out.extend(std::iter::repeat_n(' ', self.indent));
        }
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `expected` is `ok` or a fragment of the error.
    fn check(text: &str, expected: &str) {
        match (parse(text), expected) {
            (Ok(_), "ok") => {}
            (Ok(v), _) => panic!("{text:?} parsed as {v:?}, expected « {expected} »"),
            (Err(e), "ok") => panic!("{text:?} refused: {e}"),
            (Err(e), _) => assert!(e.to_string().contains(expected), "{text:?}: « {e} » lacks « {expected} »"),
        }
    }

    #[test]
    fn reads_json_and_refuses_what_is_not() {
        check(r#"{"a": [1, -2.5e3, true, false, null, "x\u00e9\ud83d\ude00\n"]}"#, "ok");
        check(" 0 ", "ok");
        check("", "unexpected end");
        check("{", "expected a key");
        check(r#"{"a" 1}"#, "expected :");
        check(r#"{"a": 1,}"#, "expected a key");
        check("[1,]", "unexpected character");
        check("01", "trailing");
        check("1.", "after .");
        check("-", "expected a digit");
        check(r#""\x""#, "bad escape");
        check(r#""\ud800""#, "lone surrogate");
        check("\"a\u{1}\"", "control character");
        check(r#""abc"#, "unterminated");
        check(r#"{"a": 1, "a": 2}"#, "duplicate key");
        check("nul", "unexpected word");
        check(&"[".repeat(100), "nested too deeply");
        check("{} x", "trailing");
    }

    #[test]
    fn strings_round_trip_through_the_writer() {
        for s in ["", "plain", "« guillemets » et \"quotes\"", "back\\slash", "tab\tnew\nline\r", "\u{1}\u{1f}", "😀 é"] {
            let mut out = String::new();
            write_string(&mut out, s);
            assert_eq!(parse(&out), Ok(Json::String(s.to_string())), "{out}");
        }
    }

    #[test]
    fn whole_numbers_only_for_versions() {
        let v = parse(r#"[1, 1.0, -1, 1e2, 18446744073709551616]"#).unwrap();
        let Json::Array(items) = v else { panic!() };
        let got: Vec<Option<u64>> = items.iter().map(Json::as_u64).collect();
        assert_eq!(got, vec![Some(1), None, None, None, None]);
    }
}
