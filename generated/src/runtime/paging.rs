//! Every item across the pages of a paged method: [`AllItems`], one type for every method's stream.
//!
//! A method's stream is its request and a closure that fetches one page and works out the next
//! page's request; the runtime turns the closure's futures into one boxed future per page, so the
//! stream type names only the item and the error, and the bounds (no repeated cursor, no page that
//! claims more items without a way to ask for them, at most
//! [`ConfigBuilder::max_pages`](crate::ConfigBuilder::max_pages) pages) are checked here once for
//! every method.

use std::collections::HashSet;
use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_core::stream::FusedStream;

use super::ApiClient;
use crate::Error;

/// How a page says what comes after it: worked out by a method's stream from the page and its
/// request.
pub(crate) enum Next<Request> {
    /// The page is the last.
    End,
    /// The next page: its request, and the cursor the request carries (`None` when paging by
    /// offset, where each page asks for the items after those read so far, so never repeats).
    Page { cursor: Option<String>, request: Request },
    /// The server says more items exist but the page gives no way to ask for them: why, as
    /// [`Error::PagingStalled`] says it.
    Stalled(&'static str),
}

impl<Request> Next<Request> {
    /// The same, with the next page's request made by `next_request` from this one's.
    pub(crate) fn map<Other>(self, next_request: impl FnOnce(Request) -> Other) -> Next<Other> {
        match self {
            Next::End => Next::End,
            Next::Page { cursor, request } => Next::Page { cursor, request: next_request(request) },
            Next::Stalled(reason) => Next::Stalled(reason),
        }
    }
}

/// What comes after a page of a method that pages by cursor, as the next cursor: `has_next` is
/// what the page says of more pages, `None` where the method has no such field. A missing or empty
/// cursor ends the stream, unless the page says more pages exist.
pub(crate) fn after_cursor(has_next: Option<bool>, cursor: Option<&String>) -> Next<String> {
    match (has_next, cursor.filter(|cursor| !cursor.is_empty())) {
        (Some(false), _) | (None, None) => Next::End,
        (Some(true), None) => Next::Stalled("gives no next cursor"),
        (_, Some(cursor)) => Next::Page { cursor: Some(cursor.clone()), request: cursor.clone() },
    }
}

/// What comes after a page of `read` items asked for at `offset` (`None`: from the start), as the
/// offset of the next page. `has_next` and `total` are what the page says of more pages and of the
/// items of all pages; each is `None` where the method has no such field, and `total` is
/// `Some(None)` where the page leaves it out. The next page asks for the items after those read,
/// while the page says more exist; an empty page ends the stream, unless the page says more exist.
pub(crate) fn after_offset(
    offset: Option<i32>,
    read: usize,
    has_next: Option<bool>,
    total: Option<Option<i32>>,
) -> Next<i32> {
    let next = i64::from(offset.unwrap_or(0)).saturating_add(i64::try_from(read).unwrap_or(i64::MAX));
    let says_more = has_next.unwrap_or(true) && total.flatten().is_none_or(|total| next < i64::from(total));
    if !says_more {
        return Next::End;
    }
    if read == 0 {
        // Where the page says nothing of more pages, an empty page is how the last one looks.
        return match has_next.is_some() || total.flatten().is_some() {
            true => Next::Stalled("has no items"),
            false => Next::End,
        };
    }
    match i32::try_from(next) {
        Ok(next) => Next::Page { cursor: None, request: next },
        Err(_) => Next::Stalled("the offset of the next page does not fit in an `int32`"),
    }
}

/// One page fetched: its items, and what comes after it.
struct Page<'a, T, E> {
    items: Vec<T>,
    next: Next<PageFuture<'a, T, E>>,
}

/// The fetch of a page, not started until it is first polled.
type PageFuture<'a, T, E> = Pin<Box<dyn Future<Output = Result<Page<'a, T, E>, Error<E>>> + Send + 'a>>;

/// The stream of every item of a paged method, from `first` on: `fetch` sends a page's request and
/// returns the page's items and what comes after them. Nothing is sent until the stream is polled.
pub(crate) fn all_items<'a, Request, T, E, Fetch, Fut>(
    api: &ApiClient,
    operation: &'static str,
    first: Request,
    fetch: Fetch,
) -> AllItems<'a, T, E>
where
    Request: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    Fetch: Fn(Request) -> Fut + Copy + Send + 'a,
    Fut: Future<Output = Result<(Vec<T>, Next<Request>), Error<E>>> + Send + 'a,
{
    AllItems {
        operation,
        max_pages: api.config.max_pages,
        pages: 0,
        items: Vec::new().into_iter(),
        state: State::Fetch(page(first, fetch)),
        cursors: HashSet::new(),
        hasher: RandomState::new(),
    }
}

