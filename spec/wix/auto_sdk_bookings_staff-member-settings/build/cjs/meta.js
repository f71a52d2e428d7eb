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
  WebhookIdentityTypeOriginal: () => WebhookIdentityType,
  getStaffMemberSettings: () => getStaffMemberSettings2,
  updateStaffMemberSettings: () => updateStaffMemberSettings2
});
module.exports = __toCommonJS(meta_exports);

// src/bookings-staff-settings-v1-staff-member-settings-staff-member-settings.http.ts
var import_rest_modules = require("@wix/sdk-runtime/rest-modules");
var import_timestamp = require("@wix/sdk-runtime/transformations/timestamp");
var import_timestamp2 = require("@wix/sdk-runtime/transformations/timestamp");
var import_field_mask = require("@wix/sdk-runtime/transformations/field-mask");
var import_transform_paths = require("@wix/sdk-runtime/transformations/transform-paths");
var import_rest_modules2 = require("@wix/sdk-runtime/rest-modules");
function resolveWixBookingsStaffSettingsV1StaffMemberSettingsServiceUrl(opts) {
  const domainToMappings = {
    "manage._base_domain_": [
      {
        srcPath: "/_api/staff-member-settings",
        destPath: ""
      }
    ],
    "www.wixapis.com": [
      {
        srcPath: "/bookings/v1/staff-member-settings",
        destPath: "/v1/staff-member-settings"
      }
    ],
    _: [
      {
        srcPath: "/_api/staff-member-settings",
        destPath: ""
      }
    ],
    "*.dev.wix-code.com": [
      {
        srcPath: "/_api/staff-member-settings",
        destPath: ""
      }
    ]
  };
  return (0, import_rest_modules2.resolveUrl)(Object.assign(opts, { domainToMappings }));
}
var PACKAGE_NAME = "@wix/auto_sdk_bookings_staff-member-settings";
function getStaffMemberSettings(payload) {
  function __getStaffMemberSettings({ host }) {
    const metadata = {
      entityFqdn: "wix.bookings.staff_settings.v1.staff_member_settings",
      method: "GET",
      methodFqn: "wix.bookings.staff.settings.v1.StaffMemberSettingsService.GetStaffMemberSettings",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixBookingsStaffSettingsV1StaffMemberSettingsServiceUrl({
        protoPath: "/v1/staff-member-settings",
        data: payload,
        host
      }),
      params: (0, import_rest_modules.toURLSearchParams)(payload),
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "staffMemberSettings.createdDate" },
            { path: "staffMemberSettings.updatedDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __getStaffMemberSettings;
}
function updateStaffMemberSettings(payload) {
  function __updateStaffMemberSettings({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_field_mask.transformSDKFieldMaskToRESTFieldMask,
        paths: [{ path: "fieldMask" }]
      },
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [
          { path: "staffMemberSettings.createdDate" },
          { path: "staffMemberSettings.updatedDate" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.bookings.staff_settings.v1.staff_member_settings",
      method: "PATCH",
      methodFqn: "wix.bookings.staff.settings.v1.StaffMemberSettingsService.UpdateStaffMemberSettings",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixBookingsStaffSettingsV1StaffMemberSettingsServiceUrl({
        protoPath: "/v1/staff-member-settings",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "staffMemberSettings.createdDate" },
            { path: "staffMemberSettings.updatedDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __updateStaffMemberSettings;
}

// src/bookings-staff-settings-v1-staff-member-settings-staff-member-settings.types.ts
var WebhookIdentityType = /* @__PURE__ */ ((WebhookIdentityType2) => {
  WebhookIdentityType2["UNKNOWN"] = "UNKNOWN";
  WebhookIdentityType2["ANONYMOUS_VISITOR"] = "ANONYMOUS_VISITOR";
  WebhookIdentityType2["MEMBER"] = "MEMBER";
  WebhookIdentityType2["WIX_USER"] = "WIX_USER";
  WebhookIdentityType2["APP"] = "APP";
  return WebhookIdentityType2;
})(WebhookIdentityType || {});

// src/bookings-staff-settings-v1-staff-member-settings-staff-member-settings.meta.ts
function getStaffMemberSettings2() {
  const payload = {};
  const getRequestOptions = getStaffMemberSettings(
    payload
  );
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "GET",
    path: "/v1/staff-member-settings",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function updateStaffMemberSettings2() {
  const payload = {};
  const getRequestOptions = updateStaffMemberSettings(
    payload
  );
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "PATCH",
    path: "/v1/staff-member-settings",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WebhookIdentityTypeOriginal,
  getStaffMemberSettings,
  updateStaffMemberSettings
});
//# sourceMappingURL=meta.js.map