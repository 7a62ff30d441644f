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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset of the problem in the text.
    pub offset: usize,
    pub kind: JsonErrorKind,
}

/// Why a text is not JSON (the words for each, in both languages, are in `i18n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// Occurs when the text ends before its value does (an empty file included).
    UnexpectedEnd,
    /// Occurs when a character cannot start a value (`{`, `[`, `"`, a digit, `-`, or a word).
    UnexpectedCharacter,
    /// Occurs when a word is not `null`, `true` or `false`.
    UnexpectedWord,
    /// Occurs when arrays and objects are nested deeper than `MAX_DEPTH`.
    TooDeep,
    /// Occurs when an object's member does not start with a key in quotes.
    ExpectedKey,
    /// Occurs when a key is not followed by `:`.
    ExpectedColon,
    /// Occurs when an array's element is not followed by `,` or `]`.
    ExpectedCommaOrBracket,
    /// Occurs when an object's member is not followed by `,` or `}`.
    ExpectedCommaOrBrace,
    /// Occurs when an object has the same key twice (JSON allows it; files of this tool never).
    DuplicateKey,
    /// Occurs when an object has more than `MAX_MEMBERS` members.
    TooManyMembers,
    /// Occurs when a number lacks a digit (after `-`, `.` or in its exponent).
    BadNumber,
    /// Occurs when an escape is not one of JSON's (`\u` needs four hexadecimal digits).
    BadEscape,
    /// Occurs when a `\u` escape is half of a UTF-16 pair.
    LoneSurrogate,
    /// Occurs when a string is not closed before the end of the text.
    UnterminatedString,
    /// Occurs when a string holds a raw control character (a line break, a tab…).
    ControlCharacter,
    /// Occurs when something follows the value.
    TrailingCharacters,
}

impl fmt::Display for JsonError {
    /// In English, for the command line and tests (the interface words come from `i18n`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", super::i18n::json_problem(&super::i18n::EN, self.kind), self.offset)
    }
}

/// Deeper nesting than this is refused (an answers file needs 3 levels).
pub const MAX_DEPTH: usize = 32;

