"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// meta.ts
var meta_exports = {};
__export(meta_exports, {
  ActorOriginal: () => Actor,
  AggregationTypeOriginal: () => AggregationType,
  AttendanceStatusOriginal: () => AttendanceStatus,
  BookingFeeStatusOriginal: () => BookingFeeStatus,
  BookingStatusOriginal: () => BookingStatus,
  CommonAggregationTypeOriginal: () => CommonAggregationType,
  CommonScalarTypeOriginal: () => CommonScalarType,
  DeferredChargeDeclineReasonOriginal: () => DeferredChargeDeclineReason,
  DeferredChargeStatusOriginal: () => DeferredChargeStatus,
  DurationUnitTypeOriginal: () => DurationUnitType,
  FrequencyOriginal: () => Frequency,
  IdentityTypeOriginal: () => IdentityType,
  IntervalOriginal: () => Interval,
  LocationTypeOriginal: () => LocationType,
  MissingValuesOriginal: () => MissingValues,
  ModeOriginal: () => Mode,
  MultiServiceBookingTypeOriginal: () => MultiServiceBookingType,
  NestedAggregationTypeOriginal: () => NestedAggregationType,
  OrderStatusOriginal: () => OrderStatus,
  PaymentStatusEnumPaymentStatusOriginal: () => PaymentStatusEnumPaymentStatus,
  PaymentStatusOriginal: () => PaymentStatus,
  PlatformOriginal: () => Platform,
  RequestedGenderOriginal: () => RequestedGender,
  ResourceTransparencyOriginal: () => ResourceTransparency,
  ScalarTypeOriginal: () => ScalarType,
  SelectedPaymentOptionOriginal: () => SelectedPaymentOption,
  SelectionMethodOriginal: () => SelectionMethod,
  SortDirectionOriginal: () => SortDirection,
  SortOrderOriginal: () => SortOrder,
  SortTypeOriginal: () => SortType,
  StatusOriginal: () => Status,
  SubscriptionStatusOriginal: () => SubscriptionStatus,
  ValueTypeOriginal: () => ValueType,
  countExtendedBookings: () => countExtendedBookings2,
  query: () => query2,
  queryExtendedBookings: () => queryExtendedBookings2
});
module.exports = __toCommonJS(meta_exports);

