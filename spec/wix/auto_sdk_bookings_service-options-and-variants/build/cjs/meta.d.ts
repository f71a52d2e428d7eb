import { CreateServiceOptionsAndVariantsRequest as CreateServiceOptionsAndVariantsRequest$1, CreateServiceOptionsAndVariantsResponse as CreateServiceOptionsAndVariantsResponse$1, CloneServiceOptionsAndVariantsRequest as CloneServiceOptionsAndVariantsRequest$1, CloneServiceOptionsAndVariantsResponse as CloneServiceOptionsAndVariantsResponse$1, GetServiceOptionsAndVariantsRequest as GetServiceOptionsAndVariantsRequest$1, GetServiceOptionsAndVariantsResponse as GetServiceOptionsAndVariantsResponse$1, GetServiceOptionsAndVariantsByServiceIdRequest as GetServiceOptionsAndVariantsByServiceIdRequest$1, GetServiceOptionsAndVariantsByServiceIdResponse as GetServiceOptionsAndVariantsByServiceIdResponse$1, UpdateServiceOptionsAndVariantsRequest as UpdateServiceOptionsAndVariantsRequest$1, UpdateServiceOptionsAndVariantsResponse as UpdateServiceOptionsAndVariantsResponse$1, DeleteServiceOptionsAndVariantsRequest as DeleteServiceOptionsAndVariantsRequest$1, DeleteServiceOptionsAndVariantsResponse as DeleteServiceOptionsAndVariantsResponse$1, QueryServiceOptionsAndVariantsRequest as QueryServiceOptionsAndVariantsRequest$1, QueryServiceOptionsAndVariantsResponse as QueryServiceOptionsAndVariantsResponse$1 } from './index.typings.js';
import '@wix/sdk-types';

/**
 * The `serviceOptionsAndVariants` object links a [service](https://dev.wix.com/docs/api-reference/business-solutions/bookings/services/services-v2/introduction)
 * to its variants.
 * You can use it to offer customers different prices for a service,
 * depending on which choices they book.
 */
