//! How clients authenticate and talk HTTP: [`Config`], built once and shared by every API client.

use std::sync::Arc;
use std::time::Duration;

use secrecy::SecretString;

use crate::runtime::retry::RetryBudget;

/// Who the calls are made as.
///
/// The secrets inside never show: `Debug` prints `[REDACTED]`, and the `Authorization` header is
/// marked sensitive.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Credentials {
    /// A Wix API key, with the site or account the calls are about.
    ApiKey {
        /// The API key, sent as the `Authorization` header.
        key: SecretString,
        /// The site or account the calls are about.
        scope: ApiKeyScope,
    },
    /// An OAuth access token of a Wix app or user, sent as the `Authorization` header.
    AccessToken(SecretString),
}

/// The site or account an API key acts on: Wix needs one of the two, never both.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApiKeyScope {
    /// Site-level calls (most APIs, External Calendars among them): the `wix-site-id` header.
    Site(String),
    /// Account-level calls: the `wix-account-id` header.
    Account(String),
}

impl Credentials {
    /// An API key for site-level calls on `site_id`.
    pub fn api_key_for_site(key: impl Into<SecretString>, site_id: impl Into<String>) -> Self {
        Credentials::ApiKey { key: key.into(), scope: ApiKeyScope::Site(site_id.into()) }
    }

    /// An API key for account-level calls on `account_id`.
    pub fn api_key_for_account(key: impl Into<SecretString>, account_id: impl Into<String>) -> Self {
        Credentials::ApiKey { key: key.into(), scope: ApiKeyScope::Account(account_id.into()) }
    }

    /// An OAuth access token.
    pub fn access_token(token: impl Into<SecretString>) -> Self {
        Credentials::AccessToken(token.into())
    }
}

/// When failed calls are tried again.
///
/// A call is retried only if its method is safe to repeat (GET methods, and those the spec marks
/// `retryable`), and only after a 429, 502, 503 or 504 response or a failure to connect (not after a
/// TLS failure: an untrusted certificate stays untrusted). The wait grows exponentially from
/// `base_delay` with full jitter, capped at `max_delay`; a `Retry-After` header (seconds or an HTTP
/// date) sets the wait instead, also capped. No retry starts whose wait would end after the call
/// timeout ([`ConfigBuilder::call_timeout`]): the call returns its last failure at once instead.
///
/// Retries also draw on a budget shared by every call of one [`Config`] (and its clones), as in
/// the AWS SDKs' standard retry mode: a retry takes 5 tokens (10 after a connect timeout), a call
/// that succeeds at once gives 1 back, and one that succeeds after retrying gives back what its last
/// retry took. When the budget is spent, calls fail without retrying until successes refill it, so
/// a server that fails every call gets about `budget / 5` retries in all, not `max_retries` per call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Retries after the first attempt; `0` turns retries off.
    pub max_retries: u32,
    /// The wait before the first retry, doubled for each further one.
    pub base_delay: Duration,
    /// The longest wait between two attempts.
    pub max_delay: Duration,
    /// The tokens of the shared retry budget when full.
    pub budget: u32,
}

/// The default capacity of the retry budget: 100 retries, as in the AWS SDKs' standard retry mode.
pub const DEFAULT_RETRY_BUDGET: u32 = 500;

impl RetryPolicy {
    /// Up to `max_retries` retries, waiting about `base_delay`, then twice that, and so on.
    pub fn new(max_retries: u32, base_delay: Duration) -> Self {
        RetryPolicy {
            max_retries,
            base_delay,
            max_delay: Duration::from_secs(20),
            budget: DEFAULT_RETRY_BUDGET,
        }
    }

    /// No retries.
    pub fn disabled() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    /// Caps the wait between two attempts.
    #[must_use]
    pub fn with_max_delay(mut self, max_delay: Duration) -> Self {
        self.max_delay = max_delay;
        self
    }

    /// Sets the capacity of the retry budget the calls of a [`Config`] share (default
    /// [`DEFAULT_RETRY_BUDGET`]); a retry takes 5 of its tokens.
    #[must_use]
    pub fn with_budget(mut self, budget: u32) -> Self {
        self.budget = budget;
        self
    }
}

impl Default for RetryPolicy {
    /// 3 retries, from 200 ms, at most 20 s apart.
    fn default() -> Self {
        RetryPolicy::new(3, Duration::from_millis(200))
    }
}

