//! Typed Rust clients for Wix's REST APIs, generated from the YAML specs in this repository's
//! `spec/` folder.
//!
// API modules are named without links: docs built without their features have no page for them.
//! Each API of Wix Bookings is a module with a `Client`: `bookings_services` manages the services a
//! business offers, `bookings_bookings` the bookings of them, `bookings_external_calendars` connects
//! schedules to external calendar accounts (Google, Microsoft, Apple, ...), and so on. Every client is
//! made from one shared [`Config`], which holds the credentials and the HTTP settings.
//!
//! Each API compiles only under its cargo feature, named after its module with `-` for `_`
//! (`bookings-services`); none is on by default, and `full` turns them all on:
//!
//! ```toml
//! wix-sdk = { version = "0.1", features = ["bookings-services"] }
//! ```
//!
//! Types that several APIs share (the `common` module) compile with any API that uses them.
//!
//! ```no_run
//! use wix_sdk::{Config, Credentials, bookings_external_calendars};
//!
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let config = Config::builder(Credentials::api_key_for_site("<api key>", "<site id>")).build()?;
//! let calendars = bookings_external_calendars::Client::new(&config);
//! let providers = calendars.list_providers().await?;
//! for provider in providers.providers {
//!     println!("{:?}: {:?}", provider.name, provider.features);
//! }
//! # Ok(()) }
//! ```
//!
//! Query methods take their `filter` as a [`JsonObject`] in Wix's query language; [`query::Filter`]
//! builds one from typed conditions (`Filter::eq("status", "CONFIRMED").and(Filter::gt("price", 10))`).
//!
//! Each method returns `Result<Response, Error<MethodError>>`: `MethodError` has a variant per error
//! status Wix documents for the method, and [`Error`] covers the rest (undocumented statuses,
//! transport failures, timeouts, bodies that do not decode). Secrets (passwords, API keys, tokens)
//! are held in [`SecretString`], which `Debug` redacts.

// rustc and rustdoc follow chains of types that hold one another (several levels per type, list and
// map) to work out auto traits; API types nest deeper than the default limit of 128 allows. The
// generator refuses nesting deeper than this limit covers (`generator::graph::MAX_TYPE_DEPTH`).
#![recursion_limit = "2048"]
// docs.rs builds with every feature and `--cfg docsrs` on nightly: each API's docs then say which
// feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated code is formatted by the generator (prettyplease), not by rustfmt.
#[rustfmt::skip]
mod apis;
// The code each feature fixture of the spec format gives, compiled by `cargo test`.
#[cfg(test)]
#[rustfmt::skip]
#[allow(
    dead_code,
    missing_docs,
    unused_imports,
    reason = "fixtures are compiled, not called, and the crate does not use their re-exports"
)]
mod fixtures;
mod config;
mod error;
// The runtime serves every shape of generated code; API modules that page, take query params or
// have enums use parts that others leave unused.
#[allow(dead_code, reason = "which parts of the runtime are used depends on the API modules")]
mod runtime;
mod types;

// Calls of the feature fixtures' generated methods against a loopback server.
#[cfg(test)]
mod fixture_calls;

// Every method of every API module and feature fixture, called against a loopback server.
#[cfg(test)]
mod calls;

pub mod query;
#[cfg(feature = "test-util")]
pub mod test_util;

#[allow(unused_imports, reason = "with no API feature on, there is no module to re-export")]
pub use apis::*;
pub use config::{
    ApiKeyScope, CallOptions, Config, ConfigBuilder, ConfigError, Credentials, DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_RETRY_BUDGET,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, RetryPolicy,
};
pub use error::{Error, FieldViolation, OperationError, ServiceError, StandardError, TransportErrorKind};
/// The HTTP client this crate sends requests with, for [`ConfigBuilder::http_client`]: the same
/// version, so a client built with it is accepted.
pub use reqwest;
pub use runtime::paging::AllItems;
pub use secrecy::{ExposeSecret, SecretString};
pub use serde_json::json;
pub use types::{Email, InvalidEmail, Json, JsonObject, Nullable, Timestamp, UnknownValue};
pub use url::Url;
pub use uuid::Uuid;
