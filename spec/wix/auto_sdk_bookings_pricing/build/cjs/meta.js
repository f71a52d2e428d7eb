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
  BookingStatusOriginal: () => BookingStatus,
  DurationUnitTypeOriginal: () => DurationUnitType,
  IdentityTypeOriginal: () => IdentityType,
  LocationTypeOriginal: () => LocationType,
  MultiServiceBookingTypeOriginal: () => MultiServiceBookingType,
  PaymentStatusOriginal: () => PaymentStatus,
  PlatformOriginal: () => Platform,
  RequestedGenderOriginal: () => RequestedGender,
  ResourceTransparencyOriginal: () => ResourceTransparency,
  SelectedPaymentOptionOriginal: () => SelectedPaymentOption,
  SelectionMethodOriginal: () => SelectionMethod,
  SubscriptionFrequencyOriginal: () => SubscriptionFrequency,
  ValueTypeOriginal: () => ValueType,
  calculatePrice: () => calculatePrice2,
  previewPrice: () => previewPrice2
});
module.exports = __toCommonJS(meta_exports);

// src/bookings-v2-price-info-pricing.http.ts
var import_float = require("@wix/sdk-runtime/transformations/float");
var import_float2 = require("@wix/sdk-runtime/transformations/float");
var import_timestamp = require("@wix/sdk-runtime/transformations/timestamp");
var import_transform_paths = require("@wix/sdk-runtime/transformations/transform-paths");
var import_rest_modules = require("@wix/sdk-runtime/rest-modules");
function resolveComWixpressBookingsPricingBookingsPricingServiceUrl(opts) {
  const domainToMappings = {
    "manage._base_domain_": [
      {
        srcPath: "/_api/bookings-pricing",
        destPath: ""
      },
      {
        srcPath: "/_api/bookings-pricing/v2/price",
        destPath: "/v2/pricing"
      }
    ],
    _: [
      {
        srcPath: "/_api/bookings-pricing",
        destPath: ""
      },
      {
        srcPath: "/_api/bookings-pricing/v2/price",
        destPath: "/v2/pricing"
      }
    ],
    "www.wixapis.com": [
      {
        srcPath: "/bookings/v2/pricing/v2/pricing",
        destPath: "/v2/pricing"
      },
      {
        srcPath: "/bookings/v2/pricing",
        destPath: "/v2/pricing"
      }
    ]
  };
  return (0, import_rest_modules.resolveUrl)(Object.assign(opts, { domainToMappings }));
}
var PACKAGE_NAME = "@wix/auto_sdk_bookings_pricing";
function previewPrice(payload) {
  function __previewPrice({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_float.transformSDKFloatToRESTFloat,
        paths: [
          { path: "bookingLineItems.pricePerParticipant" },
          { path: "bookingLineItems.calculatedPrice" },
          { path: "bookingLineItems.deposit" },
          { path: "bookingLineItems.serviceChoices.pricePerParticipant" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.bookings.v2.price_info",
      method: "POST",
      methodFqn: "com.wixpress.bookings.pricing.BookingsPricingService.PreviewPrice",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsPricingBookingsPricingServiceUrl({
        protoPath: "/v2/pricing/preview",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_float2.transformRESTFloatToSDKFloat,
          paths: [
            { path: "priceInfo.calculatedPrice" },
            { path: "priceInfo.deposit" },
            { path: "priceInfo.bookingLineItems.pricePerParticipant" },
            { path: "priceInfo.bookingLineItems.calculatedPrice" },
            { path: "priceInfo.bookingLineItems.deposit" },
            {
              path: "priceInfo.bookingLineItems.serviceChoices.pricePerParticipant"
            }
          ]
        }
      ])
    };
    return metadata;
  }
  return __previewPrice;
}
function calculatePrice(payload) {
  function __calculatePrice({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [
          { path: "booking.createdDate" },
          { path: "booking.startDate" },
          { path: "booking.endDate" },
          { path: "booking.updatedDate" },
          { path: "booking.canceledDate" },
          { path: "bookings.createdDate" },
          { path: "bookings.startDate" },
          { path: "bookings.endDate" },
          { path: "bookings.updatedDate" },
          { path: "bookings.canceledDate" }
        ]
      },
      {
        transformFn: import_float.transformSDKFloatToRESTFloat,
        paths: [
          { path: "booking.contactDetails.fullAddress.geocode.latitude" },
          { path: "booking.contactDetails.fullAddress.geocode.longitude" },
          { path: "bookings.contactDetails.fullAddress.geocode.latitude" },
          { path: "bookings.contactDetails.fullAddress.geocode.longitude" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.bookings.v2.price_info",
      method: "POST",
      methodFqn: "com.wixpress.bookings.pricing.BookingsPricingService.CalculatePrice",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsPricingBookingsPricingServiceUrl({
        protoPath: "/v2/pricing/calculate",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_float2.transformRESTFloatToSDKFloat,
          paths: [
            { path: "priceInfo.calculatedPrice" },
            { path: "priceInfo.deposit" },
            { path: "priceInfo.bookingLineItems.pricePerParticipant" },
            { path: "priceInfo.bookingLineItems.calculatedPrice" },
            { path: "priceInfo.bookingLineItems.deposit" },
            {
              path: "priceInfo.bookingLineItems.serviceChoices.pricePerParticipant"
            }
          ]
        }
      ])
    };
    return metadata;
  }
  return __calculatePrice;
}

// src/bookings-v2-price-info-pricing.types.ts
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
var SubscriptionFrequency = /* @__PURE__ */ ((SubscriptionFrequency2) => {
  SubscriptionFrequency2["MONTHLY"] = "MONTHLY";
  return SubscriptionFrequency2;
})(SubscriptionFrequency || {});

// src/bookings-v2-price-info-pricing.meta.ts
function previewPrice2() {
  const payload = {};
  const getRequestOptions = previewPrice(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/pricing/preview",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function calculatePrice2() {
  const payload = {};
  const getRequestOptions = calculatePrice(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/pricing/calculate",
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
  BookingStatusOriginal,
  DurationUnitTypeOriginal,
  IdentityTypeOriginal,
  LocationTypeOriginal,
  MultiServiceBookingTypeOriginal,
  PaymentStatusOriginal,
  PlatformOriginal,
  RequestedGenderOriginal,
  ResourceTransparencyOriginal,
  SelectedPaymentOptionOriginal,
  SelectionMethodOriginal,
  SubscriptionFrequencyOriginal,
  ValueTypeOriginal,
  calculatePrice,
  previewPrice
});
//# sourceMappingURL=meta.js.map