/// Settings for the calls of one client that differ from its [`Config`]'s: give them to an API
/// client's `with_options`, which returns a copy of it (as cheap as a clone) whose every method uses
/// them. Settings left unset keep the configuration's.
///
/// ```no_run
/// # fn main() -> Result<(), wix_sdk::ConfigError> {
/// use std::time::Duration;
/// use wix_sdk::{CallOptions, Config, Credentials, RetryPolicy, bookings_external_calendars};
///
/// let config = Config::builder(Credentials::api_key_for_site("<api key>", "<site id>")).build()?;
/// let calendars = bookings_external_calendars::Client::new(&config);
/// // A report that may take long, tried once.
/// let patient = calendars.with_options(
///     CallOptions::new().timeout(Duration::from_secs(120)).retry(RetryPolicy::disabled()),
/// );
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[must_use]
pub struct CallOptions {
    timeout: Option<Duration>,
    call_timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl CallOptions {
    /// No overrides: the configuration's settings.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// The timeout of each HTTP attempt, instead of [`ConfigBuilder::timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The timeout of a whole call, instead of [`ConfigBuilder::call_timeout`].
    pub fn call_timeout(mut self, call_timeout: Duration) -> Self {
        self.call_timeout = Some(call_timeout);
        self
    }

    /// When to retry, instead of [`ConfigBuilder::retry`]. Retries still draw on the retry budget of
    /// the [`Config`] the client was made from, shared with its other clients: this policy's
    /// [`RetryPolicy::budget`] is not used.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }
}

impl Config {
    /// This configuration with `options`' overrides; the clone shares the retry budget.
    pub(crate) fn with_options(&self, options: &CallOptions) -> Config {
        Config {
            timeout: options.timeout.unwrap_or(self.timeout),
            call_timeout: options.call_timeout.unwrap_or(self.call_timeout),
            retry: options.retry.unwrap_or(self.retry),
            ..self.clone()
        }
    }
}

/// The default timeout of one HTTP attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The default timeout of a whole call, its attempts and the waits between them together: room for
/// two attempts that time out and the back-off between them, half of what three retries could
/// otherwise take (4 attempts of 30 s and 3 waits of up to 20 s).
pub const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(90);

/// The default timeout of opening a connection (TCP and TLS).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The default limit on a response body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// The default limit on the pages a stream of all items reads (see [`ConfigBuilder::max_pages`]).
///
/// Most Wix methods page by up to 100 items, so 10,000 pages are a million items, more than a site's
/// listing holds; a server that keeps saying more pages exist is left after 10,000 requests (about
/// half an hour at 200 ms a page) rather than followed forever.
pub const DEFAULT_MAX_PAGES: u32 = 10_000;

/// The default `User-Agent`: this crate's name and version.
pub const DEFAULT_USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Credentials and HTTP settings, shared by the clients of every API (cloning is cheap).
///
/// ```no_run
/// # fn main() -> Result<(), wix_sdk::ConfigError> {
/// use std::time::Duration;
/// use wix_sdk::{Config, Credentials, bookings_external_calendars};
///
/// let config = Config::builder(Credentials::api_key_for_site("<api key>", "<site id>"))
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// let calendars = bookings_external_calendars::Client::new(&config);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) credentials: Credentials,
    pub(crate) base_url: Option<String>,
    pub(crate) timeout: Duration,
    pub(crate) call_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    /// Shared by the clones of this configuration, and so by every client made from them.
    pub(crate) retry_budget: Arc<RetryBudget>,
    pub(crate) user_agent: String,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_pages: u32,
    pub(crate) http: reqwest::Client,
}

impl Config {
    /// Starts a configuration with these credentials and the defaults for everything else.
    pub fn builder(credentials: Credentials) -> ConfigBuilder {
        ConfigBuilder {
            credentials,
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            call_timeout: DEFAULT_CALL_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::default(),
            user_agent: DEFAULT_USER_AGENT.to_string(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_pages: DEFAULT_MAX_PAGES,
            http: None,
        }
    }
}

/// Builds a [`Config`].
#[derive(Debug)]
#[must_use]
pub struct ConfigBuilder {
    credentials: Credentials,
    base_url: Option<String>,
    timeout: Duration,
    call_timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    max_response_bytes: usize,
    max_pages: u32,
    http: Option<reqwest::Client>,
}

impl ConfigBuilder {
    /// Sends requests to `base_url` (for example a proxy or a test server) instead of each API's
    /// default, `https://www.wixapis.com`.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// The timeout of each HTTP attempt, from sending to the end of the body (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The timeout of a whole call: every attempt and the waits between them (default 90 s). When
    /// it runs out during an attempt the call fails with
    /// [`Error::CallTimeout`](crate::Error::CallTimeout); a retry whose wait would outlast it is
    /// not started, and the call returns the failure it had.
    pub fn call_timeout(mut self, call_timeout: Duration) -> Self {
        self.call_timeout = call_timeout;
        self
    }

