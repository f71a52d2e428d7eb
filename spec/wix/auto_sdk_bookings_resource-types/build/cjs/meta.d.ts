import { CreateResourceTypeRequest as CreateResourceTypeRequest$1, CreateResourceTypeResponse as CreateResourceTypeResponse$1, GetResourceTypeRequest as GetResourceTypeRequest$1, GetResourceTypeResponse as GetResourceTypeResponse$1, UpdateResourceTypeRequest as UpdateResourceTypeRequest$1, UpdateResourceTypeResponse as UpdateResourceTypeResponse$1, DeleteResourceTypeRequest as DeleteResourceTypeRequest$1, DeleteResourceTypeResponse as DeleteResourceTypeResponse$1, QueryResourceTypesRequest as QueryResourceTypesRequest$1, QueryResourceTypesResponse as QueryResourceTypesResponse$1, CountResourceTypesRequest as CountResourceTypesRequest$1, CountResourceTypesResponse as CountResourceTypesResponse$1 } from './index.typings.js';
import '@wix/sdk-types';

/**
 * A resource type is a classification of resources. For example room, equipment, or vehicle.
 * Customers can only book [services](https://dev.wix.com/docs/rest/business-solutions/bookings/services/services-v2/introduction) if at least 1 [resource](https://dev.wix.com/docs/rest/business-solutions/bookings/resources/resources-v2/introduction) for every resource type connected to the service is available during the requested time.
 */