// src/bookings-reader-v2-extended-booking-extended-bookings.http.ts
var import_float = require("@wix/sdk-runtime/transformations/float");
var import_float2 = require("@wix/sdk-runtime/transformations/float");
var import_timestamp = require("@wix/sdk-runtime/transformations/timestamp");
var import_transform_paths = require("@wix/sdk-runtime/transformations/transform-paths");
var import_rest_modules = require("@wix/sdk-runtime/rest-modules");
function resolveComWixpressBookingsReaderV2BookingsReaderUrl(opts) {
  const domainToMappings = {
    _: [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      }
    ],
    "editor._base_domain": [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      }
    ],
    "manage._base_domain_": [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      }
    ],
    "www.wixapis.com": [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      },
      {
        srcPath: "/bookings/bookings-reader",
        destPath: ""
      }
    ],
    "editor._base_domain_": [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      }
    ],
    "blocks._base_domain_": [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      }
    ],
    "create.editorx": [
      {
        srcPath: "/_api/bookings-reader",
        destPath: ""
      }
    ],
    "*.dev.wix-code.com": [
      {
        srcPath: "/bookings/reader/extendedBookings/v2/extended-bookings",
        destPath: "/v2/extended-bookings"
      }
    ]
  };
  return (0, import_rest_modules.resolveUrl)(Object.assign(opts, { domainToMappings }));
}
var PACKAGE_NAME = "@wix/auto_sdk_bookings_extended-bookings";
function query(payload) {
  function __query({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_float.transformSDKFloatToRESTFloat,
        paths: [
          { path: "query.sort.origin.latitude" },
          { path: "query.sort.origin.longitude" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.bookings.reader.v2.extended_booking",
      method: "POST",
      methodFqn: "com.wixpress.bookings.reader.v2.BookingsReader.Query",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsReaderV2BookingsReaderUrl({
        protoPath: "/v2/extended-booking/query",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "extendedBookings.booking.createdDate" },
            { path: "extendedBookings.booking.startDate" },
            { path: "extendedBookings.booking.endDate" },
            { path: "extendedBookings.booking.updatedDate" },
            { path: "extendedBookings.booking.canceledDate" },
            { path: "extendedBookings.order.updatedDate" },
            {
              path: "extendedBookings.transactions.chargedMembershipPaymentDetails.expirationDate"
            },
            { path: "extendedBookings.subscriptionInfo.cancellationDate" },
            { path: "extendedBookings.subscriptionInfo.nextBillingDate" }
          ]
        },
        {
          transformFn: import_float2.transformRESTFloatToSDKFloat,
          paths: [
            {
              path: "extendedBookings.booking.contactDetails.fullAddress.geocode.latitude"
            },
            {
              path: "extendedBookings.booking.contactDetails.fullAddress.geocode.longitude"
            }
          ]
        }
      ])
    };
    return metadata;
  }
  return __query;
}
function queryExtendedBookings(payload) {
  function __queryExtendedBookings({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_float.transformSDKFloatToRESTFloat,
        paths: [
          { path: "query.sort.origin.latitude" },
          { path: "query.sort.origin.longitude" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.bookings.reader.v2.extended_booking",
      method: "POST",
      methodFqn: "com.wixpress.bookings.reader.v2.BookingsReader.QueryExtendedBookings",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsReaderV2BookingsReaderUrl({
        protoPath: "/v2/extended-bookings/query",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "extendedBookings.booking.createdDate" },
            { path: "extendedBookings.booking.startDate" },
            { path: "extendedBookings.booking.endDate" },
            { path: "extendedBookings.booking.updatedDate" },
            { path: "extendedBookings.booking.canceledDate" },
            { path: "extendedBookings.order.updatedDate" },
            {
              path: "extendedBookings.transactions.chargedMembershipPaymentDetails.expirationDate"
            },
            { path: "extendedBookings.subscriptionInfo.cancellationDate" },
            { path: "extendedBookings.subscriptionInfo.nextBillingDate" }
          ]
        },
        {
          transformFn: import_float2.transformRESTFloatToSDKFloat,
          paths: [
            {
              path: "extendedBookings.booking.contactDetails.fullAddress.geocode.latitude"
            },
            {
              path: "extendedBookings.booking.contactDetails.fullAddress.geocode.longitude"
            }
          ]
        }
      ])
    };
    return metadata;
  }
  return __queryExtendedBookings;
}
function countExtendedBookings(payload) {
  function __countExtendedBookings({ host }) {
    const metadata = {
      entityFqdn: "wix.bookings.reader.v2.extended_booking",
      method: "POST",
      methodFqn: "com.wixpress.bookings.reader.v2.BookingsReader.CountExtendedBookings",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsReaderV2BookingsReaderUrl({
        protoPath: "/v2/extended-bookings/count",
        data: payload,
        host
      }),
      data: payload
    };
    return metadata;
  }
  return __countExtendedBookings;
}

