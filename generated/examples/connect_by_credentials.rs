//! Connects a Wix schedule to an external calendar account with the account's credentials.
//!
//! ```text
//! WIX_API_KEY=... WIX_SITE_ID=... WIX_CALENDAR_PASSWORD=... \
//!     cargo run -p wix-sdk --example connect_by_credentials -- <provider-id> <schedule-id> <email>
//! ```
//!
//! `WIX_BASE_URL` sends the request elsewhere than `https://www.wixapis.com`, e.g. to a test server.
//! Prints the new connection's id and status; on failure, one line naming the status and Wix's error
//! code, and exits with 1.

use std::process::ExitCode;

use wix_sdk::bookings_external_calendars::{Client, ConnectByCredentialsRequest};
use wix_sdk::{Config, Credentials};

const USAGE: &str = "usage: connect_by_credentials <provider-id> <schedule-id> <email>\n\
                     with WIX_API_KEY, WIX_SITE_ID and WIX_CALENDAR_PASSWORD set (WIX_BASE_URL optional)";

#[tokio::main]
async fn main() -> ExitCode {
    match connect().await {
        Ok(connected) => {
            println!("{connected}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn connect() -> Result<String, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [provider_id, schedule_id, email] = args.as_slice() else {
        return Err(USAGE.to_string());
    };
    let provider_id = provider_id.parse().map_err(|error| format!("provider id `{provider_id}`: {error}"))?;
    let schedule_id = schedule_id.parse().map_err(|error| format!("schedule id `{schedule_id}`: {error}"))?;
    let email = email.parse().map_err(|error| format!("{error}"))?;
    let variable = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set\n{USAGE}"));
    let credentials = Credentials::api_key_for_site(variable("WIX_API_KEY")?, variable("WIX_SITE_ID")?);
    let password = variable("WIX_CALENDAR_PASSWORD")?;

    let mut config = Config::builder(credentials);
    if let Ok(base_url) = std::env::var("WIX_BASE_URL") {
        config = config.base_url(base_url);
    }
    let client = Client::new(&config.build().map_err(|error| error.to_string())?);
    let request = ConnectByCredentialsRequest::new(schedule_id, provider_id, email, password);

    let response = client.connect_by_credentials(&request).await.map_err(|error| error.to_string())?;
    let connection = response.connection.ok_or("the response holds no connection")?;
    let status = connection.status.map_or_else(|| "unknown".to_string(), |status| status.to_string());
    Ok(format!("connected: id {} status {status}", connection.id.as_deref().unwrap_or("(none)")))
}