interface ServiceOptionsAndVariants {
    /**
     * ID of the `serviceOptionsAndVariants` object.
     * @format GUID
     * @readonly
     */
    id?: string | null;
    /**
     * ID of the service related to these options and variants.
     * @format GUID
     * @immutable
     */
    serviceId?: string | null;
    /** Service options. Note that currently only a single option is supported per service. */
    options?: ServiceOptions;
    /** Information about the service's variants. */
    variants?: ServiceVariants;
    /**
     * Price of the cheapest service variant.
     * @readonly
     */
    minPrice?: Money;
    /**
     * Price of the most expensive service variant.
     * @readonly
     */
    maxPrice?: Money;
    /**
     * Revision number, which increments by 1 each time the `serviceOptionsAndVariants` object is updated.
     * To prevent conflicting changes,
     * the current revision must be passed when updating and deleting the `serviceOptionsAndVariants` object.
     *
     * Ignored when creating a `serviceOptionsAndVariants` object.
     * @immutable
     */
    revision?: string | null;
    /** Extensions enabling users to save custom data related to service options and variants. */
    extendedFields?: ExtendedFields;
}
interface ServiceOption extends ServiceOptionOptionSpecificDataOneOf {
    /** Details about the custom option. Available only for `CUSTOM` options. */
    customData?: CustomServiceOption;
    durationData?: DurationServiceOption;
    /**
     * ID of the service option.
     * @format GUID
     */
    id?: string;
    /** Type of the service option. */
    type?: ServiceOptionTypeWithLiterals;
}
/** @oneof */
interface ServiceOptionOptionSpecificDataOneOf {
    /** Details about the custom option. Available only for `CUSTOM` options. */
    customData?: CustomServiceOption;
    durationData?: DurationServiceOption;
}
declare enum ServiceOptionType {
    /** There is no information about the option type. */
    UNKNOWN = "UNKNOWN",
    /**
     * The service option is based on a custom parameter. For example, age group,
     * booked equipment, or appointment timing.
     */
    CUSTOM = "CUSTOM",
    /**
     * It's a [staff member](https://dev.wix.com/docs/rest/business-solutions/bookings/staff-members/introduction)
     * based option.
     */
    STAFF_MEMBER = "STAFF_MEMBER",
    /** It's a duration-based option. */
    DURATION = "DURATION",
    /**
     * The price is resolved from rules based on when the service is booked
     * (days and hours, months, or a date range).
     * @documentationMaturity preview
     */
    DATE_TIME = "DATE_TIME",
    /**
     * The price is resolved from rules based on the number of participants.
     * @documentationMaturity preview
     */
    NUMBER_OF_PARTICIPANTS = "NUMBER_OF_PARTICIPANTS"
}
/** @enumType */
type ServiceOptionTypeWithLiterals = ServiceOptionType | 'UNKNOWN' | 'CUSTOM' | 'STAFF_MEMBER' | 'DURATION' | 'DATE_TIME' | 'NUMBER_OF_PARTICIPANTS';
interface CustomServiceOption {
    /**
     * Name of the service option. For example, `Age group`, `Location`, `Equipment`,
     * or `Time`.
     * @maxLength 255
     */
    name?: string;
    /**
     * Available choices for the service option. For example, `child`, `student`,
     * `adult`, and `senior` for a service option named `Age group`. Each value must
     * be unique. The value's case is ignored, meaning `Child` and `child` are
     * considered to be identical. Currently, only a single choice is supported
     * because a service can have only a single option.
     *
     * Max: 1 choice
     * @maxSize 100
     * @maxLength 255
     */
    choices?: string[];
}
interface DurationServiceOption {
    /**
     * Optional name of the duration option. For example, `Short Class`, or
     * `Extended Class`.
     * @maxLength 255
     */
    name?: string | null;
}
interface ServiceVariant {
    /**
     * Choices for the service option. Currently, only a single choice is supported
     * because a service can have only a single option.
     *
     * Max: 1 choice
     * @minSize 1
     * @maxSize 1
     */
    choices?: ServiceChoice[];
    /** Information about the service variant's price. */
    price?: Money;
}
interface ServiceChoice extends ServiceChoiceChoiceOneOf {
    /**
     * Name of the custom choice.
     * @maxLength 255
     */
    custom?: string;
    /**
     * ID of the [resource](https://dev.wix.com/docs/api-reference/business-solutions/bookings/resources/resources-v2/introduction)
     * associated with the [staff member](https://dev.wix.com/docs/api-reference/business-solutions/bookings/staff-members/introduction)
     * providing the service.
     * @format GUID
     */
    staffMemberId?: string;
    /** Information about the option's duration. */
    duration?: Duration;
    /** A rule resolving the price by when the service is booked. Available only for `DATE_TIME` options. */
    dateTime?: DateTimeRule;
    /** A rule resolving the price by the number of participants. Available only for `NUMBER_OF_PARTICIPANTS` options. */
    participantRange?: ParticipantsRange;
    /**
     * ID of the service option.
     * @format GUID
     */
    optionId?: string;
}
/** @oneof */
interface ServiceChoiceChoiceOneOf {
    /**
     * Name of the custom choice.
     * @maxLength 255
     */
    custom?: string;
    /**
     * ID of the [resource](https://dev.wix.com/docs/api-reference/business-solutions/bookings/resources/resources-v2/introduction)
     * associated with the [staff member](https://dev.wix.com/docs/api-reference/business-solutions/bookings/staff-members/introduction)
     * providing the service.
     * @format GUID
     */
    staffMemberId?: string;
    /** Information about the option's duration. */
    duration?: Duration;
    /** A rule resolving the price by when the service is booked. Available only for `DATE_TIME` options. */
    dateTime?: DateTimeRule;
    /** A rule resolving the price by the number of participants. Available only for `NUMBER_OF_PARTICIPANTS` options. */
    participantRange?: ParticipantsRange;
}
interface Duration {
    /**
     * Duration of the service in minutes.
     *
     * Min: `1` minute
     * Max: `44639` minutes (30 days, 23 hours, and 59 minutes)
     * @min 1
     * @max 44639
     */
    minutes?: number;
    /**
     * Name of the duration option.
     *
     * Default: Human-readable text of `minutes`. For example, `1 hr 30 min`.
     * @maxLength 255
     */
    name?: string | null;
}
interface DateTimeRule extends DateTimeRuleRuleOneOf {
    /** Matches when the booked slot falls on one of the given days within the time window. */
    hoursAndDaysRule?: HoursAndDaysRule;
    /** Matches when the booked slot falls in one of the given months. */
    monthsRule?: MonthsRule;
    /** Matches when the booked slot falls within the date range. */
    dateRangeRule?: DateRangeRule;
    /** Which kind of rule this is. Must match the populated `rule` case. */
    ruleType?: DateTimeRuleTypeWithLiterals;
    /**
     * Optional name of the rule. For example, `Weekend mornings`, or `Holiday season`.
     * @maxLength 255
     */
    name?: string | null;
}
/** @oneof */
interface DateTimeRuleRuleOneOf {
    /** Matches when the booked slot falls on one of the given days within the time window. */
    hoursAndDaysRule?: HoursAndDaysRule;
    /** Matches when the booked slot falls in one of the given months. */
    monthsRule?: MonthsRule;
    /** Matches when the booked slot falls within the date range. */
    dateRangeRule?: DateRangeRule;
}
declare enum DateTimeRuleType {
    HOURS_AND_DAYS = "HOURS_AND_DAYS",
    MONTHS = "MONTHS",
    DATE_RANGE = "DATE_RANGE"
}
/** @enumType */
type DateTimeRuleTypeWithLiterals = DateTimeRuleType | 'HOURS_AND_DAYS' | 'MONTHS' | 'DATE_RANGE';
interface HoursAndDaysRule {
    /**
     * Days the rule applies to. The time window is evaluated in the business time zone.
     * @minSize 1
     * @maxSize 7
     */
    days?: DayWithLiterals[];
    /**
     * Start of the time window in `HH:mm` format, inclusive. Evaluated in the business time zone.
     * @format LOCAL_TIME
     */
    startTime?: string | null;
    /**
     * End of the time window in `HH:mm` format, exclusive. When earlier than `start_time` the window wraps past midnight.
     * @format LOCAL_TIME
     */
    endTime?: string | null;
}
declare enum Day {
    MONDAY = "MONDAY",
    TUESDAY = "TUESDAY",
    WEDNESDAY = "WEDNESDAY",
    THURSDAY = "THURSDAY",
    FRIDAY = "FRIDAY",
    SATURDAY = "SATURDAY",
    SUNDAY = "SUNDAY"
}
/** @enumType */
type DayWithLiterals = Day | 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
interface MonthsRule {
    /**
     * Months the rule applies to, as numbers `1`-`12`. Each value must be unique.
     *
     * Min: 1 month
     * Max: 12 months
     * @minSize 1
     * @maxSize 12
     * @min 1
     * @max 12
     */
    months?: number[];
}
interface DateRangeRule {
    /**
     * Start of the date range in `YYYY-MM-DDThh:mm:ss` format, inclusive. Evaluated in the business time zone.
     * @format LOCAL_DATE_TIME
     */
    localStartDate?: string | null;
    /**
     * End of the date range in `YYYY-MM-DDThh:mm:ss` format, inclusive. Evaluated in the business time zone.
     * @format LOCAL_DATE_TIME
     */
    localEndDate?: string | null;
    /**
     * Whether the date range repeats every year on the same month and day.
     * The range dates define both the window (month and day) and the first occurrence.
     *
     * Changing this field from `true` to `false` pins the range to the current year:
     * `local_start_date` and `local_end_date` then apply to a single concrete year
     * instead of repeating annually.
     */
    repeatsAnnually?: boolean | null;
}
interface ParticipantsRange {
    /**
     * Lower bound of the participants range, inclusive.
     *
     * Min: `1`
     * Max: `999`
     * @min 1
     * @max 999
     */
    minParticipants?: number | null;
    /**
     * Upper bound of the participants range, inclusive.
     *
     * Min: `1`
     * Max: `999`
     * @min 1
     * @max 999
     */
    maxParticipants?: number | null;
    /**
     * Optional name of the range. For example, `Small group`, or `Large group`.
     * @maxLength 255
     */
    name?: string | null;
}
interface DurationRange extends DurationRangeConfigOneOf {
    /** Tier bounds in minutes. Set when `unit_type` is `HOUR`. */
    hourOptions?: HourlyConfig;
    /** Tier bounds in days. Set when `unit_type` is `DAY`. */
    dayOptions?: DailyConfig;
    /**
     * Display name for this tier. For example, `1–3 hours` or `4–7 days`.
     * @maxLength 255
     */
    name?: string | null;
    /** Unit type for this tier. */
    unitType?: DurationUnitTypeWithLiterals;
}
/** @oneof */
interface DurationRangeConfigOneOf {
    /** Tier bounds in minutes. Set when `unit_type` is `HOUR`. */
    hourOptions?: HourlyConfig;
    /** Tier bounds in days. Set when `unit_type` is `DAY`. */
    dayOptions?: DailyConfig;
}
declare enum DurationUnitType {
    /** Duration is expressed in minutes (hourly services). */
    HOUR = "HOUR",
    /** Duration is expressed in days (daily services). */
    DAY = "DAY"
}
/** @enumType */
type DurationUnitTypeWithLiterals = DurationUnitType | 'HOUR' | 'DAY';
/** Hourly bounds for a duration range tier. Durations are in minutes. */
interface HourlyConfig {
    /**
     * @min 30
     * @max 1440
     */
    minDurationInMinutes?: number;
    /**
     * @min 30
     * @max 1440
     */
    maxDurationInMinutes?: number;
}
/** Daily bounds for a duration range tier. Durations are in days. */
interface DailyConfig {
    /**
     * @min 1
     * @max 40
     */
    minDurationInDays?: number;
    /**
     * @min 1
     * @max 40
     */
    maxDurationInDays?: number;
}
/**
 * Money.
 * Default format to use. Sufficiently compliant with majority of standards: w3c, ISO 4217, ISO 20022, ISO 8583:2003.
 */