/// An object with more members than this is refused (an answers file's largest has one per
/// question; a kiosk's tally lists its respondents in an array). Each key is compared with the
/// ones before it, so this bound keeps reading linear in the text's length.
pub const MAX_MEMBERS: usize = 256;

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
    fn fail<T>(&self, kind: JsonErrorKind) -> Result<T> {
        Err(JsonError { offset: self.pos, kind })
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
            self.fail(JsonErrorKind::UnexpectedWord)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json> {
        if depth > MAX_DEPTH {
            return self.fail(JsonErrorKind::TooDeep);
        }
        self.skip_space();
        match self.peek() {
            None => self.fail(JsonErrorKind::UnexpectedEnd),
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
                    if self.next_or_close(b']', JsonErrorKind::ExpectedCommaOrBracket)? {
                        return Ok(Json::Array(items));
                    }
                }
            }
            Some(b'{') => {
                let mut members: Vec<(String, Json)> = Vec::new();
                if self.open(b'}') {
                    return Ok(Json::Object(members));
                }
                loop {
                    self.skip_space();
                    if self.peek() != Some(b'"') {
                        return self.fail(JsonErrorKind::ExpectedKey);
                    }
                    let at = self.pos;
                    let key = self.string()?;
                    // At most MAX_MEMBERS keys before it: a bounded scan, no set (a `BTreeSet`
                    // cost the browser bundle about 1 KB gzip).
                    if members.iter().any(|(k, _)| *k == key) {
                        return Err(JsonError { offset: at, kind: JsonErrorKind::DuplicateKey });
                    }
                    if members.len() == MAX_MEMBERS {
                        return Err(JsonError { offset: at, kind: JsonErrorKind::TooManyMembers });
                    }
                    self.skip_space();
                    if self.peek() != Some(b':') {
                        return self.fail(JsonErrorKind::ExpectedColon);
                    }
                    self.pos += 1;
                    let value = self.value(depth + 1)?;
                    members.push((key, value));
                    if self.next_or_close(b'}', JsonErrorKind::ExpectedCommaOrBrace)? {
                        return Ok(Json::Object(members));
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => self.fail(JsonErrorKind::UnexpectedCharacter),
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
    fn next_or_close(&mut self, close: u8, kind: JsonErrorKind) -> Result<bool> {
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
            _ => self.fail(kind),
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
            _ => return self.fail(JsonErrorKind::BadNumber),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return self.fail(JsonErrorKind::BadNumber);
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return self.fail(JsonErrorKind::BadNumber);
            }
        }
        // The slice is ASCII digits and signs: always UTF-8.
        Ok(Json::Number(String::from_utf8_lossy(&self.bytes[start..self.pos]).into_owned()))
    }

    fn hex4(&mut self) -> Result<u32> {
        let Some(digits) = self.bytes.get(self.pos..self.pos + 4) else { return self.fail(JsonErrorKind::BadEscape) };
        let mut v = 0u32;
        for d in digits {
            let n = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return self.fail(JsonErrorKind::BadEscape),
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
                None => return self.fail(JsonErrorKind::UnterminatedString),
                Some(b'"') => {
                    self.pos += 1;
                    // The input is a &str and escapes push whole chars: valid UTF-8.
                    return String::from_utf8(out).or_else(|_| self.fail(JsonErrorKind::UnexpectedCharacter));
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
                                    return self.fail(JsonErrorKind::LoneSurrogate);
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return self.fail(JsonErrorKind::LoneSurrogate);
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            let Some(c) = char::from_u32(code) else { return self.fail(JsonErrorKind::LoneSurrogate) };
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            continue;
                        }
                        _ => return self.fail(JsonErrorKind::BadEscape),
                    };
                    self.pos += 1;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) if b < 0x20 => return self.fail(JsonErrorKind::ControlCharacter),
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
        return p.fail(JsonErrorKind::TrailingCharacters);
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

    use super::JsonErrorKind as K;

    /// `expected` is None for JSON, else why and where the text is refused.
    fn check(text: &str, expected: Option<(JsonErrorKind, usize)>) {
        let got = parse(text).map(|_| ()).map_err(|e| (e.kind, e.offset));
        assert_eq!(got.err(), expected, "{text:?}");
    }

    #[test]
    fn reads_json_and_refuses_what_is_not_saying_why_and_where() {
        check(r#"{"a": [1, -2.5e3, true, false, null, "x\u00e9\ud83d\ude00\n"]}"#, None);
        check(" 0 ", None);
        check("", Some((K::UnexpectedEnd, 0)));
        check("{", Some((K::ExpectedKey, 1)));
        check(r#"{"a" 1}"#, Some((K::ExpectedColon, 5)));
        check(r#"{"a": 1,}"#, Some((K::ExpectedKey, 8)));
        check("[1,]", Some((K::UnexpectedCharacter, 3)));
        check("[1 2]", Some((K::ExpectedCommaOrBracket, 3)));
        check(r#"{"a": 1 "b": 2}"#, Some((K::ExpectedCommaOrBrace, 8)));
        check("01", Some((K::TrailingCharacters, 1)));
        check("1.", Some((K::BadNumber, 2)));
        check("1e", Some((K::BadNumber, 2)));
        check("-", Some((K::BadNumber, 1)));
        check(r#""\x""#, Some((K::BadEscape, 2)));
        check(r#""\u12""#, Some((K::BadEscape, 3)));
        check(r#""\ud800""#, Some((K::LoneSurrogate, 7)));
        check("\"a\u{1}\"", Some((K::ControlCharacter, 2)));
        check(r#""abc"#, Some((K::UnterminatedString, 4)));
        check(r#"{"a": 1, "a": 2}"#, Some((K::DuplicateKey, 9)));
        let members = |n: usize| format!("{{{}}}", (0..n).map(|i| format!("\"k{i}\":0")).collect::<Vec<_>>().join(","));
        check(&members(MAX_MEMBERS), None);
        let too_many = members(MAX_MEMBERS + 1);
        check(&too_many, Some((K::TooManyMembers, too_many.rfind("\"k").unwrap())));
        // The words name the bound.
        for t in [&crate::i18n::FR, &crate::i18n::EN] {
            assert!(t.json_members.contains(&MAX_MEMBERS.to_string()), "{}", t.json_members);
        }
        check("nul", Some((K::UnexpectedWord, 0)));
        check(&"[".repeat(100), Some((K::TooDeep, MAX_DEPTH + 1)));
        check("{} x", Some((K::TrailingCharacters, 3)));
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
