//! The answers of a mock client (feature `test-util`): per method, a function from the request to
//! the typed result, which the generated method returns without building or sending a request.
//!
//! Typed values rather than HTTP responses: response types only decode, so a mock that answered
//! with bodies would need every response type to serialize too, and a user's test would depend on
//! the wire format instead of the types it matches on.

use std::any::Any;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use crate::Error;

/// What a test programmed one method to return.
type Responder<R, T, E> = dyn Fn(&R) -> Result<T, Error<E>> + Send + Sync;

/// The programmed methods of one mock client, by Wix's method name; shared by the clients it made.
#[derive(Clone, Default)]
pub(crate) struct Rules(Arc<Mutex<HashMap<&'static str, Arc<dyn Any + Send + Sync>>>>);

impl Rules {
    /// Programs `operation` to answer with `respond`, replacing what it answered before.
    pub(crate) fn on<R: 'static, T: 'static, E: 'static>(
        &self,
        operation: &'static str,
        respond: impl Fn(&R) -> Result<T, Error<E>> + Send + Sync + 'static,
    ) {
        let responder: Arc<Responder<R, T, E>> = Arc::new(respond);
        self.0.lock().unwrap_or_else(PoisonError::into_inner).insert(operation, Arc::new(responder));
    }

    /// What `operation` was programmed to answer for `request`.
    ///
    /// # Panics
    ///
    /// When the test did not program `operation`: the code under test called a method the test did
    /// not expect, and a panic names it where an error could be handled and go unnoticed.
    pub(crate) fn respond<R: 'static, T: 'static, E: 'static>(
        &self,
        operation: &'static str,
        request: &R,
    ) -> Result<T, Error<E>> {
        // Cloned out of the lock, so that a responder may program the mock again.
        let programmed = self.0.lock().unwrap_or_else(PoisonError::into_inner).get(operation).cloned();
        // The generated `on_` method and the generated method name the same types, so the downcast
        // fails only if nothing was programmed.
        match programmed.and_then(|responder| responder.downcast::<Arc<Responder<R, T, E>>>().ok()) {
            Some(responder) => responder(request),
            None => panic!("the mock client was called with `{operation}`, which the test did not program"),
        }
    }
}

impl fmt::Debug for Rules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rules = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let mut programmed: Vec<&str> = rules.keys().copied().collect();
        programmed.sort_unstable();
        f.debug_struct("Rules").field("programmed", &programmed).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_programmed_method_answers_for_its_request_and_the_last_program_wins() {
        let rules = Rules::default();
        rules.on("getThing", |id: &u32| Ok::<_, Error<()>>(id * 2));
        assert_eq!(rules.respond::<u32, u32, ()>("getThing", &21).ok(), Some(42));
        rules.on("getThing", |id: &u32| Ok::<_, Error<()>>(id + 1));
        assert_eq!(rules.respond::<u32, u32, ()>("getThing", &21).ok(), Some(22));
        assert_eq!(format!("{rules:?}"), r#"Rules { programmed: ["getThing"] }"#);
    }

    #[test]
    #[should_panic(expected = "called with `listThings`, which the test did not program")]
    fn a_method_not_programmed_panics_with_its_name() {
        let rules = Rules::default();
        rules.on("getThing", |id: &u32| Ok::<_, Error<()>>(*id));
        let _ = rules.respond::<(), Vec<u32>, ()>("listThings", &());
    }
}
