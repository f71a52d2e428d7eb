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
  DayOfWeekOriginal: () => DayOfWeek,
  PlacementTypeOriginal: () => PlacementType,
  ResolutionMethodOriginal: () => ResolutionMethod,
  SortOrderOriginal: () => SortOrder,
  WebhookIdentityTypeOriginal: () => WebhookIdentityType,
  bulkCreateAddOns: () => bulkCreateAddOns2,
  bulkDeleteAddOns: () => bulkDeleteAddOns2,
  bulkUpdateAddOns: () => bulkUpdateAddOns2,
  createAddOn: () => createAddOn2,
  deleteAddOn: () => deleteAddOn2,
  getAddOn: () => getAddOn2,
  queryAddOns: () => queryAddOns2,
  updateAddOn: () => updateAddOn2
});
module.exports = __toCommonJS(meta_exports);

// src/addons-v1-add-on-add-ons.http.ts
var import_rest_modules = require("@wix/sdk-runtime/rest-modules");
var import_timestamp = require("@wix/sdk-runtime/transformations/timestamp");
var import_timestamp2 = require("@wix/sdk-runtime/transformations/timestamp");
var import_field_mask = require("@wix/sdk-runtime/transformations/field-mask");
var import_transform_paths = require("@wix/sdk-runtime/transformations/transform-paths");
var import_rest_modules2 = require("@wix/sdk-runtime/rest-modules");
function resolveWixAddonsV1AddOnsServiceUrl(opts) {
  const domainToMappings = {
    "manage._base_domain_": [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      }
    ],
    _: [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      }
    ],
    "apps._base_domain_": [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      }
    ],
    "editor._base_domain_": [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      }
    ],
    "blocks._base_domain_": [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      }
    ],
    "create.editorx": [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      }
    ],
    "*.dev.wix-code.com": [
      {
        srcPath: "/_api/add-ons-service",
        destPath: ""
      },
      {
        srcPath: "/addons/v1/add-ons",
        destPath: "/v1/add-ons"
      },
      {
        srcPath: "/addons/v1/bulk/add-ons",
        destPath: "/v1/bulk/add-ons"
      }
    ],
    "www.wixapis.com": [
      {
        srcPath: "/addons/v1/add-ons",
        destPath: "/v1/add-ons"
      },
      {
        srcPath: "/addons/v1/bulk/add-ons",
        destPath: "/v1/bulk/add-ons"
      }
    ]
  };
  return (0, import_rest_modules2.resolveUrl)(Object.assign(opts, { domainToMappings }));
}
var PACKAGE_NAME = "@wix/auto_sdk_bookings_add-ons";
function createAddOn(payload) {
  function __createAddOn({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [
          { path: "addOn.createdDate" },
          { path: "addOn.updatedDate" },
          { path: "addOn.mainMedia.image.urlExpirationDate" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "POST",
      methodFqn: "wix.addons.v1.AddOnsService.CreateAddOn",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/add-ons",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "addOn.createdDate" },
            { path: "addOn.updatedDate" },
            { path: "addOn.mainMedia.image.urlExpirationDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __createAddOn;
}
function getAddOn(payload) {
  function __getAddOn({ host }) {
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "GET",
      methodFqn: "wix.addons.v1.AddOnsService.GetAddOn",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/add-ons/{addOnId}",
        data: payload,
        host
      }),
      params: (0, import_rest_modules.toURLSearchParams)(payload),
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "addOn.createdDate" },
            { path: "addOn.updatedDate" },
            { path: "addOn.mainMedia.image.urlExpirationDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __getAddOn;
}
function updateAddOn(payload) {
  function __updateAddOn({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_field_mask.transformSDKFieldMaskToRESTFieldMask,
        paths: [{ path: "fieldMask" }]
      },
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [
          { path: "addOn.createdDate" },
          { path: "addOn.updatedDate" },
          { path: "addOn.mainMedia.image.urlExpirationDate" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "PATCH",
      methodFqn: "wix.addons.v1.AddOnsService.UpdateAddOn",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/add-ons/{addOn.id}",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "addOn.createdDate" },
            { path: "addOn.updatedDate" },
            { path: "addOn.mainMedia.image.urlExpirationDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __updateAddOn;
}
function deleteAddOn(payload) {
  function __deleteAddOn({ host }) {
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "DELETE",
      methodFqn: "wix.addons.v1.AddOnsService.DeleteAddOn",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/add-ons/{addOnId}",
        data: payload,
        host
      }),
      params: (0, import_rest_modules.toURLSearchParams)(payload)
    };
    return metadata;
  }
  return __deleteAddOn;
}
function queryAddOns(payload) {
  function __queryAddOns({ host }) {
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "GET",
      methodFqn: "wix.addons.v1.AddOnsService.QueryAddOns",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/add-ons/query",
        data: payload,
        host
      }),
      params: (0, import_rest_modules.toURLSearchParams)(payload, true),
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "addOns.createdDate" },
            { path: "addOns.updatedDate" },
            { path: "addOns.mainMedia.image.urlExpirationDate" }
          ]
        }
      ]),
      fallback: [
        {
          method: "POST",
          url: resolveWixAddonsV1AddOnsServiceUrl({
            protoPath: "/v1/add-ons/query",
            data: payload,
            host
          }),
          data: payload
        }
      ]
    };
    return metadata;
  }
  return __queryAddOns;
}
function bulkCreateAddOns(payload) {
  function __bulkCreateAddOns({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [
          { path: "addOns.createdDate" },
          { path: "addOns.updatedDate" },
          { path: "addOns.mainMedia.image.urlExpirationDate" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "POST",
      methodFqn: "wix.addons.v1.AddOnsService.BulkCreateAddOns",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/bulk/add-ons/create",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "results.item.createdDate" },
            { path: "results.item.updatedDate" },
            { path: "results.item.mainMedia.image.urlExpirationDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __bulkCreateAddOns;
}
function bulkUpdateAddOns(payload) {
  function __bulkUpdateAddOns({ host }) {
    const serializedData = (0, import_transform_paths.transformPaths)(payload, [
      {
        transformFn: import_field_mask.transformSDKFieldMaskToRESTFieldMask,
        paths: [{ path: "addOns.fieldMask" }]
      },
      {
        transformFn: import_timestamp.transformSDKTimestampToRESTTimestamp,
        paths: [
          { path: "addOns.addOn.createdDate" },
          { path: "addOns.addOn.updatedDate" },
          { path: "addOns.addOn.mainMedia.image.urlExpirationDate" }
        ]
      }
    ]);
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "POST",
      methodFqn: "wix.addons.v1.AddOnsService.BulkUpdateAddOns",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/bulk/add-ons/update",
        data: serializedData,
        host
      }),
      data: serializedData,
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_timestamp2.transformRESTTimestampToSDKTimestamp,
          paths: [
            { path: "results.item.createdDate" },
            { path: "results.item.updatedDate" },
            { path: "results.item.mainMedia.image.urlExpirationDate" }
          ]
        }
      ])
    };
    return metadata;
  }
  return __bulkUpdateAddOns;
}
function bulkDeleteAddOns(payload) {
  function __bulkDeleteAddOns({ host }) {
    const metadata = {
      entityFqdn: "wix.addons.v1.add_on",
      method: "POST",
      methodFqn: "wix.addons.v1.AddOnsService.BulkDeleteAddOns",
      packageName: PACKAGE_NAME,
      migrationOptions: {
        optInTransformResponse: true
      },
      url: resolveWixAddonsV1AddOnsServiceUrl({
        protoPath: "/v1/bulk/add-ons/delete",
        data: payload,
        host
      }),
      data: payload
    };
    return metadata;
  }
  return __bulkDeleteAddOns;
}

