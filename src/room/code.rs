//! The facilitator's code: chosen when the kiosk is set up, kept on the device only as a salted, iterated SHA-256 (never in clear), checked when the facilitator view is opened.

use sha2::{Digest, Sha256};

/// The local-storage key of the code's salt and hash.
pub const KEY: &str = "partenariat:kiosque:code";
/// How many times the hash is applied: slows down trying every short code on a copied device.
const ROUNDS: usize = 20_000;
/// The shortest code accepted.
pub const MIN_LENGTH: usize = 4;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The salted, iterated hash of a code, in hexadecimal.
pub fn hash(salt: &str, code: &str) -> String {
    let mut digest = Sha256::digest(format!("{salt}:{code}").as_bytes());
    for _ in 1..ROUNDS {
        digest = Sha256::digest(digest);
    }
    hex(&digest)
}

/// What is stored for a new code: a random salt and the hash, `salt:hash`.
pub fn stored(code: &str) -> String {
    let salt: Vec<u8> = (0..16).map(|_| (js_sys::Math::random() * 256.0) as u8).collect();
    let salt = hex(&salt);
    format!("{salt}:{}", hash(&salt, code))
}

/// Whether `code` is the one stored (`salt:hash`).
pub fn matches(stored: &str, code: &str) -> bool {
    stored.split_once(':').is_some_and(|(salt, h)| hash(salt, code) == h)
}

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The stored salt and hash, if a code was chosen on this device.
pub fn load() -> Option<String> {
    local()?.get_item(KEY).ok().flatten()
}

/// Keeps a new code; false if the browser refuses storage.
pub fn save(code: &str) -> bool {
    local().is_some_and(|s| s.set_item(KEY, &stored(code)).is_ok())
}