interface Money {
    /**
     * Monetary amount. Decimal string with a period as a decimal separator (e.g., 3.99). Optionally, a single (-), to indicate that the amount is negative.
     * @format DECIMAL_VALUE
     * @decimalValue options { gte:0, maxScale:2 }
     */
    value?: string;
    /**
     * Currency code. Must be valid ISO 4217 currency code (e.g., USD).
     * @format CURRENCY
     */
    currency?: string;
    /**
     * Monetary amount. Decimal string in local format (e.g., 1 000,30). Optionally, a single (-), to indicate that the amount is negative.
     * @maxLength 50
     */
    formattedValue?: string | null;
}
interface ServiceOptions {
    /**
     * Values of the service options.
     *
     * Max: 1 service option
     * @minSize 1
     * @maxSize 1
     */
    values?: ServiceOption[];
}
interface ServiceVariants {
    /**
     * Values of the service variants.
     * @minSize 1
     * @maxSize 100
     */
    values?: ServiceVariant[];
}
interface ExtendedFields {
    /**
     * Extended field data. Each key corresponds to the namespace of the app that created the extended fields.
     * The value of each key is structured according to the schema defined when the extended fields were configured.
     *
     * You can only access fields for which you have the appropriate permissions.
     *
     * Learn more about [extended fields](https://dev.wix.com/docs/rest/articles/getting-started/extended-fields).
     */
    namespaces?: Record<string, Record<string, any>>;
}
interface CreateServiceOptionsAndVariantsRequest {
    /** Service options and variants to create. */
    serviceOptionsAndVariants: ServiceOptionsAndVariants;
}
interface CreateServiceOptionsAndVariantsResponse {
    /** Information about the created service options and variants. */
    serviceOptionsAndVariants?: ServiceOptionsAndVariants;
}
interface CloneServiceOptionsAndVariantsRequest {
    /**
     * ID of the `serviceOptionsAndVariants` object to clone.
     * @format GUID
     */
    cloneFromId: string;
    /**
     * ID of the service to which the cloned `serviceOptionsAndVariants` are
     * connected.
     * @format GUID
     */
    targetServiceId: string;
}
interface CloneServiceOptionsAndVariantsResponse {
    /** Cloned `serviceOptionsAndVariants` object. */
    serviceOptionsAndVariants?: ServiceOptionsAndVariants;
}
interface GetServiceOptionsAndVariantsRequest {
    /**
     * ID of the `serviceOptionsAndVariants` object to retrieve.
     * @format GUID
     */
    serviceOptionsAndVariantsId: string;
}
interface GetServiceOptionsAndVariantsResponse {
    /** Retrieved `serviceOptionsAndVariants` object. */
    serviceOptionsAndVariants?: ServiceOptionsAndVariants;
}
interface GetServiceOptionsAndVariantsByServiceIdRequest {
    /**
     * ID of the service to retrieve options and variants for.
     * @format GUID
     */
    serviceId: string;
}
interface GetServiceOptionsAndVariantsByServiceIdResponse {
    /** Retrieved `serviceOptionsAndVariants` object. */
    serviceVariants?: ServiceOptionsAndVariants;
}
interface UpdateServiceOptionsAndVariantsRequest {
    /** `ServiceOptionsAndVariants` object to update. */
    serviceOptionsAndVariants: ServiceOptionsAndVariants;
}
interface UpdateServiceOptionsAndVariantsResponse {
    /** Updated `serviceOptionsAndVariants` object. */
    serviceOptionsAndVariants?: ServiceOptionsAndVariants;
}
interface DeleteServiceOptionsAndVariantsRequest {
    /**
     * ID of the `serviceOptionsAndVariants` object to delete.
     * @format GUID
     */
    serviceOptionsAndVariantsId: string;
    /** Revision of the `serviceOptionsAndVariants` object to delete. */
    revision?: string;
}
interface DeleteServiceOptionsAndVariantsResponse {
}
interface QueryServiceOptionsAndVariantsRequest {
    /** Information about filters, paging, and returned fields. */
    query: QueryV2;
}
interface QueryV2 extends QueryV2PagingMethodOneOf {
    /** Paging options to limit and skip the number of items. */
    paging?: Paging;
    /** Cursor token pointing to a page of results. Not used in the first request. Following requests use the cursor token and not `filter` or `sort`. */
    cursorPaging?: CursorPaging;
    /**
     * Filter object.
     *
     * Learn more about the [filter section](https://dev.wix.com/docs/rest/articles/getting-started/api-query-language#the-filter-section).
     */
    filter?: Record<string, any> | null;
    /**
     * Sort object.
     *
     * Learn more about the [sort section](https://dev.wix.com/docs/rest/articles/getting-started/api-query-language#the-sort-section).
     * @maxSize 10
     */
    sort?: Sorting[];
}
/** @oneof */
interface QueryV2PagingMethodOneOf {
    /** Paging options to limit and skip the number of items. */
    paging?: Paging;
    /** Cursor token pointing to a page of results. Not used in the first request. Following requests use the cursor token and not `filter` or `sort`. */
    cursorPaging?: CursorPaging;
}
interface Sorting {
    /**
     * Name of the field to sort by.
     * @maxLength 512
     */
    fieldName?: string;
    /** Sort order. */
    order?: SortOrderWithLiterals;
}
declare enum SortOrder {
    ASC = "ASC",
    DESC = "DESC"
}
/** @enumType */
type SortOrderWithLiterals = SortOrder | 'ASC' | 'DESC';
interface Paging {
    /** Number of items to load. */
    limit?: number | null;
    /** Number of items to skip in the current sort order. */
    offset?: number | null;
}
interface CursorPaging {
    /**
     * Maximum number of items to return in the results.
     * @max 100
     */
    limit?: number | null;
    /**
     * Pointer to the next or previous page in the list of results.
     *
     * Pass the relevant cursor token from the `pagingMetadata` object in the previous call's response.
     * Not relevant for the first request.
     * @maxLength 16000
     */
    cursor?: string | null;
}
interface QueryServiceOptionsAndVariantsResponse {
    /** Retrieved `serviceOptionsAndVariants` objects. */
    serviceOptionsAndVariantsList?: ServiceOptionsAndVariants[];
    /** Paging metadata. */
    pagingMetadata?: PagingMetadataV2;
}
interface PagingMetadataV2 {
    /** Number of items returned in the response. */
    count?: number | null;
    /** Offset that was requested. */
    offset?: number | null;
    /** Total number of items that match the query. Returned if offset paging is used and the `tooManyToCount` flag is not set. */
    total?: number | null;
    /** Flag that indicates the server failed to calculate the `total` field. */
    tooManyToCount?: boolean | null;
    /** Cursors to navigate through the result pages using `next` and `prev`. Returned if cursor paging is used. */
    cursors?: Cursors;
}
interface Cursors {
    /**
     * Cursor string pointing to the next page in the list of results.
     * @maxLength 16000
     */
    next?: string | null;
    /**
     * Cursor pointing to the previous page in the list of results.
     * @maxLength 16000
     */
    prev?: string | null;
}
interface DomainEvent extends DomainEventBodyOneOf {
    createdEvent?: EntityCreatedEvent;
    updatedEvent?: EntityUpdatedEvent;
    deletedEvent?: EntityDeletedEvent;
    actionEvent?: ActionEvent;
    /** Event ID. With this ID you can easily spot duplicated events and ignore them. */
    id?: string;
    /**
     * Fully Qualified Domain Name of an entity. This is a unique identifier assigned to the API main business entities.
     * For example, `wix.stores.catalog.product`, `wix.bookings.session`, `wix.payments.transaction`.
     */
    entityFqdn?: string;
    /**
     * Event action name, placed at the top level to make it easier for users to dispatch messages.
     * For example: `created`/`updated`/`deleted`/`started`/`completed`/`email_opened`.
     */
    slug?: string;
    /** ID of the entity associated with the event. */
    entityId?: string;
    /** Event timestamp in [ISO-8601](https://en.wikipedia.org/wiki/ISO_8601) format and UTC time. For example, `2020-04-26T13:57:50.699Z`. */
    eventTime?: Date | null;
    /**
     * Whether the event was triggered as a result of a privacy regulation application
     * (for example, GDPR).
     */
    triggeredByAnonymizeRequest?: boolean | null;
    /** If present, indicates the action that triggered the event. */
    originatedFrom?: string | null;
    /**
     * A sequence number that indicates the order of updates to an entity. For example, if an entity was updated at `16:00` and then again at `16:01`, the second update will always have a higher sequence number.
     * You can use this number to make sure you're handling updates in the right order. Just save the latest sequence number on your end and compare it to the one in each new message. If the new message has an older (lower) number, you can safely ignore it.
     */
    entityEventSequence?: string | null;
}
/** @oneof */
interface DomainEventBodyOneOf {
    createdEvent?: EntityCreatedEvent;
    updatedEvent?: EntityUpdatedEvent;
    deletedEvent?: EntityDeletedEvent;
    actionEvent?: ActionEvent;
}
interface EntityCreatedEvent {
    entityAsJson?: string;
    /** Indicates the event was triggered by a restore-from-trashbin operation for a previously deleted entity */
    restoreInfo?: RestoreInfo;
}
interface RestoreInfo {
    deletedDate?: Date | null;
}
interface EntityUpdatedEvent {
    /**
     * Since platformized APIs only expose PATCH and not PUT we can't assume that the fields sent from the client are the actual diff.
     * This means that to generate a list of changed fields (as opposed to sent fields) one needs to traverse both objects.
     * We don't want to impose this on all developers and so we leave this traversal to the notification recipients which need it.
     */
    currentEntityAsJson?: string;
}
interface EntityDeletedEvent {
    /** Entity that was deleted. */
    deletedEntityAsJson?: string | null;
}
interface ActionEvent {
    bodyAsJson?: string;
}
interface Empty {
}
/** Encapsulates all details written to the Greyhound topic when a site's properties are updated. */
interface SitePropertiesNotification {
    /** The site ID for which this update notification applies. */
    metasiteId?: string;
    /** The actual update event. */
    event?: SitePropertiesEvent;
    /**
     * A convenience set of mappings from the MetaSite ID to its constituent services.
     * @maxSize 500
     */
    translations?: Translation[];
    /** Context of the notification */
    changeContext?: ChangeContext;
}
/** The actual update event for a particular notification. */
interface SitePropertiesEvent {
    /** Version of the site's properties represented by this update. */
    version?: number;
    /** Set of properties that were updated - corresponds to the fields in "properties". */
    fields?: string[];
    /** Updated properties. */
    properties?: Properties;
}
interface Properties {
    /** Site categories. */
    categories?: Categories;
    /** Site locale. */
    locale?: Locale;
    /**
     * Site language.
     *
     * Two-letter language code in [ISO 639-1 alpha-2](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
     */
    language?: string | null;
    /**
     * Site currency used to bill customers.
     *
     * Three-letter currency code in [ISO-4217 alphabetic](https://en.wikipedia.org/wiki/ISO_4217#Active_codes) format.
     */
    paymentCurrency?: string | null;
    /** Site time zone in IANA time zone database format. For example, `America/New_York`. */
    timeZone?: string | null;
    /** Email address. */
    email?: string | null;
    /** Phone number. */
    phone?: string | null;
    /** Fax number. */
    fax?: string | null;
    /** Address. */
    address?: Address;
    /** Site display name. */
    siteDisplayName?: string | null;
    /** Business name. */
    businessName?: string | null;
    /** Path to the site's logo in Wix Media (without Wix Media base URL). */
    logo?: string | null;
    /** Site description. */
    description?: string | null;
    /**
     * Business schedule. Regular and exceptional time periods when the business is open or the service is available.
     *
     * __Note:__ Not supported by Wix Bookings.
     */
    businessSchedule?: BusinessSchedule;
    /** Supported languages of a site and the primary language. */
    multilingual?: Multilingual;
    /** Cookie policy the Wix user defined for their site (before the site visitor interacts with/limits it). */
    consentPolicy?: ConsentPolicy;
    /**
     * Supported values: `FITNESS SERVICE`, `RESTAURANT`, `BLOG`, `STORE`, `EVENT`, `UNKNOWN`.
     *
     * Site business type.
     */
    businessConfig?: string | null;
    /** External site URL that uses Wix as its headless business solution. */
    externalSiteUrl?: string | null;
    /** Track clicks analytics. */
    trackClicksAnalytics?: boolean;
    /**
     * Company ID issued to the business by local authorities. Appears on invoices and price quotes.
     * @maxLength 50
     */
    companyId?: string | null;
}
interface Categories {
    /** Primary site category. */
    primary?: string;
    /**
     * Secondary site category.
     * @maxSize 50
     */
    secondary?: string[];
    /** Business Term Id */
    businessTermId?: string | null;
}
interface Locale {
    /** Two-letter language code in [ISO 639-1 alpha-2](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. */
    languageCode?: string;
    /** Two-letter country code in [ISO-3166 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2#Officially_assigned_code_elements) format. */
    country?: string;
}
interface Address {
    /** Street name. */
    street?: string;
    /** City name. */
    city?: string;
    /** Two-letter country code in an [ISO-3166 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) format. */
    country?: string;
    /** State. */
    state?: string;
    /**
     * Zip or postal code.
     * @maxLength 20
     */
    zip?: string;
    /** Extra information to be displayed in the address. */
    hint?: AddressHint;
    /** Whether this address represents a physical location. */
    isPhysical?: boolean;
    /** Google-formatted version of this address. */
    googleFormattedAddress?: string;
    /** Street number. */
    streetNumber?: string;
    /** Apartment number. */
    apartmentNumber?: string;
    /** Geographic coordinates of location. */
    coordinates?: GeoCoordinates;
}
/**
 * Extra information on displayed addresses.
 * This is used for display purposes. Used to add additional data about the address, such as "In the passage".
 * Free text. In addition, the user can state where to display the additional description - before, after, or instead of the address string.
 */
