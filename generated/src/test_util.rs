//! Testing code that calls the clients, without a server (feature `test-util`).
//!
//! Each API module has a `MockClient`: program what each method returns with its `on_<method>`
//! methods, and hand the code under test `MockClient::client()`,
//! a real `Client` that returns what was programmed and sends nothing. Code written against
//! `&Client` is tested as it is, with no trait to thread through.
//!
//! Build what a method returns with the response types' `new` and `with_` methods, which this
//! feature adds to the types that are only received, and its errors with
//! [`ServiceError::from_status`](crate::ServiceError::from_status) and
//! [`Error::from_service_error`](crate::Error::from_service_error). `generated/tests/mock_client.rs`
//! in the repository shows the recipe.
//!
//! ```
//! use wix_sdk::bookings_services::{GetServiceError, GetServiceRequest, GetServiceResponse, MockClient};
//! use wix_sdk::{Error, ServiceError};
//!
//! let mock = MockClient::new();
//! mock.on_get_service(wix_sdk::test_util::sequence([
//!     Ok(GetServiceResponse::new()),
//!     Err(Error::from_service_error(ServiceError::from_status("getService", 404))),
//! ]));
//! let services = mock.client();
//! # let _ = (services, GetServiceRequest::new(wix_sdk::Uuid::nil()), None::<GetServiceError>);
//! ```

use std::collections::VecDeque;
use std::sync::{Mutex, PoisonError};

/// A responder for a mock's `on_<method>` that returns `results` in order, one per call, whatever the
/// request.
///
/// # Panics
///
/// The call after the last result panics, naming how many there were: the code under test called
/// the method more often than the test expected.
pub fn sequence<R, T>(results: impl IntoIterator<Item = T>) -> impl Fn(&R) -> T + Send + Sync + 'static
where
    T: Send + 'static,
{
    let results: VecDeque<T> = results.into_iter().collect();
    let given = results.len();
    let results = Mutex::new(results);
    move |_: &R| match results.lock().unwrap_or_else(PoisonError::into_inner).pop_front() {
        Some(result) => result,
        None => panic!("the mock was called more often than the {given} results given to `sequence`"),
    }
}