    /// The timeout of opening a connection, TCP and TLS handshake (default 10 s). Applies to the
    /// HTTP client this builder makes, not to one given to [`Self::http_client`].
    pub fn connect_timeout(mut self, connect_timeout: Duration) -> Self {
        self.connect_timeout = connect_timeout;
        self
    }

    /// When to retry (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The `User-Agent` header (default: `wix-sdk/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// The largest response body read (default 16 MiB); a larger one fails with
    /// [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
    pub fn max_response_bytes(mut self, max_response_bytes: usize) -> Self {
        self.max_response_bytes = max_response_bytes;
        self
    }

    /// The most pages a stream of all items (a client's `*_all` methods) reads (default
    /// [`DEFAULT_MAX_PAGES`], 10,000). A stream whose last allowed page says more exist ends with
    /// [`Error::TooManyPages`](crate::Error::TooManyPages). The first page is always read: `0` counts
    /// as `1`.
    pub fn max_pages(mut self, max_pages: u32) -> Self {
        self.max_pages = max_pages.max(1);
        self
    }

    /// Sends requests through this `reqwest::Client`, for callers who manage their own connection
    /// pool, proxy or TLS settings. Its own timeout, if any, applies besides [`Self::timeout`];
    /// [`Self::connect_timeout`] does not apply to it.
    ///
    /// Build it with `redirect(reqwest::redirect::Policy::none())`, as the default client is: this
    /// crate does not follow redirects, so that no credential or body goes to another server. A 3xx
    /// answer fails the call with [`Error::Redirect`](crate::Error::Redirect); but a client that
    /// follows redirects has already re-sent the request (its body, and its headers unless the host
    /// changed) to the new location before this crate sees the answer. Such a call fails with
    /// [`Error::RedirectFollowed`](crate::Error::RedirectFollowed), whatever the final answer.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// The configuration; fails if the base URL is not an http(s) URL or the HTTP client cannot be
    /// built.
    pub fn build(self) -> Result<Config, ConfigError> {
        if let Some(base_url) = &self.base_url {
            let parsed = reqwest::Url::parse(base_url).map_err(|error| ConfigError::BaseUrl {
                base_url: base_url.clone(),
                reason: error.to_string(),
            })?;
            if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
                return Err(ConfigError::BaseUrl {
                    base_url: base_url.clone(),
                    reason: "expected an http(s) URL with no query".into(),
                });
            }
        }
        let http = match self.http {
            Some(http) => http,
            None => default_http_client(self.connect_timeout)?,
        };
        Ok(Config {
            credentials: self.credentials,
            base_url: self.base_url,
            timeout: self.timeout,
            call_timeout: self.call_timeout,
            retry: self.retry,
            retry_budget: Arc::new(RetryBudget::new(self.retry.budget)),
            user_agent: self.user_agent,
            max_response_bytes: self.max_response_bytes,
            max_pages: self.max_pages,
            http,
        })
    }
}

fn default_http_client(connect_timeout: Duration) -> Result<reqwest::Client, ConfigError> {
    let builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout);
    with_tls(builder)?.build().map_err(ConfigError::HttpClient)
}

/// The TLS backend the crate's features choose. For rustls, a configuration built with the chosen
/// provider: reqwest's own would take the process-wide default provider, which an application may
/// not want this crate to choose for it.
#[cfg(feature = "native-tls")]
fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, ConfigError> {
    Ok(builder.tls_backend_native())
}

#[cfg(all(not(feature = "native-tls"), any(feature = "rustls-ring", feature = "rustls-aws-lc")))]
fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, ConfigError> {
    use rustls_platform_verifier::BuilderVerifierExt as _;

    #[cfg(feature = "rustls-aws-lc")]
    let provider = rustls::crypto::aws_lc_rs::default_provider();
    #[cfg(not(feature = "rustls-aws-lc"))]
    let provider = rustls::crypto::ring::default_provider();
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(provider))
        .with_safe_default_protocol_versions()
        .and_then(|tls| tls.with_platform_verifier())
        .map_err(|error| ConfigError::Tls(error.into()))?
        .with_no_client_auth();
    Ok(builder.tls_backend_preconfigured(tls))
}

/// No TLS feature: plain-HTTP base URLs only; an https URL fails each call.
#[cfg(not(any(feature = "native-tls", feature = "rustls-ring", feature = "rustls-aws-lc")))]
fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, ConfigError> {
    Ok(builder)
}

/// Why a [`Config`] could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The base URL is not usable.
    #[error("invalid base URL `{base_url}`: {reason}")]
    BaseUrl {
        /// The URL as given.
        base_url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be built (for example, TLS could not be set up).
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(#[source] reqwest::Error),
    /// TLS could not be set up (for example, the system's trust store could not be read).
    #[error("cannot set up TLS: {0}")]
    Tls(#[source] Box<dyn std::error::Error + Send + Sync>),
}