interface AddressHint {
    /** Extra text displayed next to, or instead of, the actual address. */
    text?: string;
    /** Where the extra text should be displayed. */
    placement?: PlacementTypeWithLiterals;
}
/** Where the extra text should be displayed: before, after or instead of the actual address. */
declare enum PlacementType {
    BEFORE = "BEFORE",
    AFTER = "AFTER",
    REPLACE = "REPLACE"
}
/** @enumType */
type PlacementTypeWithLiterals = PlacementType | 'BEFORE' | 'AFTER' | 'REPLACE';
/** Geocoordinates for a particular address. */
interface GeoCoordinates {
    /** Latitude of the location. Must be between -90 and 90. */
    latitude?: number;
    /** Longitude of the location. Must be between -180 and 180. */
    longitude?: number;
}
/** Business schedule. Regular and exceptional time periods when the business is open or the service is available. */
interface BusinessSchedule {
    /**
     * Weekly recurring time periods when the business is regularly open or the service is available. Limited to 100 time periods.
     * @maxSize 100
     */
    periods?: TimePeriod[];
    /**
     * Exceptions to the business's regular hours. The business can be open or closed during the exception.
     * @maxSize 100
     */
    specialHourPeriod?: SpecialHourPeriod[];
}
/** Weekly recurring time periods when the business is regularly open or the service is available. */
interface TimePeriod {
    /** Day of the week the period starts on. */
    openDay?: DayOfWeekWithLiterals;
    /**
     * Time the period starts in 24-hour [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) extended format. Valid values are `00:00` to `24:00`, where `24:00` represents
     * midnight at the end of the specified day.
     */
    openTime?: string;
    /** Day of the week the period ends on. */
    closeDay?: DayOfWeekWithLiterals;
    /**
     * Time the period ends in 24-hour [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) extended format. Valid values are `00:00` to `24:00`, where `24:00` represents
     * midnight at the end of the specified day.
     *
     * __Note:__ If `openDay` and `closeDay` specify the same day of the week `closeTime` must be later than `openTime`.
     */
    closeTime?: string;
}
/** Enumerates the days of the week. */
declare enum DayOfWeek {
    MONDAY = "MONDAY",
    TUESDAY = "TUESDAY",
    WEDNESDAY = "WEDNESDAY",
    THURSDAY = "THURSDAY",
    FRIDAY = "FRIDAY",
    SATURDAY = "SATURDAY",
    SUNDAY = "SUNDAY"
}
/** @enumType */
type DayOfWeekWithLiterals = DayOfWeek | 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
/** Exception to the business's regular hours. The business can be open or closed during the exception. */
interface SpecialHourPeriod {
    /** Start date and time of the exception in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format and [Coordinated Universal Time (UTC)](https://en.wikipedia.org/wiki/Coordinated_Universal_Time). */
    startDate?: string;
    /** End date and time of the exception in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format and [Coordinated Universal Time (UTC)](https://en.wikipedia.org/wiki/Coordinated_Universal_Time). */
    endDate?: string;
    /**
     * Whether the business is closed (or the service is not available) during the exception.
     *
     * Default: `true`.
     */
    isClosed?: boolean;
    /** Additional info about the exception. For example, "We close earlier on New Year's Eve." */
    comment?: string;
}
interface Multilingual {
    /**
     * Supported languages list.
     * @maxSize 200
     */
    supportedLanguages?: SupportedLanguage[];
    /** Whether to redirect to user language. */
    autoRedirect?: boolean;
}
interface SupportedLanguage {
    /** Two-letter language code in [ISO 639-1 alpha-2](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. */
    languageCode?: string;
    /** Locale. */
    locale?: Locale;
    /** Whether the supported language is the primary language for the site. */
    isPrimary?: boolean;
    /** Language icon. */
    countryCode?: string;
    /** How the language will be resolved. For internal use. */
    resolutionMethod?: ResolutionMethodWithLiterals;
    /** Whether the supported language is the primary language for site visitors. */
    isVisitorPrimary?: boolean | null;
}
declare enum ResolutionMethod {
    QUERY_PARAM = "QUERY_PARAM",
    SUBDOMAIN = "SUBDOMAIN",
    SUBDIRECTORY = "SUBDIRECTORY"
}
/** @enumType */
type ResolutionMethodWithLiterals = ResolutionMethod | 'QUERY_PARAM' | 'SUBDOMAIN' | 'SUBDIRECTORY';
interface ConsentPolicy {
    /** Whether the site uses cookies that are essential to site operation. Always `true`. */
    essential?: boolean | null;
    /** Whether the site uses cookies that affect site performance and other functional measurements. */
    functional?: boolean | null;
    /** Whether the site uses cookies that collect analytics about how the site is used (in order to improve it). */
    analytics?: boolean | null;
    /** Whether the site uses cookies that collect information allowing better customization of the experience for a current visitor. */
    advertising?: boolean | null;
    /** CCPA compliance flag. */
    dataToThirdParty?: boolean | null;
}
/** A single mapping from the MetaSite ID to a particular service. */
interface Translation {
    /** The service type. */
    serviceType?: string;
    /** The application definition ID; this only applies to services of type ThirdPartyApps. */
    appDefId?: string;
    /** The instance ID of the service. */
    instanceId?: string;
}
interface ChangeContext extends ChangeContextPayloadOneOf {
    /** Properties were updated. */
    propertiesChange?: PropertiesChange;
    /** Default properties were created on site creation. */
    siteCreated?: SiteCreated;
    /** Properties were cloned on site cloning. */
    siteCloned?: SiteCloned;
}
/** @oneof */
interface ChangeContextPayloadOneOf {
    /** Properties were updated. */
    propertiesChange?: PropertiesChange;
    /** Default properties were created on site creation. */
    siteCreated?: SiteCreated;
    /** Properties were cloned on site cloning. */
    siteCloned?: SiteCloned;
}
interface PropertiesChange {
}
interface SiteCreated {
    /** Origin template site id. */
    originTemplateId?: string | null;
}
interface SiteCloned {
    /** Origin site id. */
    originMetaSiteId?: string;
}
interface MessageEnvelope {
    /**
     * App instance ID.
     * @format GUID
     */
    instanceId?: string | null;
    /**
     * Event type.
     * @maxLength 150
     */
    eventType?: string;
    /** The identification type and identity data. */
    identity?: IdentificationData;
    /** Stringify payload. */
    data?: string;
    /** Details related to the account */
    accountInfo?: AccountInfo;
}
interface IdentificationData extends IdentificationDataIdOneOf {
    /**
     * ID of a site visitor that has not logged in to the site.
     * @format GUID
     */
    anonymousVisitorId?: string;
    /**
     * ID of a site visitor that has logged in to the site.
     * @format GUID
     */
    memberId?: string;
    /**
     * ID of a Wix user (site owner, contributor, etc.).
     * @format GUID
     */
    wixUserId?: string;
    /**
     * ID of an app.
     * @format GUID
     */
    appId?: string;
    /** @readonly */
    identityType?: WebhookIdentityTypeWithLiterals;
}
/** @oneof */
interface IdentificationDataIdOneOf {
    /**
     * ID of a site visitor that has not logged in to the site.
     * @format GUID
     */
    anonymousVisitorId?: string;
    /**
     * ID of a site visitor that has logged in to the site.
     * @format GUID
     */
    memberId?: string;
    /**
     * ID of a Wix user (site owner, contributor, etc.).
     * @format GUID
     */
    wixUserId?: string;
    /**
     * ID of an app.
     * @format GUID
     */
    appId?: string;
}
declare enum WebhookIdentityType {
    UNKNOWN = "UNKNOWN",
    ANONYMOUS_VISITOR = "ANONYMOUS_VISITOR",
    MEMBER = "MEMBER",
    WIX_USER = "WIX_USER",
    APP = "APP"
}
/** @enumType */
type WebhookIdentityTypeWithLiterals = WebhookIdentityType | 'UNKNOWN' | 'ANONYMOUS_VISITOR' | 'MEMBER' | 'WIX_USER' | 'APP';
interface AccountInfo {
    /**
     * ID of the Wix account associated with the event.
     * @format GUID
     */
    accountId?: string | null;
    /**
     * ID of the parent Wix account. Only included when accountId belongs to a child account.
     * @format GUID
     */
    parentAccountId?: string | null;
    /**
     * ID of the Wix site associated with the event. Only included when the event is tied to a specific site.
     * @format GUID
     */
    siteId?: string | null;
}
/** @docsIgnore */
type CreateServiceOptionsAndVariantsApplicationErrors = {
    code?: 'UNKNOWN_OPTION_IDS';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MULTIPLE_CURRENCIES';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'UNSUPPORTED_OPTION_TYPE';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'UNKNOWN_STAFF_IDS';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MISSING_STAFF_VARIANTS';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'IDENTICAL_CHOICES';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MISSING_CUSTOM_CHOICES';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'UNSUPPORTED_OPTION_DATA';
    description?: string;
    data?: Record<string, any>;
};
/** @docsIgnore */
type UpdateServiceOptionsAndVariantsApplicationErrors = {
    code?: 'UNKNOWN_OPTION_IDS';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MULTIPLE_CURRENCIES';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'UNSUPPORTED_OPTION_TYPE';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'UNKNOWN_STAFF_IDS';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MISSING_STAFF_VARIANTS';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'IDENTICAL_CHOICES';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MISSING_CUSTOM_CHOICES';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'UNSUPPORTED_OPTION_DATA';
    description?: string;
    data?: Record<string, any>;
};