// src/addons-v1-add-on-add-ons.types.ts
var SortOrder = /* @__PURE__ */ ((SortOrder2) => {
  SortOrder2["ASC"] = "ASC";
  SortOrder2["DESC"] = "DESC";
  return SortOrder2;
})(SortOrder || {});
var PlacementType = /* @__PURE__ */ ((PlacementType2) => {
  PlacementType2["BEFORE"] = "BEFORE";
  PlacementType2["AFTER"] = "AFTER";
  PlacementType2["REPLACE"] = "REPLACE";
  return PlacementType2;
})(PlacementType || {});
var DayOfWeek = /* @__PURE__ */ ((DayOfWeek2) => {
  DayOfWeek2["MONDAY"] = "MONDAY";
  DayOfWeek2["TUESDAY"] = "TUESDAY";
  DayOfWeek2["WEDNESDAY"] = "WEDNESDAY";
  DayOfWeek2["THURSDAY"] = "THURSDAY";
  DayOfWeek2["FRIDAY"] = "FRIDAY";
  DayOfWeek2["SATURDAY"] = "SATURDAY";
  DayOfWeek2["SUNDAY"] = "SUNDAY";
  return DayOfWeek2;
})(DayOfWeek || {});
var ResolutionMethod = /* @__PURE__ */ ((ResolutionMethod2) => {
  ResolutionMethod2["QUERY_PARAM"] = "QUERY_PARAM";
  ResolutionMethod2["SUBDOMAIN"] = "SUBDOMAIN";
  ResolutionMethod2["SUBDIRECTORY"] = "SUBDIRECTORY";
  return ResolutionMethod2;
})(ResolutionMethod || {});
var WebhookIdentityType = /* @__PURE__ */ ((WebhookIdentityType2) => {
  WebhookIdentityType2["UNKNOWN"] = "UNKNOWN";
  WebhookIdentityType2["ANONYMOUS_VISITOR"] = "ANONYMOUS_VISITOR";
  WebhookIdentityType2["MEMBER"] = "MEMBER";
  WebhookIdentityType2["WIX_USER"] = "WIX_USER";
  WebhookIdentityType2["APP"] = "APP";
  return WebhookIdentityType2;
})(WebhookIdentityType || {});

