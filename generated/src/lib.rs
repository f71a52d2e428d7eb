//! Typed Rust clients for Wix's REST APIs, generated from the YAML specs in this repository's
//! `spec/` folder.
//!
//! Each API is a module with a `Client`: [`external_calendars`] connects Wix schedules to external
//! calendar accounts (Google, Microsoft, Apple, ...). Every client is made from one shared
//! [`Config`], which holds the credentials and the HTTP settings.
//!
//! ```no_run
//! use wix_sdk::{Config, Credentials, external_calendars};
//!
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let config = Config::builder(Credentials::api_key_for_site("<api key>", "<site id>")).build()?;
//! let calendars = external_calendars::Client::new(&config);
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

// Generated code is formatted by the generator (prettyplease), not by rustfmt.
#[rustfmt::skip]
mod apis;
// The code each feature fixture of the spec format gives, compiled by `cargo test`.
#[cfg(test)]
#[rustfmt::skip]
#[allow(dead_code, missing_docs, reason = "fixtures are compiled, not called")]
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

pub use apis::*;
pub use config::{
    ApiKeyScope, Config, ConfigBuilder, ConfigError, Credentials, DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, RetryPolicy,
};
pub use error::{Error, FieldViolation, OperationError, ServiceError, StandardError};
pub use runtime::paging::AllItems;
pub use secrecy::{ExposeSecret, SecretString};
pub use serde_json::json;
pub use types::{Email, InvalidEmail, Json, JsonObject, Nullable, Timestamp, UnknownValue};
pub use url::Url;
pub use uuid::Uuid;