type __PublicMethodMetaInfo<K = string, M = unknown, T = unknown, S = unknown, Q = unknown, R = unknown> = {
    getUrl: (context: any) => string;
    httpMethod: K;
    path: string;
    pathParams: M;
    __requestType: T;
    __originalRequestType: S;
    __responseType: Q;
    __originalResponseType: R;
};
declare function createServiceOptionsAndVariants(): __PublicMethodMetaInfo<'POST', {}, CreateServiceOptionsAndVariantsRequest$1, CreateServiceOptionsAndVariantsRequest, CreateServiceOptionsAndVariantsResponse$1, CreateServiceOptionsAndVariantsResponse>;
declare function cloneServiceOptionsAndVariants(): __PublicMethodMetaInfo<'POST', {
    cloneFromId: string;
}, CloneServiceOptionsAndVariantsRequest$1, CloneServiceOptionsAndVariantsRequest, CloneServiceOptionsAndVariantsResponse$1, CloneServiceOptionsAndVariantsResponse>;
declare function getServiceOptionsAndVariants(): __PublicMethodMetaInfo<'GET', {
    serviceOptionsAndVariantsId: string;
}, GetServiceOptionsAndVariantsRequest$1, GetServiceOptionsAndVariantsRequest, GetServiceOptionsAndVariantsResponse$1, GetServiceOptionsAndVariantsResponse>;
declare function getServiceOptionsAndVariantsByServiceId(): __PublicMethodMetaInfo<'GET', {
    serviceId: string;
}, GetServiceOptionsAndVariantsByServiceIdRequest$1, GetServiceOptionsAndVariantsByServiceIdRequest, GetServiceOptionsAndVariantsByServiceIdResponse$1, GetServiceOptionsAndVariantsByServiceIdResponse>;
declare function updateServiceOptionsAndVariants(): __PublicMethodMetaInfo<'PATCH', {
    serviceOptionsAndVariantsId: string;
}, UpdateServiceOptionsAndVariantsRequest$1, UpdateServiceOptionsAndVariantsRequest, UpdateServiceOptionsAndVariantsResponse$1, UpdateServiceOptionsAndVariantsResponse>;
declare function deleteServiceOptionsAndVariants(): __PublicMethodMetaInfo<'DELETE', {
    serviceOptionsAndVariantsId: string;
}, DeleteServiceOptionsAndVariantsRequest$1, DeleteServiceOptionsAndVariantsRequest, DeleteServiceOptionsAndVariantsResponse$1, DeleteServiceOptionsAndVariantsResponse>;
declare function queryServiceOptionsAndVariants(): __PublicMethodMetaInfo<'POST', {}, QueryServiceOptionsAndVariantsRequest$1, QueryServiceOptionsAndVariantsRequest, QueryServiceOptionsAndVariantsResponse$1, QueryServiceOptionsAndVariantsResponse>;

