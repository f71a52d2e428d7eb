//! Pages through the events of the external calendars connected to a Wix site, one line per event.
//!
//! ```text
//! WIX_API_KEY=... WIX_SITE_ID=... \
//!     cargo run -p wix-sdk --example list_events -- <from> <to> [<schedule-id>...]
//! ```
//!
//! `<from>` and `<to>` are RFC 3339 date-times (`2026-11-01T00:00:00Z`). `WIX_BASE_URL` sends the
//! requests elsewhere than `https://www.wixapis.com`, e.g. to a test server. Prints each event's start,
//! end and title, then how many events were read; on failure, one line saying why (a page
//! that does not come, or a server that pages without end), and exits with 1.
//!
//! The stream of all events is read with its own `next()`: no other crate is needed for paging.

use std::process::ExitCode;

use wix_sdk::bookings_external_calendars::{Client, ListEventsRequest};
use wix_sdk::common::CursorPaging;
use wix_sdk::{Config, Credentials};

const USAGE: &str = "usage: list_events <from> <to> [<schedule-id>...]\n\
                     with WIX_API_KEY and WIX_SITE_ID set (WIX_BASE_URL optional)";

/// Events asked for per page: the most Wix returns.
const PAGE_SIZE: i32 = 100;

#[tokio::main]
async fn main() -> ExitCode {
    match list().await {
        Ok(count) => {
            println!("{count} events");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn list() -> Result<usize, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [from, to, schedule_ids @ ..] = args.as_slice() else {
        return Err(USAGE.to_string());
    };
    // The API takes the date-times as text; checking them here gives a clearer error than Wix's.
    from.parse::<wix_sdk::Timestamp>().map_err(|error| format!("<from> `{from}`: {error}"))?;
    to.parse::<wix_sdk::Timestamp>().map_err(|error| format!("<to> `{to}`: {error}"))?;
    let schedule_ids = schedule_ids
        .iter()
        .map(|id| id.parse().map_err(|error| format!("schedule id `{id}`: {error}")))
        .collect::<Result<Vec<_>, _>>()?;
    let variable = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set\n{USAGE}"));
    let credentials = Credentials::api_key_for_site(variable("WIX_API_KEY")?, variable("WIX_SITE_ID")?);

    let mut config = Config::builder(credentials);
    if let Ok(base_url) = std::env::var("WIX_BASE_URL") {
        config = config.base_url(base_url);
    }
    let client = Client::new(&config.build().map_err(|error| error.to_string())?);
    let request = ListEventsRequest::new()
        .with_from(from.as_str())
        .with_to(to.as_str())
        .with_schedule_ids(schedule_ids)
        .with_cursor_paging(CursorPaging::new().with_limit(PAGE_SIZE));

    let mut events = client.list_events_all(&request);
    let mut count = 0;
    while let Some(event) = events.next().await {
        let event = event.map_err(|error| error.to_string())?;
        println!(
            "{} {} {}",
            event.start.as_deref().unwrap_or("?"),
            event.end.as_deref().unwrap_or("?"),
            event.title.as_deref().unwrap_or("(no title)")
        );
        count += 1;
    }
    Ok(count)
}