/// The future of the page `request` asks for, which makes the future of the page after it.
fn page<'a, Request, T, E, Fetch, Fut>(request: Request, fetch: Fetch) -> PageFuture<'a, T, E>
where
    Request: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    Fetch: Fn(Request) -> Fut + Copy + Send + 'a,
    Fut: Future<Output = Result<(Vec<T>, Next<Request>), Error<E>>> + Send + 'a,
{
    Box::pin(async move {
        let (items, next) = fetch(request).await?;
        Ok(Page { items, next: next.map(|request| page(request, fetch)) })
    })
}

/// Every item of a paged method across its pages, page after page: what a client's `*_all`
/// methods return.
///
/// Read it with [`next`](Self::next) or [`try_collect`](Self::try_collect), no other crate needed;
/// it is also a [`futures_core::Stream`] (and `Unpin`), for the combinators of `futures`.
///
/// A page is fetched when the items before it are read, and not before: a stream that is dropped
/// early sends nothing more. The stream ends after the first error; it stops with an error, after
/// the items of the page at fault, when the server makes no progress:
///
/// - [`Error::RepeatedCursor`]: a page gives a cursor an earlier page gave;
/// - [`Error::PagingStalled`]: a page says more items exist, but gives no cursor (or, paging by
///   offset, has no items);
/// - [`Error::TooManyPages`]: the stream read [`ConfigBuilder::max_pages`](crate::ConfigBuilder::max_pages)
///   pages (10,000 by default) and the last says more exist.
///
/// ```no_run
/// use wix_sdk::common::CursorPaging;
/// use wix_sdk::bookings_external_calendars::{Client, ListEventsError, ListEventsRequest};
///
/// # async fn example(calendars: Client) -> Result<(), wix_sdk::Error<ListEventsError>> {
/// let request = ListEventsRequest::new().with_cursor_paging(CursorPaging::new().with_limit(100));
/// let mut events = calendars.list_events_all(&request);
/// while let Some(event) = events.next().await {
///     println!("{:?}", event?.title);
/// }
/// let all: Vec<_> = calendars.list_events_all(&request).try_collect().await?;
/// # Ok(()) }
/// ```
#[must_use = "a stream fetches nothing unless it is read"]
pub struct AllItems<'a, T, E> {
    operation: &'static str,
    max_pages: u32,
    /// Pages fetched so far.
    pages: u32,
    /// The items of the last page not yet read.
    items: std::vec::IntoIter<T>,
    state: State<'a, T, E>,
    /// Hashes of the cursors given so far: a server's cursors can be long, and the stream keeps
    /// one per page.
    cursors: HashSet<u64>,
    hasher: RandomState,
}

/// What comes once the items of the last page are read.
enum State<'a, T, E> {
    /// The next page, fetched or being fetched.
    Fetch(PageFuture<'a, T, E>),
    /// The error that ends the stream.
    Failed(Error<E>),
    /// Nothing: the stream has ended.
    Done,
}

// Nothing in the stream is pinned in place: the page being fetched is boxed.
impl<T, E> Unpin for AllItems<'_, T, E> {}

impl<'a, T, E> AllItems<'a, T, E> {
    /// The next item, fetching the next page when the items of the last are read; `None` once the
    /// stream has ended.
    pub async fn next(&mut self) -> Option<Result<T, Error<E>>> {
        std::future::poll_fn(|context| self.poll_item(context)).await
    }

    /// Every item, in order, or the first error.
    pub async fn try_collect<C: Default + Extend<T>>(mut self) -> Result<C, Error<E>> {
        let mut collected = C::default();
        while let Some(item) = self.next().await {
            collected.extend(Some(item?));
        }
        Ok(collected)
    }

    fn poll_item(&mut self, context: &mut Context<'_>) -> Poll<Option<Result<T, Error<E>>>> {
        loop {
            if let Some(item) = self.items.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Poll::Ready(None),
                State::Failed(error) => return Poll::Ready(Some(Err(error))),
                State::Fetch(mut fetch) => match fetch.as_mut().poll(context) {
                    Poll::Pending => {
                        self.state = State::Fetch(fetch);
                        return Poll::Pending;
                    }
                    Poll::Ready(Err(error)) => return Poll::Ready(Some(Err(error))),
                    Poll::Ready(Ok(page)) => {
                        self.pages += 1;
                        self.items = page.items.into_iter();
                        self.state = self.after(page.next);
                    }
                },
            }
        }
    }

    /// What comes after the page just fetched, checked for progress.
    fn after(&mut self, next: Next<PageFuture<'a, T, E>>) -> State<'a, T, E> {
        let operation = self.operation;
        let (cursor, request) = match next {
            Next::End => return State::Done,
            Next::Stalled(reason) => {
                return State::Failed(Error::PagingStalled { operation, page: self.pages, reason });
            }
            Next::Page { cursor, request } => (cursor, request),
        };
        if let Some(cursor) = cursor
            && !self.cursors.insert(self.hasher.hash_one(&cursor))
        {
            return State::Failed(Error::RepeatedCursor { operation, cursor });
        }
        match self.pages < self.max_pages {
            true => State::Fetch(request),
            false => State::Failed(Error::TooManyPages { operation, max_pages: self.max_pages }),
        }
    }
}

