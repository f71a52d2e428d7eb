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
  LocationTypeOriginal: () => LocationType,
  ReasonCodeOriginal: () => ReasonCode,
  RequestedGenderOriginal: () => RequestedGender,
  RequestedGenderValueRequestedGenderOriginal: () => RequestedGenderValueRequestedGender,
  SuggestedActionOriginal: () => SuggestedAction,
  getAvailabilityTimeSlot: () => getAvailabilityTimeSlot2,
  listAvailabilityTimeSlotEndOptions: () => listAvailabilityTimeSlotEndOptions2,
  listAvailabilityTimeSlots: () => listAvailabilityTimeSlots2
});
module.exports = __toCommonJS(meta_exports);

// src/bookings-availability-v2-time-slot-availability-time-slots.http.ts
var import_timestamp = require("@wix/sdk-runtime/transformations/timestamp");
var import_timestamp2 = require("@wix/sdk-runtime/transformations/timestamp");
var import_transform_paths = require("@wix/sdk-runtime/transformations/transform-paths");
var import_rest_modules = require("@wix/sdk-runtime/rest-modules");
function resolveComWixpressBookingsAvailabilityV2AvailabilityTimeSlotsUrl(opts) {
  const domainToMappings = {
    "www.wixapis.com": [
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      }
    ],
    "*.dev.wix-code.com": [
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      }
    ],
    "manage._base_domain_": [
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      }
    ],
    "www._base_domain_": [
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      }
    ],
    _: [
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots/event",
        destPath: "/v2/time-slots/event"
      }
    ],
    "editor._base_domain_": [
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots/event",
        destPath: "/v2/time-slots/event"
      }
    ],
    "blocks._base_domain_": [
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots/event",
        destPath: "/v2/time-slots/event"
      }
    ],
    "create.editorx": [
      {
        srcPath: "/_api/service-availability/v2/multi-service-time-slots",
        destPath: "/v2/multi-service-time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots",
        destPath: "/v2/time-slots"
      },
      {
        srcPath: "/_api/service-availability/v2/time-slots/event",
        destPath: "/v2/time-slots/event"
      }
    ],
    "editor.wixapps.net": [
      {
        srcPath: "/_api/service-availability/v2/time-slots/event",
        destPath: "/v2/time-slots/event"
      }
    ]
  };
  return (0, import_rest_modules.resolveUrl)(Object.assign(opts, { domainToMappings }));
}
var PACKAGE_NAME = "@wix/auto_sdk_bookings_availability-time-slots";
function listAvailabilityTimeSlots(payload) {
  function __listAvailabilityTimeSlots({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [{ path: "bookingPolicyViolations.earliestBookingDate" }]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.bookings.availability.v2.time_slot",
      method: "POST",
      methodFqn: "com.wixpress.bookings.availability.v2.AvailabilityTimeSlots.ListAvailabilityTimeSlots",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsAvailabilityV2AvailabilityTimeSlotsUrl({
        protoPath: "/v2/time-slots",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "timeSlots.bookingPolicyViolations.earliestBookingDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __listAvailabilityTimeSlots;
}
function listAvailabilityTimeSlotEndOptions(payload) {
  function __listAvailabilityTimeSlotEndOptions({ host }) {
    const metadata = {
      entityFqdn: "wix.bookings.availability.v2.time_slot",
      method: "POST",
      methodFqn: "com.wixpress.bookings.availability.v2.AvailabilityTimeSlots.ListAvailabilityTimeSlotEndOptions",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsAvailabilityV2AvailabilityTimeSlotsUrl({
        protoPath: "/v2/time-slots/end-options",
        data: payload,
        host
      }),
      data: payload,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            {
              path: "endOptions.bookingPolicyViolations.earliestBookingDate"
            }
          ]
        }
      ])
    };
    return metadata;
  }
  return __listAvailabilityTimeSlotEndOptions;
}
function getAvailabilityTimeSlot(payload) {
  function __getAvailabilityTimeSlot({ host }) {
    const metadata = {
      entityFqdn: "wix.bookings.availability.v2.time_slot",
      method: "POST",
      methodFqn: "com.wixpress.bookings.availability.v2.AvailabilityTimeSlots.GetAvailabilityTimeSlot",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveComWixpressBookingsAvailabilityV2AvailabilityTimeSlotsUrl({
        protoPath: "/v2/time-slots/get",
        data: payload,
        host
      }),
      data: payload,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "timeSlot.bookingPolicyViolations.earliestBookingDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __getAvailabilityTimeSlot;
}

// src/bookings-availability-v2-time-slot-availability-time-slots.types.ts
var LocationType = /* @__PURE__ */ ((LocationType2) => {
  LocationType2["BUSINESS"] = "BUSINESS";
  LocationType2["CUSTOM"] = "CUSTOM";
  LocationType2["CUSTOMER"] = "CUSTOMER";
  return LocationType2;
})(LocationType || {});
var RequestedGender = /* @__PURE__ */ ((RequestedGender2) => {
  RequestedGender2["ANY_MALE"] = "ANY_MALE";
  RequestedGender2["ANY_FEMALE"] = "ANY_FEMALE";
  return RequestedGender2;
})(RequestedGender || {});
var RequestedGenderValueRequestedGender = /* @__PURE__ */ ((RequestedGenderValueRequestedGender2) => {
  RequestedGenderValueRequestedGender2["ANY_MALE"] = "ANY_MALE";
  RequestedGenderValueRequestedGender2["ANY_FEMALE"] = "ANY_FEMALE";
  return RequestedGenderValueRequestedGender2;
})(RequestedGenderValueRequestedGender || {});
var ReasonCode = /* @__PURE__ */ ((ReasonCode2) => {
  ReasonCode2["NO_ASSIGNED_STAFF_OR_RESOURCES"] = "NO_ASSIGNED_STAFF_OR_RESOURCES";
  ReasonCode2["SERVICE_AVAILABILITY_CONFIGURATION_MISSING"] = "SERVICE_AVAILABILITY_CONFIGURATION_MISSING";
  ReasonCode2["REQUESTED_LOCATION_NOT_OFFERED_BY_SERVICE"] = "REQUESTED_LOCATION_NOT_OFFERED_BY_SERVICE";
  ReasonCode2["RESOURCE_TYPE_RESOLUTION_FAILED"] = "RESOURCE_TYPE_RESOLUTION_FAILED";
  ReasonCode2["NO_RESOURCE_AVAILABILITY_WINDOWS"] = "NO_RESOURCE_AVAILABILITY_WINDOWS";
  ReasonCode2["DURATION_TOO_LONG_FOR_AVAILABLE_WINDOWS"] = "DURATION_TOO_LONG_FOR_AVAILABLE_WINDOWS";
  ReasonCode2["BUFFER_TIME_ELIMINATES_WINDOWS"] = "BUFFER_TIME_ELIMINATES_WINDOWS";
  ReasonCode2["RESOURCE_NOT_IN_WORKING_HOURS"] = "RESOURCE_NOT_IN_WORKING_HOURS";
  ReasonCode2["RESOURCE_BLOCKED"] = "RESOURCE_BLOCKED";
  ReasonCode2["RESOURCE_HAS_NO_WORKING_HOURS"] = "RESOURCE_HAS_NO_WORKING_HOURS";
  ReasonCode2["RESOURCE_NOT_ASSIGNED_TO_SERVICE"] = "RESOURCE_NOT_ASSIGNED_TO_SERVICE";
  ReasonCode2["RESOURCE_NOT_AVAILABLE_AT_SERVICE_LOCATION"] = "RESOURCE_NOT_AVAILABLE_AT_SERVICE_LOCATION";
  ReasonCode2["REQUESTED_DATE_OUTSIDE_SERVICE_AVAILABILITY_RANGE"] = "REQUESTED_DATE_OUTSIDE_SERVICE_AVAILABILITY_RANGE";
  return ReasonCode2;
})(ReasonCode || {});
var SuggestedAction = /* @__PURE__ */ ((SuggestedAction2) => {
  SuggestedAction2["ASSIGN_STAFF_OR_RESOURCES"] = "ASSIGN_STAFF_OR_RESOURCES";
  SuggestedAction2["CHECK_STAFF_WORKING_HOURS"] = "CHECK_STAFF_WORKING_HOURS";
  SuggestedAction2["CHECK_WORK_LOCATIONS"] = "CHECK_WORK_LOCATIONS";
  SuggestedAction2["CHECK_SERVICE_LOCATIONS"] = "CHECK_SERVICE_LOCATIONS";
  SuggestedAction2["REDUCE_DURATION_OR_BUFFER"] = "REDUCE_DURATION_OR_BUFFER";
  SuggestedAction2["CHECK_BLOCKED_TIME"] = "CHECK_BLOCKED_TIME";
  SuggestedAction2["ASSIGN_RESOURCE_TO_SERVICE"] = "ASSIGN_RESOURCE_TO_SERVICE";
  SuggestedAction2["CHECK_SERVICE_AVAILABILITY_RANGE"] = "CHECK_SERVICE_AVAILABILITY_RANGE";
  return SuggestedAction2;
})(SuggestedAction || {});

// src/bookings-availability-v2-time-slot-availability-time-slots.meta.ts
function listAvailabilityTimeSlots2() {
  const payload = {};
  const getRequestOptions = listAvailabilityTimeSlots(
    payload
  );
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/time-slots",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function listAvailabilityTimeSlotEndOptions2() {
  const payload = {};
  const getRequestOptions = listAvailabilityTimeSlotEndOptions(
    payload
  );
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/time-slots/end-options",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function getAvailabilityTimeSlot2() {
  const payload = {};
  const getRequestOptions = getAvailabilityTimeSlot(
    payload
  );
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v2/time-slots/get",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LocationTypeOriginal,
  ReasonCodeOriginal,
  RequestedGenderOriginal,
  RequestedGenderValueRequestedGenderOriginal,
  SuggestedActionOriginal,
  getAvailabilityTimeSlot,
  listAvailabilityTimeSlotEndOptions,
  listAvailabilityTimeSlots
});
//# sourceMappingURL=meta.js.map