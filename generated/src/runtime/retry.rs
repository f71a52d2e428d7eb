//! When and how long to wait before trying a call again: the back-off, the server's `Retry-After`,
//! and the retry budget that the calls of one [`Config`](crate::Config) share.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use crate::config::RetryPolicy;

/// Tokens a retry takes from the budget, as in the AWS SDKs' standard retry mode.
pub(crate) const RETRY_COST: u32 = 5;

/// Tokens a retry after a connect timeout takes: a server that does not answer at all is likelier
/// to be down than one that answers 503, so such retries run out twice as fast.
pub(crate) const TIMEOUT_RETRY_COST: u32 = 10;

/// Tokens a call that succeeds at its first attempt gives back.
pub(crate) const SUCCESS_REWARD: u32 = 1;

/// A token bucket shared by the calls of one [`Config`](crate::Config) and its clones, so that a
/// failing server gets a bounded number of retries from all of them together, not a full set per
/// call.
///
/// A retry takes [`RETRY_COST`] tokens (or [`TIMEOUT_RETRY_COST`]); when too few are left the call
/// returns its last failure instead of retrying. A call that succeeds gives back the cost of its last
/// retry, or [`SUCCESS_REWARD`] if it needed none; the bucket never holds more than it started with.
#[derive(Debug)]
pub(crate) struct RetryBudget {
    capacity: u32,
    tokens: AtomicU32,
}

impl RetryBudget {
    /// A full bucket of `capacity` tokens.
    pub(crate) fn new(capacity: u32) -> Self {
        RetryBudget { capacity, tokens: AtomicU32::new(capacity) }
    }

    /// Takes `cost` tokens for a retry; `false`, taking nothing, if fewer are left.
    pub(crate) fn withdraw(&self, cost: u32) -> bool {
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| tokens.checked_sub(cost))
            .is_ok()
    }

    /// Gives back `amount` tokens, up to the capacity.
    pub(crate) fn deposit(&self, amount: u32) {
        // The closure always returns `Some`, so the update cannot fail.
        let _ = self.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
            Some(tokens.saturating_add(amount).min(self.capacity))
        });
    }

    #[cfg(test)]
    fn tokens(&self) -> u32 {
        self.tokens.load(Ordering::Acquire)
    }
}

/// The wait before retry number `retry` (1 for the first): the server's `Retry-After` if it gave
/// one, else full-jitter exponential back-off, `random` (in `[0, 1)`) times `base_delay` doubled
/// for each retry before this one; both capped at the policy's `max_delay`.
pub(crate) fn backoff(
    policy: &RetryPolicy,
    retry: u32,
    retry_after: Option<Duration>,
    random: f64,
) -> Duration {
    if let Some(retry_after) = retry_after {
        return retry_after.min(policy.max_delay);
    }
    let ceiling =
        policy.base_delay.saturating_mul(1 << retry.saturating_sub(1).min(16)).min(policy.max_delay);
    ceiling.mul_f64(random.clamp(0.0, 1.0))
}

/// A random number in `[0, 1)`, from the standard library's randomly seeded hasher: enough for jitter.
pub(crate) fn random_fraction() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0);
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The wait a `Retry-After` header asks for at `now`: a number of seconds, or an HTTP date (RFC 9110:
/// the IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, or the obsolete RFC 850 and asctime forms that
/// recipients must still accept). A date in the past asks for no wait; anything else is ignored.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
        // More digits than a u64 holds is a wait longer than anyone will honour: the cap applies.
        return Some(value.parse().map_or(Duration::MAX, Duration::from_secs));
    }
    let date = http_date(value)?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

fn http_date(value: &str) -> Option<SystemTime> {
    use chrono::NaiveDateTime;
    let utc = if let Some(rest) = value.strip_suffix(" GMT") {
        // IMF-fixdate, then RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`).
        NaiveDateTime::parse_from_str(rest, "%a, %d %b %Y %H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(rest, "%A, %d-%b-%y %H:%M:%S"))
            .ok()?
    } else {
        // asctime: `Sun Nov  6 08:49:37 1994`.
        NaiveDateTime::parse_from_str(value, "%a %b %e %H:%M:%S %Y").ok()?
    };
    Some(SystemTime::from(utc.and_utc()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> RetryPolicy {
        RetryPolicy::new(5, Duration::from_millis(100)).with_max_delay(Duration::from_secs(1))
    }

    #[test]
    fn backoff_doubles_from_the_base_delay_scaled_by_the_random_number_and_stops_at_the_cap() {
        let ceilings: Vec<Duration> = (1..=6).map(|retry| backoff(&policy(), retry, None, 1.0)).collect();
        let expected = [100, 200, 400, 800, 1000, 1000].map(Duration::from_millis);
        assert_eq!(ceilings, expected);
        assert_eq!(backoff(&policy(), 3, None, 0.5), Duration::from_millis(200));
        assert_eq!(backoff(&policy(), 3, None, 0.0), Duration::ZERO);
        assert_eq!(backoff(&policy(), u32::MAX, None, 1.0), Duration::from_secs(1), "no overflow");
    }

    #[test]
    fn backoff_takes_retry_after_instead_of_jitter_capped_by_the_policy() {
        assert_eq!(backoff(&policy(), 1, Some(Duration::from_millis(700)), 0.0), Duration::from_millis(700));
        assert_eq!(backoff(&policy(), 1, Some(Duration::from_secs(3600)), 0.5), Duration::from_secs(1));
    }

    #[test]
    fn random_fractions_stay_in_the_unit_interval() {
        assert!((0..1000).map(|_| random_fraction()).all(|random| (0.0..1.0).contains(&random)));
    }

    /// 1994-11-06 08:49:37 UTC, the date of RFC 9110's examples.
    fn rfc_example() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777)
    }

    #[test]
    fn retry_after_reads_seconds_and_the_three_http_date_forms() {
        let now = rfc_example() - Duration::from_secs(90);
        assert_eq!(parse_retry_after(" 120 ", now), Some(Duration::from_secs(120)));
        assert_eq!(parse_retry_after("99999999999999999999999", now), Some(Duration::MAX));
        for date in
            ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"]
        {
            assert_eq!(parse_retry_after(date, now), Some(Duration::from_secs(90)), "{date}");
        }
    }

    #[test]
    fn retry_after_in_the_past_is_no_wait_and_nonsense_is_ignored() {
        let later = rfc_example() + Duration::from_secs(5);
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", later), Some(Duration::ZERO));
        for nonsense in
            ["", "-1", "1.5", "soon", "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 32 Nov 1994 08:49:37 GMT"]
        {
            assert_eq!(parse_retry_after(nonsense, later), None, "{nonsense:?}");
        }
    }

    #[test]
    fn the_budget_pays_for_retries_until_it_is_empty_and_refills_from_successes_up_to_its_capacity() {
        let budget = RetryBudget::new(12);
        assert!(budget.withdraw(RETRY_COST) && budget.withdraw(RETRY_COST));
        assert!(!budget.withdraw(RETRY_COST), "2 tokens left: no third retry");
        assert_eq!(budget.tokens(), 2, "a refused withdrawal takes nothing");
        budget.deposit(RETRY_COST);
        assert_eq!(budget.tokens(), 7, "a retry that succeeded gives its cost back");
        (0..100).for_each(|_| budget.deposit(SUCCESS_REWARD));
        assert_eq!(budget.tokens(), 12, "never above the capacity");
        assert!(budget.withdraw(TIMEOUT_RETRY_COST) && !budget.withdraw(TIMEOUT_RETRY_COST));
    }
}
