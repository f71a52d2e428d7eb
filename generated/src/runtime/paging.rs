//! Streams of every item across the pages of a cursor-paged method.

use std::collections::HashSet;

use futures_core::Stream;

use crate::Error;

/// One page: its items, and the cursor and request for the next page, if there is one.
pub(crate) struct Page<Request, Item> {
    pub(crate) items: Vec<Item>,
    pub(crate) next: Option<(String, Request)>,
}

/// Fetches `first`, yields its items, then fetches the next page's request while there is one.
/// Ends after the first error; a cursor the server already gave ends the stream, after that page's
/// items, with [`Error::RepeatedCursor`], since following it would loop forever.
pub(crate) fn all_items<Request, Item, E, Fetch, Fut>(
    operation: &'static str,
    first: Request,
    fetch: Fetch,
) -> impl Stream<Item = Result<Item, Error<E>>>
where
    Fetch: FnMut(Request) -> Fut,
    Fut: Future<Output = Result<Page<Request, Item>, Error<E>>>,
{
    let state = State {
        next: Some(first),
        buffer: Vec::new().into_iter(),
        repeated: None,
        seen: HashSet::new(),
        fetch,
    };
    futures_util::stream::unfold(state, move |mut state| async move {
        loop {
            if let Some(item) = state.buffer.next() {
                return Some((Ok(item), state));
            }
            if let Some(cursor) = state.repeated.take() {
                return Some((Err(Error::RepeatedCursor { operation, cursor }), state));
            }
            let request = state.next.take()?;
            match (state.fetch)(request).await {
                Ok(page) => {
                    state.buffer = page.items.into_iter();
                    if let Some((cursor, request)) = page.next {
                        match state.seen.insert(cursor.clone()) {
                            true => state.next = Some(request),
                            false => state.repeated = Some(cursor),
                        }
                    }
                }
                Err(error) => return Some((Err(error), state)),
            }
        }
    })
}

struct State<Request, Item, Fetch> {
    next: Option<Request>,
    buffer: std::vec::IntoIter<Item>,
    /// A cursor the server gave twice, reported once the page's items are out.
    repeated: Option<String>,
    seen: HashSet<String>,
    fetch: Fetch,
}