// src/bookings-reader-v2-extended-booking-extended-bookings.types.ts
var DeferredChargeStatus = /* @__PURE__ */ ((DeferredChargeStatus2) => {
  DeferredChargeStatus2["PENDING"] = "PENDING";
  DeferredChargeStatus2["INITIATED"] = "INITIATED";
  DeferredChargeStatus2["CHARGED"] = "CHARGED";
  DeferredChargeStatus2["DECLINED"] = "DECLINED";
  DeferredChargeStatus2["RETRYING"] = "RETRYING";
  DeferredChargeStatus2["SKIPPED"] = "SKIPPED";
  DeferredChargeStatus2["CANCELED"] = "CANCELED";
  DeferredChargeStatus2["ABANDONED"] = "ABANDONED";
  return DeferredChargeStatus2;
})(DeferredChargeStatus || {});
var DeferredChargeDeclineReason = /* @__PURE__ */ ((DeferredChargeDeclineReason2) => {
  DeferredChargeDeclineReason2["INSUFFICIENT_FUNDS"] = "INSUFFICIENT_FUNDS";
  DeferredChargeDeclineReason2["EXPIRED"] = "EXPIRED";
  DeferredChargeDeclineReason2["CHARGE_FAILED"] = "CHARGE_FAILED";
  DeferredChargeDeclineReason2["OTHER"] = "OTHER";
  return DeferredChargeDeclineReason2;
})(DeferredChargeDeclineReason || {});
var AttendanceStatus = /* @__PURE__ */ ((AttendanceStatus2) => {
  AttendanceStatus2["NOT_SET"] = "NOT_SET";
  AttendanceStatus2["ATTENDED"] = "ATTENDED";
  AttendanceStatus2["NOT_ATTENDED"] = "NOT_ATTENDED";
  return AttendanceStatus2;
})(AttendanceStatus || {});
var MultiServiceBookingType = /* @__PURE__ */ ((MultiServiceBookingType2) => {
  MultiServiceBookingType2["SEQUENTIAL_BOOKINGS"] = "SEQUENTIAL_BOOKINGS";
  MultiServiceBookingType2["SEPARATE_BOOKINGS"] = "SEPARATE_BOOKINGS";
  MultiServiceBookingType2["PARALLEL_BOOKINGS"] = "PARALLEL_BOOKINGS";
  return MultiServiceBookingType2;
})(MultiServiceBookingType || {});
var ResourceTransparency = /* @__PURE__ */ ((ResourceTransparency2) => {
  ResourceTransparency2["OPAQUE"] = "OPAQUE";
  ResourceTransparency2["TRANSPARENT"] = "TRANSPARENT";
  return ResourceTransparency2;
})(ResourceTransparency || {});
var LocationType = /* @__PURE__ */ ((LocationType2) => {
  LocationType2["UNDEFINED"] = "UNDEFINED";
  LocationType2["OWNER_BUSINESS"] = "OWNER_BUSINESS";
  LocationType2["OWNER_CUSTOM"] = "OWNER_CUSTOM";
  LocationType2["CUSTOM"] = "CUSTOM";
  return LocationType2;
})(LocationType || {});
var SelectionMethod = /* @__PURE__ */ ((SelectionMethod2) => {
  SelectionMethod2["SPECIFIC_RESOURCE"] = "SPECIFIC_RESOURCE";
  SelectionMethod2["ANY_RESOURCE"] = "ANY_RESOURCE";
  SelectionMethod2["NO_SELECTION"] = "NO_SELECTION";
  return SelectionMethod2;
})(SelectionMethod || {});
var RequestedGender = /* @__PURE__ */ ((RequestedGender2) => {
  RequestedGender2["ANY_MALE"] = "ANY_MALE";
  RequestedGender2["ANY_FEMALE"] = "ANY_FEMALE";
  return RequestedGender2;
})(RequestedGender || {});
var DurationUnitType = /* @__PURE__ */ ((DurationUnitType2) => {
  DurationUnitType2["HOUR"] = "HOUR";
  DurationUnitType2["DAY"] = "DAY";
  return DurationUnitType2;
})(DurationUnitType || {});
var ValueType = /* @__PURE__ */ ((ValueType2) => {
  ValueType2["SHORT_TEXT"] = "SHORT_TEXT";
  ValueType2["LONG_TEXT"] = "LONG_TEXT";
  ValueType2["CHECK_BOX"] = "CHECK_BOX";
  return ValueType2;
})(ValueType || {});
var BookingStatus = /* @__PURE__ */ ((BookingStatus2) => {
  BookingStatus2["CREATED"] = "CREATED";
  BookingStatus2["CONFIRMED"] = "CONFIRMED";
  BookingStatus2["CANCELED"] = "CANCELED";
  BookingStatus2["PENDING"] = "PENDING";
  BookingStatus2["DECLINED"] = "DECLINED";
  BookingStatus2["WAITING_LIST"] = "WAITING_LIST";
  return BookingStatus2;
})(BookingStatus || {});
var PaymentStatus = /* @__PURE__ */ ((PaymentStatus2) => {
  PaymentStatus2["UNDEFINED"] = "UNDEFINED";
  PaymentStatus2["NOT_PAID"] = "NOT_PAID";
  PaymentStatus2["PAID"] = "PAID";
  PaymentStatus2["PARTIALLY_PAID"] = "PARTIALLY_PAID";
  PaymentStatus2["REFUNDED"] = "REFUNDED";
  PaymentStatus2["EXEMPT"] = "EXEMPT";
  PaymentStatus2["FAILED"] = "FAILED";
  return PaymentStatus2;
})(PaymentStatus || {});
var SelectedPaymentOption = /* @__PURE__ */ ((SelectedPaymentOption2) => {
  SelectedPaymentOption2["UNDEFINED"] = "UNDEFINED";
  SelectedPaymentOption2["OFFLINE"] = "OFFLINE";
  SelectedPaymentOption2["ONLINE"] = "ONLINE";
  SelectedPaymentOption2["MEMBERSHIP"] = "MEMBERSHIP";
  SelectedPaymentOption2["MEMBERSHIP_OFFLINE"] = "MEMBERSHIP_OFFLINE";
  return SelectedPaymentOption2;
})(SelectedPaymentOption || {});
var Platform = /* @__PURE__ */ ((Platform2) => {
  Platform2["UNDEFINED_PLATFORM"] = "UNDEFINED_PLATFORM";
  Platform2["WEB"] = "WEB";
  Platform2["MOBILE_APP"] = "MOBILE_APP";
  return Platform2;
})(Platform || {});
var Actor = /* @__PURE__ */ ((Actor2) => {
  Actor2["UNDEFINED_ACTOR"] = "UNDEFINED_ACTOR";
  Actor2["BUSINESS"] = "BUSINESS";
  Actor2["CUSTOMER"] = "CUSTOMER";
  return Actor2;
})(Actor || {});
var IdentityType = /* @__PURE__ */ ((IdentityType2) => {
  IdentityType2["UNKNOWN"] = "UNKNOWN";
  IdentityType2["ANONYMOUS_VISITOR"] = "ANONYMOUS_VISITOR";
  IdentityType2["MEMBER"] = "MEMBER";
  IdentityType2["WIX_USER"] = "WIX_USER";
  IdentityType2["APP"] = "APP";
  return IdentityType2;
})(IdentityType || {});
var BookingFeeStatus = /* @__PURE__ */ ((BookingFeeStatus2) => {
  BookingFeeStatus2["UNKNOWN_STATUS"] = "UNKNOWN_STATUS";
  BookingFeeStatus2["NOT_YET_APPLIED_TO_ORDER"] = "NOT_YET_APPLIED_TO_ORDER";
  BookingFeeStatus2["APPLIED_TO_ORDER"] = "APPLIED_TO_ORDER";
  return BookingFeeStatus2;
})(BookingFeeStatus || {});
var OrderStatus = /* @__PURE__ */ ((OrderStatus2) => {
  OrderStatus2["INITIALIZED"] = "INITIALIZED";
  OrderStatus2["APPROVED"] = "APPROVED";
  OrderStatus2["CANCELED"] = "CANCELED";
  OrderStatus2["PENDING"] = "PENDING";
  OrderStatus2["REJECTED"] = "REJECTED";
  return OrderStatus2;
})(OrderStatus || {});
var PaymentStatusEnumPaymentStatus = /* @__PURE__ */ ((PaymentStatusEnumPaymentStatus2) => {
  PaymentStatusEnumPaymentStatus2["NOT_PAID"] = "NOT_PAID";
  PaymentStatusEnumPaymentStatus2["PAID"] = "PAID";
  PaymentStatusEnumPaymentStatus2["PARTIALLY_REFUNDED"] = "PARTIALLY_REFUNDED";
  PaymentStatusEnumPaymentStatus2["FULLY_REFUNDED"] = "FULLY_REFUNDED";
  PaymentStatusEnumPaymentStatus2["PENDING"] = "PENDING";
  PaymentStatusEnumPaymentStatus2["PARTIALLY_PAID"] = "PARTIALLY_PAID";
  PaymentStatusEnumPaymentStatus2["PENDING_MERCHANT"] = "PENDING_MERCHANT";
  PaymentStatusEnumPaymentStatus2["CANCELED"] = "CANCELED";
  PaymentStatusEnumPaymentStatus2["DECLINED"] = "DECLINED";
  return PaymentStatusEnumPaymentStatus2;
})(PaymentStatusEnumPaymentStatus || {});
var Status = /* @__PURE__ */ ((Status2) => {
  Status2["UNDEFINED"] = "UNDEFINED";
  Status2["SIGNED"] = "SIGNED";
  Status2["NOT_SIGNED"] = "NOT_SIGNED";
  return Status2;
})(Status || {});
var Frequency = /* @__PURE__ */ ((Frequency2) => {
  Frequency2["MONTHLY"] = "MONTHLY";
  return Frequency2;
})(Frequency || {});
var SubscriptionStatus = /* @__PURE__ */ ((SubscriptionStatus2) => {
  SubscriptionStatus2["DRAFT"] = "DRAFT";
  SubscriptionStatus2["PENDING"] = "PENDING";
  SubscriptionStatus2["ACTIVE"] = "ACTIVE";
  SubscriptionStatus2["PAUSED"] = "PAUSED";
  SubscriptionStatus2["CANCELED"] = "CANCELED";
  SubscriptionStatus2["ENDED"] = "ENDED";
  return SubscriptionStatus2;
})(SubscriptionStatus || {});
var SortOrder = /* @__PURE__ */ ((SortOrder2) => {
  SortOrder2["ASC"] = "ASC";
  SortOrder2["DESC"] = "DESC";
  return SortOrder2;
})(SortOrder || {});
var SortType = /* @__PURE__ */ ((SortType2) => {
  SortType2["COUNT"] = "COUNT";
  SortType2["VALUE"] = "VALUE";
  return SortType2;
})(SortType || {});
var SortDirection = /* @__PURE__ */ ((SortDirection2) => {
  SortDirection2["DESC"] = "DESC";
  SortDirection2["ASC"] = "ASC";
  return SortDirection2;
})(SortDirection || {});
var MissingValues = /* @__PURE__ */ ((MissingValues2) => {
  MissingValues2["EXCLUDE"] = "EXCLUDE";
  MissingValues2["INCLUDE"] = "INCLUDE";
  return MissingValues2;
})(MissingValues || {});
var ScalarType = /* @__PURE__ */ ((ScalarType2) => {
  ScalarType2["UNKNOWN_SCALAR_TYPE"] = "UNKNOWN_SCALAR_TYPE";
  ScalarType2["COUNT_DISTINCT"] = "COUNT_DISTINCT";
  ScalarType2["MIN"] = "MIN";
  ScalarType2["MAX"] = "MAX";
  ScalarType2["SUM"] = "SUM";
  ScalarType2["AVG"] = "AVG";
  return ScalarType2;
})(ScalarType || {});
var Interval = /* @__PURE__ */ ((Interval2) => {
  Interval2["UNKNOWN_INTERVAL"] = "UNKNOWN_INTERVAL";
  Interval2["YEAR"] = "YEAR";
  Interval2["MONTH"] = "MONTH";
  Interval2["WEEK"] = "WEEK";
  Interval2["DAY"] = "DAY";
  Interval2["HOUR"] = "HOUR";
  Interval2["MINUTE"] = "MINUTE";
  Interval2["SECOND"] = "SECOND";
  return Interval2;
})(Interval || {});
var NestedAggregationType = /* @__PURE__ */ ((NestedAggregationType2) => {
  NestedAggregationType2["UNKNOWN_AGGREGATION_TYPE"] = "UNKNOWN_AGGREGATION_TYPE";
  NestedAggregationType2["VALUE"] = "VALUE";
  NestedAggregationType2["RANGE"] = "RANGE";
  NestedAggregationType2["SCALAR"] = "SCALAR";
  NestedAggregationType2["DATE_HISTOGRAM"] = "DATE_HISTOGRAM";
  return NestedAggregationType2;
})(NestedAggregationType || {});
var AggregationType = /* @__PURE__ */ ((AggregationType2) => {
  AggregationType2["UNKNOWN_AGGREGATION_TYPE"] = "UNKNOWN_AGGREGATION_TYPE";
  AggregationType2["VALUE"] = "VALUE";
  AggregationType2["RANGE"] = "RANGE";
  AggregationType2["SCALAR"] = "SCALAR";
  AggregationType2["DATE_HISTOGRAM"] = "DATE_HISTOGRAM";
  AggregationType2["NESTED"] = "NESTED";
  return AggregationType2;
})(AggregationType || {});
var Mode = /* @__PURE__ */ ((Mode2) => {
  Mode2["OR"] = "OR";
  Mode2["AND"] = "AND";
  return Mode2;
})(Mode || {});
var CommonScalarType = /* @__PURE__ */ ((CommonScalarType2) => {
  CommonScalarType2["COUNT_DISTINCT"] = "COUNT_DISTINCT";
  CommonScalarType2["MIN"] = "MIN";
  CommonScalarType2["MAX"] = "MAX";
  CommonScalarType2["SUM"] = "SUM";
  CommonScalarType2["AVG"] = "AVG";
  return CommonScalarType2;
})(CommonScalarType || {});
var CommonAggregationType = /* @__PURE__ */ ((CommonAggregationType2) => {
  CommonAggregationType2["VALUE"] = "VALUE";
  CommonAggregationType2["RANGE"] = "RANGE";
  CommonAggregationType2["SCALAR"] = "SCALAR";
  CommonAggregationType2["DATE_HISTOGRAM"] = "DATE_HISTOGRAM";
  CommonAggregationType2["NESTED"] = "NESTED";
  CommonAggregationType2["GEOTILE_GRID"] = "GEOTILE_GRID";
  return CommonAggregationType2;
})(CommonAggregationType || {});