// src/addons-v1-add-on-add-ons.meta.ts
function createAddOn2() {
  const payload = {};
  const getRequestOptions = createAddOn(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v1/add-ons",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function getAddOn2() {
  const payload = { addOnId: ":addOnId" };
  const getRequestOptions = getAddOn(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "GET",
    path: "/v1/add-ons/{addOnId}",
    pathParams: { addOnId: "addOnId" },
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function updateAddOn2() {
  const payload = { addOn: { id: ":addOnId" } };
  const getRequestOptions = updateAddOn(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "PATCH",
    path: "/v1/add-ons/{addOn.id}",
    pathParams: { addOnId: "addOnId" },
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function deleteAddOn2() {
  const payload = { addOnId: ":addOnId" };
  const getRequestOptions = deleteAddOn(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "DELETE",
    path: "/v1/add-ons/{addOnId}",
    pathParams: { addOnId: "addOnId" },
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function queryAddOns2() {
  const payload = {};
  const getRequestOptions = queryAddOns(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "GET",
    path: "/v1/add-ons/query",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function bulkCreateAddOns2() {
  const payload = {};
  const getRequestOptions = bulkCreateAddOns(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v1/bulk/add-ons/create",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function bulkUpdateAddOns2() {
  const payload = {};
  const getRequestOptions = bulkUpdateAddOns(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v1/bulk/add-ons/update",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
function bulkDeleteAddOns2() {
  const payload = {};
  const getRequestOptions = bulkDeleteAddOns(payload);
  const getUrl = (context) => {
    const { url } = getRequestOptions(context);
    return url;
  };
  return {
    getUrl,
    httpMethod: "POST",
    path: "/v1/bulk/add-ons/delete",
    pathParams: {},
    __requestType: null,
    __originalRequestType: null,
    __responseType: null,
    __originalResponseType: null
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DayOfWeekOriginal,
  PlacementTypeOriginal,
  ResolutionMethodOriginal,
  SortOrderOriginal,
  WebhookIdentityTypeOriginal,
  bulkCreateAddOns,
  bulkDeleteAddOns,
  bulkUpdateAddOns,
  createAddOn,
  deleteAddOn,
  getAddOn,
  queryAddOns,
  updateAddOn
});
//# sourceMappingURL=meta.js.map