//! The future a generated method returns.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::Error;

/// The future of one call: the method's response, or its error. Await it; it sends nothing until
/// then.
///
/// Methods return this named type rather than being `async fn`s so that each of the thousand
/// methods an API may have does not carry a future type of its own for the compiler to check: they
/// all share the runtime's one. The future holds the client but not the request, whose params were
/// already read when the method was called.
#[must_use = "a call sends nothing until it is awaited"]
pub struct ResponseFuture<'a, T, E> {
    inner: Pin<Box<dyn Future<Output = Result<T, Error<E>>> + Send + 'a>>,
}

impl<'a, T, E> ResponseFuture<'a, T, E> {
    pub(crate) fn new(future: impl Future<Output = Result<T, Error<E>>> + Send + 'a) -> Self {
        ResponseFuture { inner: Box::pin(future) }
    }
}

impl<T, E> Future for ResponseFuture<'_, T, E> {
    type Output = Result<T, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        self.inner.as_mut().poll(context)
    }
}

impl<T, E> fmt::Debug for ResponseFuture<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}