// src/bookings-reader-v2-extended-booking-extended-bookings.meta.ts
function query2() {
  const payload = {};
  const getRequestOptions = query(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/extended-booking/query",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function queryExtendedBookings2() {
  const payload = {};
  const getRequestOptions = queryExtendedBookings(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/extended-bookings/query",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function countExtendedBookings2() {
  const payload = {};
  const getRequestOptions = countExtendedBookings(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/extended-bookings/count",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ActorOriginal,
  AggregationTypeOriginal,
  AttendanceStatusOriginal,
  BookingFeeStatusOriginal,
  BookingStatusOriginal,
  CommonAggregationTypeOriginal,
  CommonScalarTypeOriginal,
  DeferredChargeDeclineReasonOriginal,
  DeferredChargeStatusOriginal,
  DurationUnitTypeOriginal,
  FrequencyOriginal,
  IdentityTypeOriginal,
  IntervalOriginal,
  LocationTypeOriginal,
  MissingValuesOriginal,
  ModeOriginal,
  MultiServiceBookingTypeOriginal,
  NestedAggregationTypeOriginal,
  OrderStatusOriginal,
  PaymentStatusEnumPaymentStatusOriginal,
  PaymentStatusOriginal,
  PlatformOriginal,
  RequestedGenderOriginal,
  ResourceTransparencyOriginal,
  ScalarTypeOriginal,
  SelectedPaymentOptionOriginal,
  SelectionMethodOriginal,
  SortDirectionOriginal,
  SortOrderOriginal,
  SortTypeOriginal,
  StatusOriginal,
  SubscriptionStatusOriginal,
  ValueTypeOriginal,
  countExtendedBookings,
  query,
  queryExtendedBookings
});
//# sourceMappingURL=meta.js.map