export { type AccountInfo as AccountInfoOriginal, type ActionEvent as ActionEventOriginal, type AddressHint as AddressHintOriginal, type Address as AddressOriginal, type BusinessSchedule as BusinessScheduleOriginal, type Categories as CategoriesOriginal, type ChangeContext as ChangeContextOriginal, type ChangeContextPayloadOneOf as ChangeContextPayloadOneOfOriginal, type CloneServiceOptionsAndVariantsRequest as CloneServiceOptionsAndVariantsRequestOriginal, type CloneServiceOptionsAndVariantsResponse as CloneServiceOptionsAndVariantsResponseOriginal, type ConsentPolicy as ConsentPolicyOriginal, type CreateServiceOptionsAndVariantsApplicationErrors as CreateServiceOptionsAndVariantsApplicationErrorsOriginal, type CreateServiceOptionsAndVariantsRequest as CreateServiceOptionsAndVariantsRequestOriginal, type CreateServiceOptionsAndVariantsResponse as CreateServiceOptionsAndVariantsResponseOriginal, type CursorPaging as CursorPagingOriginal, type Cursors as CursorsOriginal, type CustomServiceOption as CustomServiceOptionOriginal, type DailyConfig as DailyConfigOriginal, type DateRangeRule as DateRangeRuleOriginal, type DateTimeRule as DateTimeRuleOriginal, type DateTimeRuleRuleOneOf as DateTimeRuleRuleOneOfOriginal, DateTimeRuleType as DateTimeRuleTypeOriginal, type DateTimeRuleTypeWithLiterals as DateTimeRuleTypeWithLiteralsOriginal, DayOfWeek as DayOfWeekOriginal, type DayOfWeekWithLiterals as DayOfWeekWithLiteralsOriginal, Day as DayOriginal, type DayWithLiterals as DayWithLiteralsOriginal, type DeleteServiceOptionsAndVariantsRequest as DeleteServiceOptionsAndVariantsRequestOriginal, type DeleteServiceOptionsAndVariantsResponse as DeleteServiceOptionsAndVariantsResponseOriginal, type DomainEventBodyOneOf as DomainEventBodyOneOfOriginal, type DomainEvent as DomainEventOriginal, type Duration as DurationOriginal, type DurationRangeConfigOneOf as DurationRangeConfigOneOfOriginal, type DurationRange as DurationRangeOriginal, type DurationServiceOption as DurationServiceOptionOriginal, DurationUnitType as DurationUnitTypeOriginal, type DurationUnitTypeWithLiterals as DurationUnitTypeWithLiteralsOriginal, type Empty as EmptyOriginal, type EntityCreatedEvent as EntityCreatedEventOriginal, type EntityDeletedEvent as EntityDeletedEventOriginal, type EntityUpdatedEvent as EntityUpdatedEventOriginal, type ExtendedFields as ExtendedFieldsOriginal, type GeoCoordinates as GeoCoordinatesOriginal, type GetServiceOptionsAndVariantsByServiceIdRequest as GetServiceOptionsAndVariantsByServiceIdRequestOriginal, type GetServiceOptionsAndVariantsByServiceIdResponse as GetServiceOptionsAndVariantsByServiceIdResponseOriginal, type GetServiceOptionsAndVariantsRequest as GetServiceOptionsAndVariantsRequestOriginal, type GetServiceOptionsAndVariantsResponse as GetServiceOptionsAndVariantsResponseOriginal, type HourlyConfig as HourlyConfigOriginal, type HoursAndDaysRule as HoursAndDaysRuleOriginal, type IdentificationDataIdOneOf as IdentificationDataIdOneOfOriginal, type IdentificationData as IdentificationDataOriginal, type Locale as LocaleOriginal, type MessageEnvelope as MessageEnvelopeOriginal, type Money as MoneyOriginal, type MonthsRule as MonthsRuleOriginal, type Multilingual as MultilingualOriginal, type PagingMetadataV2 as PagingMetadataV2Original, type Paging as PagingOriginal, type ParticipantsRange as ParticipantsRangeOriginal, PlacementType as PlacementTypeOriginal, type PlacementTypeWithLiterals as PlacementTypeWithLiteralsOriginal, type PropertiesChange as PropertiesChangeOriginal, type Properties as PropertiesOriginal, type QueryServiceOptionsAndVariantsRequest as QueryServiceOptionsAndVariantsRequestOriginal, type QueryServiceOptionsAndVariantsResponse as QueryServiceOptionsAndVariantsResponseOriginal, type QueryV2 as QueryV2Original, type QueryV2PagingMethodOneOf as QueryV2PagingMethodOneOfOriginal, ResolutionMethod as ResolutionMethodOriginal, type ResolutionMethodWithLiterals as ResolutionMethodWithLiteralsOriginal, type RestoreInfo as RestoreInfoOriginal, type ServiceChoiceChoiceOneOf as ServiceChoiceChoiceOneOfOriginal, type ServiceChoice as ServiceChoiceOriginal, type ServiceOptionOptionSpecificDataOneOf as ServiceOptionOptionSpecificDataOneOfOriginal, type ServiceOption as ServiceOptionOriginal, ServiceOptionType as ServiceOptionTypeOriginal, type ServiceOptionTypeWithLiterals as ServiceOptionTypeWithLiteralsOriginal, type ServiceOptionsAndVariants as ServiceOptionsAndVariantsOriginal, type ServiceOptions as ServiceOptionsOriginal, type ServiceVariant as ServiceVariantOriginal, type ServiceVariants as ServiceVariantsOriginal, type SiteCloned as SiteClonedOriginal, type SiteCreated as SiteCreatedOriginal, type SitePropertiesEvent as SitePropertiesEventOriginal, type SitePropertiesNotification as SitePropertiesNotificationOriginal, SortOrder as SortOrderOriginal, type SortOrderWithLiterals as SortOrderWithLiteralsOriginal, type Sorting as SortingOriginal, type SpecialHourPeriod as SpecialHourPeriodOriginal, type SupportedLanguage as SupportedLanguageOriginal, type TimePeriod as TimePeriodOriginal, type Translation as TranslationOriginal, type UpdateServiceOptionsAndVariantsApplicationErrors as UpdateServiceOptionsAndVariantsApplicationErrorsOriginal, type UpdateServiceOptionsAndVariantsRequest as UpdateServiceOptionsAndVariantsRequestOriginal, type UpdateServiceOptionsAndVariantsResponse as UpdateServiceOptionsAndVariantsResponseOriginal, WebhookIdentityType as WebhookIdentityTypeOriginal, type WebhookIdentityTypeWithLiterals as WebhookIdentityTypeWithLiteralsOriginal, type __PublicMethodMetaInfo, cloneServiceOptionsAndVariants, createServiceOptionsAndVariants, deleteServiceOptionsAndVariants, getServiceOptionsAndVariants, getServiceOptionsAndVariantsByServiceId, queryServiceOptionsAndVariants, updateServiceOptionsAndVariants };
