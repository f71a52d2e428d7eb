//! The crate chooses its TLS crypto provider for its own client only: an application that installs
//! rustls' process-wide default provider later still can, and one that never does gets none.
//! A test binary of its own, so that no other test has installed a provider first.

#![cfg(any(feature = "rustls-ring", feature = "rustls-aws-lc"))]

use wix_sdk::{Config, Credentials};

#[test]
fn building_a_config_installs_no_process_wide_crypto_provider() {
    let config = Config::builder(Credentials::api_key_for_site("<api key>", "<site id>")).build();

    assert!(config.is_ok(), "{config:?}");
    assert!(
        rustls::crypto::CryptoProvider::get_default().is_none(),
        "building a Config installed a process-wide rustls provider"
    );
}