impl<T, E> Stream for AllItems<'_, T, E> {
    type Item = Result<T, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(context)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let read = self.items.len();
        match self.state {
            State::Done => (read, Some(read)),
            State::Failed(_) => (read + 1, Some(read + 1)),
            State::Fetch(_) => (read, None),
        }
    }
}

impl<T, E> FusedStream for AllItems<'_, T, E> {
    fn is_terminated(&self) -> bool {
        matches!(self.state, State::Done) && self.items.len() == 0
    }
}

impl<T, E> fmt::Debug for AllItems<'_, T, E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Fetch(_) => "more pages",
            State::Failed(_) => "failed",
            State::Done => "ended",
        };
        formatter
            .debug_struct("AllItems")
            .field("operation", &self.operation)
            .field("pages", &self.pages)
            .field("items_left_in_page", &self.items.len())
            .field("state", &state)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor_of(next: Next<String>) -> Result<Option<String>, &'static str> {
        match next {
            Next::End => Ok(None),
            Next::Page { cursor, request } => {
                assert_eq!(cursor.as_ref(), Some(&request), "the request carries the cursor");
                Ok(Some(request))
            }
            Next::Stalled(reason) => Err(reason),
        }
    }

    fn offset_of(next: Next<i32>) -> Result<Option<i32>, &'static str> {
        match next {
            Next::End => Ok(None),
            Next::Page { cursor, request } => {
                assert_eq!(cursor, None, "offsets need no check for repeats");
                Ok(Some(request))
            }
            Next::Stalled(reason) => Err(reason),
        }
    }

    #[test]
    fn a_cursor_page_goes_on_with_its_cursor_and_stalls_when_it_says_more_without_one() {
        let cursor = "c2".to_string();
        let empty = String::new();
        assert_eq!(cursor_of(after_cursor(Some(true), Some(&cursor))), Ok(Some("c2".into())));
        assert_eq!(cursor_of(after_cursor(None, Some(&cursor))), Ok(Some("c2".into())));
        assert_eq!(cursor_of(after_cursor(Some(false), Some(&cursor))), Ok(None), "hasNext: false ends");
        assert_eq!(cursor_of(after_cursor(None, None)), Ok(None), "no cursor, and no word of more pages");
        assert_eq!(cursor_of(after_cursor(None, Some(&empty))), Ok(None));
        assert_eq!(cursor_of(after_cursor(Some(true), None)), Err("gives no next cursor"));
        assert_eq!(cursor_of(after_cursor(Some(true), Some(&empty))), Err("gives no next cursor"));
    }

    #[test]
    fn an_offset_page_goes_on_after_the_items_read_and_stalls_when_empty_short_of_the_end() {
        assert_eq!(offset_of(after_offset(None, 2, None, None)), Ok(Some(2)));
        assert_eq!(offset_of(after_offset(Some(2), 2, Some(true), Some(Some(5)))), Ok(Some(4)));
        assert_eq!(offset_of(after_offset(Some(4), 1, None, Some(Some(5)))), Ok(None), "the total is read");
        assert_eq!(offset_of(after_offset(Some(4), 1, Some(false), None)), Ok(None), "hasNext: false");
        assert_eq!(offset_of(after_offset(Some(4), 0, None, None)), Ok(None), "an empty page is the end");
        assert_eq!(offset_of(after_offset(Some(4), 0, None, Some(None))), Ok(None), "no total given");
        assert_eq!(offset_of(after_offset(Some(4), 0, Some(true), None)), Err("has no items"));
        assert_eq!(offset_of(after_offset(Some(2), 0, None, Some(Some(5)))), Err("has no items"));
        assert_eq!(
            offset_of(after_offset(Some(i32::MAX - 1), 2, None, None)),
            Err("the offset of the next page does not fit in an `int32`")
        );
        assert_eq!(offset_of(after_offset(Some(i32::MAX - 2), 2, None, None)), Ok(Some(i32::MAX)));
    }

    #[test]
    fn the_stream_is_unpin_and_send_whatever_its_item() {
        fn unpin_and_send<T: Unpin + Send>() {}
        // `PhantomPinned` is not `Unpin`: the stream does not pin its items.
        unpin_and_send::<AllItems<'static, std::marker::PhantomPinned, ()>>();
        unpin_and_send::<
            AllItems<'static, crate::fixtures::shared::Tree, crate::fixtures::queries::QueryTreesError>,
        >();
    }
}