interface ResourceType {
    /**
     * Resource type ID.
     * @format GUID
     * @readonly
     */
    id?: string | null;
    /**
     * Revision number, which increments by 1 each time the resource type is updated.
     * To prevent conflicting changes, the current revision must be passed when updating the resource type.
     * @readonly
     */
    revision?: string | null;
    /**
     * Time in `YYYY-MM-DDThh:mm:ss.sssZ` format the resource type was created.
     * @readonly
     */
    createdDate?: Date | null;
    /**
     * Time in `YYYY-MM-DDThh:mm:ss.sssZ` format the resource type was last updated.
     * @readonly
     */
    updatedDate?: Date | null;
    /**
     * Name of the resource type. For example, `meeting room`.
     * The name must be unique per site.
     * @maxLength 40
     * @minLength 1
     */
    name?: string | null;
    /** Extensions enabling users to save custom data related to the resource type. */
    extendedFields?: ExtendedFields;
}
interface ResourceCounts {
    /**
     * Total number of resources connected to the type.
     * @readonly
     */
    total?: number | null;
    /**
     * Whether at least 1 resource of the type is available in all business [locations](https://dev.wix.com/docs/rest/business-solutions/bookings/services/services-v2/about-service-locations#location-types).
     * @readonly
     */
    hasResourcesInAllLocations?: boolean | null;
    /**
     * Whether at least 1 resource of the type is available in customer locations.
     * @readonly
     */
    hasResourcesInCustomerLocations?: boolean | null;
    /**
     * Whether at least 1 resource of the type is available in custom business locations.
     * @readonly
     */
    hasResourcesInCustomLocations?: boolean | null;
    /**
     * Number of distinct business locations with resources connected to the type.
     * @readonly
     */
    distinctBusinessLocationsCount?: number | null;
    /**
     * IDs of all business locations with resources connected to the type. If there
     * are more than 50 location IDs, only the first 50 IDs are returned.
     * @readonly
     */
    distinctLocationIds?: DistinctLocationIds;
}
interface DistinctLocationIds {
    /**
     * IDs of the business locations with a resource connected to the type.
     * @format GUID
     * @maxSize 50
     */
    values?: string[];
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
interface CreateResourceTypeRequest {
    /** Resource type to create. */
    resourceType: ResourceType;
}
interface LocationOptions {
    /**
     * Whether the resource is available in all [business locations](https://dev.wix.com/docs/rest/business-solutions/bookings/services/services-v2/about-service-locations#location-types).
     *
     * - `true`: The resource is available in all business locations.
     * - `false`: The resource is available only in specific locations.
     *
     * Default: `false`
     */
    availableInAllLocations?: boolean | null;
    /** Details of resource availability in specific locations. */
    specificLocationOptions?: SpecificLocation;
}
interface SpecificLocation {
    /**
     * Whether the resource is available in [business locations](https://dev.wix.com/docs/rest/business-solutions/bookings/services/services-v2/about-service-locations#location-types).
     *
     * - `true`: The resource is available in business locations.
     * - `false`: The resource isn't available in business locations.
     *
     * Default: `false`
     */
    availableInBusinessLocations?: boolean | null;
    /**
     * Information about the business locations where the resource is available.
     * Not returned, if the resource is available in either all business locations
     * or in no business location.
     * You can specify up to 100 business locations.
     * @maxSize 100
     */
    businessLocations?: BusinessLocation[];
}
interface BusinessLocation {
    /**
     * ID of the business [location](https://dev.wix.com/docs/rest/business-management/locations/introduction).
     * @format GUID
     */
    locationId?: string | null;
}
declare enum RequestedFields {
    TOTAL_RESOURCE_COUNT = "TOTAL_RESOURCE_COUNT",
    SPECIFIC_LOCATION_TYPE_RESOURCE_COUNTS = "SPECIFIC_LOCATION_TYPE_RESOURCE_COUNTS",
    DISTINCT_RESOURCE_LOCATIONS = "DISTINCT_RESOURCE_LOCATIONS"
}
/** @enumType */
type RequestedFieldsWithLiterals = RequestedFields | 'TOTAL_RESOURCE_COUNT' | 'SPECIFIC_LOCATION_TYPE_RESOURCE_COUNTS' | 'DISTINCT_RESOURCE_LOCATIONS';
interface CreateResourceTypeResponse {
    /** Created resource type. */
    resourceType?: ResourceType;
}
declare enum CreateResourceTypeErrors {
    /** Failed to create requested `quantity` of resources for the resource type */
    FAILED_TO_CREATE_RESOURCES = "FAILED_TO_CREATE_RESOURCES"
}
/** @enumType */
type CreateResourceTypeErrorsWithLiterals = CreateResourceTypeErrors | 'FAILED_TO_CREATE_RESOURCES';
interface GetResourceTypeRequest {
    /**
     * ID of the resource type to retrieve.
     * @format GUID
     */
    resourceTypeId: string;
}
interface GetResourceTypeResponse {
    /** Retrieved resource type. */
    resourceType?: ResourceType;
}
interface UpdateResourceTypeRequest {
    /** Resource type to update. */
    resourceType: ResourceType;
}
interface UpdateResourceTypeResponse {
    /** Updated resource type. */
    resourceType?: ResourceType;
}
interface DeleteResourceTypeRequest {
    /**
     * ID of the resource type to delete.
     * @format GUID
     */
    resourceTypeId: string;
}
interface DeleteResourceTypeResponse {
}
interface QueryResourceTypesRequest {
    /** Information about filtering and sorting. */
    query?: CursorQuery;
}
interface CursorQuery extends CursorQueryPagingMethodOneOf {
    /** Cursor token pointing to a page of results. Not used in the first request. Following requests use the cursor token and not `filter` or `sort`. */
    cursorPaging?: CursorPaging;
    /**
     * Filter object in the following format:
     * `"filter" : {
     * "fieldName1": "value1",
     * "fieldName2":{"$operator":"value2"}
     * }`
     * Example of operators: `$eq`, `$ne`, `$lt`, `$lte`, `$gt`, `$gte`, `$in`, `$hasSome`, `$hasAll`, `$startsWith`, `$contains`
     */
    filter?: Record<string, any> | null;
    /**
     * Sort object in the following format:
     * `[{"fieldName":"sortField1","order":"ASC"},{"fieldName":"sortField2","order":"DESC"}]`
     * @maxSize 3
     */
    sort?: Sorting[];
}
/** @oneof */
interface CursorQueryPagingMethodOneOf {
    /** Cursor token pointing to a page of results. Not used in the first request. Following requests use the cursor token and not `filter` or `sort`. */
    cursorPaging?: CursorPaging;
}
interface Sorting {
    /**
     * Name of the field to sort by.
     * @maxLength 200
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
interface CursorPaging {
    /**
     * Number of items to load.
     * @max 100
     */
    limit?: number | null;
    /**
     * Pointer to the next or previous page in the list of results.
     *
     * You can get the relevant cursor token
     * from the `pagingMetadata` object in the previous call's response.
     * Not relevant for the first request.
     * @maxLength 16000
     */
    cursor?: string | null;
}
interface QueryResourceTypesResponse {
    /** Retrieved resource types. */
    resourceTypes?: ResourceType[];
    /** Paging metadata. */
    pagingMetadata?: CursorPagingMetadata;
}
interface CursorPagingMetadata {
    /** Number of items returned in the response. */
    count?: number | null;
    /** Offset that was requested. */
    cursors?: Cursors;
    /**
     * Indicates if there are more results after the current page.
     * If `true`, another page of results can be retrieved.
     * If `false`, this is the last page.
     */
    hasNext?: boolean | null;
}
interface Cursors {
    /**
     * Cursor pointing to next page in the list of results.
     * @maxLength 16000
     */
    next?: string | null;
    /**
     * Cursor pointing to previous page in the list of results.
     * @maxLength 16000
     */
    prev?: string | null;
}
interface CountResourceTypesRequest {
    /**
     * Filter to base the count on.
     * See [Query Resource Types](https://dev.wix.com/docs/api-reference/business-solutions/bookings/resources/resource-types-v2/query-resource-types) for a list of supported filters.
     */
    filter?: Record<string, any> | null;
}
interface CountResourceTypesResponse {
    /** Number of resource types matching the filter. */
    count?: number;
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
type CreateResourceTypeApplicationErrors = {
    code?: 'RESOURCE_TYPE_ALREADY_EXISTS_FOR_NAME';
    description?: string;
    data?: Record<string, any>;
} | {
    code?: 'MAX_NUMBER_OF_RESOURCE_TYPES_REACHED';
    description?: string;
    data?: Record<string, any>;
};
/** @docsIgnore */
type UpdateResourceTypeApplicationErrors = {
    code?: 'RESOURCE_TYPE_ALREADY_EXISTS_FOR_NAME';
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
declare function createResourceType(): __PublicMethodMetaInfo<'POST', {}, CreateResourceTypeRequest$1, CreateResourceTypeRequest, CreateResourceTypeResponse$1, CreateResourceTypeResponse>;
declare function getResourceType(): __PublicMethodMetaInfo<'GET', {
    resourceTypeId: string;
}, GetResourceTypeRequest$1, GetResourceTypeRequest, GetResourceTypeResponse$1, GetResourceTypeResponse>;
declare function updateResourceType(): __PublicMethodMetaInfo<'PATCH', {
    resourceTypeId: string;
}, UpdateResourceTypeRequest$1, UpdateResourceTypeRequest, UpdateResourceTypeResponse$1, UpdateResourceTypeResponse>;
declare function deleteResourceType(): __PublicMethodMetaInfo<'DELETE', {
    resourceTypeId: string;
}, DeleteResourceTypeRequest$1, DeleteResourceTypeRequest, DeleteResourceTypeResponse$1, DeleteResourceTypeResponse>;
declare function queryResourceTypes(): __PublicMethodMetaInfo<'POST', {}, QueryResourceTypesRequest$1, QueryResourceTypesRequest, QueryResourceTypesResponse$1, QueryResourceTypesResponse>;
declare function countResourceTypes(): __PublicMethodMetaInfo<'POST', {}, CountResourceTypesRequest$1, CountResourceTypesRequest, CountResourceTypesResponse$1, CountResourceTypesResponse>;

export { type AccountInfo as AccountInfoOriginal, type ActionEvent as ActionEventOriginal, type BusinessLocation as BusinessLocationOriginal, type CountResourceTypesRequest as CountResourceTypesRequestOriginal, type CountResourceTypesResponse as CountResourceTypesResponseOriginal, type CreateResourceTypeApplicationErrors as CreateResourceTypeApplicationErrorsOriginal, CreateResourceTypeErrors as CreateResourceTypeErrorsOriginal, type CreateResourceTypeErrorsWithLiterals as CreateResourceTypeErrorsWithLiteralsOriginal, type CreateResourceTypeRequest as CreateResourceTypeRequestOriginal, type CreateResourceTypeResponse as CreateResourceTypeResponseOriginal, type CursorPagingMetadata as CursorPagingMetadataOriginal, type CursorPaging as CursorPagingOriginal, type CursorQuery as CursorQueryOriginal, type CursorQueryPagingMethodOneOf as CursorQueryPagingMethodOneOfOriginal, type Cursors as CursorsOriginal, type DeleteResourceTypeRequest as DeleteResourceTypeRequestOriginal, type DeleteResourceTypeResponse as DeleteResourceTypeResponseOriginal, type DistinctLocationIds as DistinctLocationIdsOriginal, type DomainEventBodyOneOf as DomainEventBodyOneOfOriginal, type DomainEvent as DomainEventOriginal, type EntityCreatedEvent as EntityCreatedEventOriginal, type EntityDeletedEvent as EntityDeletedEventOriginal, type EntityUpdatedEvent as EntityUpdatedEventOriginal, type ExtendedFields as ExtendedFieldsOriginal, type GetResourceTypeRequest as GetResourceTypeRequestOriginal, type GetResourceTypeResponse as GetResourceTypeResponseOriginal, type IdentificationDataIdOneOf as IdentificationDataIdOneOfOriginal, type IdentificationData as IdentificationDataOriginal, type LocationOptions as LocationOptionsOriginal, type MessageEnvelope as MessageEnvelopeOriginal, type QueryResourceTypesRequest as QueryResourceTypesRequestOriginal, type QueryResourceTypesResponse as QueryResourceTypesResponseOriginal, RequestedFields as RequestedFieldsOriginal, type RequestedFieldsWithLiterals as RequestedFieldsWithLiteralsOriginal, type ResourceCounts as ResourceCountsOriginal, type ResourceType as ResourceTypeOriginal, type RestoreInfo as RestoreInfoOriginal, SortOrder as SortOrderOriginal, type SortOrderWithLiterals as SortOrderWithLiteralsOriginal, type Sorting as SortingOriginal, type SpecificLocation as SpecificLocationOriginal, type UpdateResourceTypeApplicationErrors as UpdateResourceTypeApplicationErrorsOriginal, type UpdateResourceTypeRequest as UpdateResourceTypeRequestOriginal, type UpdateResourceTypeResponse as UpdateResourceTypeResponseOriginal, WebhookIdentityType as WebhookIdentityTypeOriginal, type WebhookIdentityTypeWithLiterals as WebhookIdentityTypeWithLiteralsOriginal, type __PublicMethodMetaInfo, countResourceTypes, createResourceType, deleteResourceType, getResourceType, queryResourceTypes, updateResourceType };
