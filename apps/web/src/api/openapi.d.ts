// Generated from the API's OpenAPI document by `npm run api-types`; do not edit. The tests fail when it differs from the API.
export interface paths {
    "/api/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditTrailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-trail/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditTrailController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bans/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BansController_active"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bans/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BansController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CitizensController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CitizensController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CitizensController_update"];
        trace?: never;
    };
    "/api/citizens/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CitizenRightsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizens/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CitizenRightsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizens/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CitizensController_getPhoto"];
        put: operations["CitizensController_putPhoto"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HomeVisitsController_list"];
        put?: never;
        post: operations["HomeVisitsController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home-visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HomeVisitsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home-visits/plan-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HomeVisitsController_planForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_list"];
        put?: never;
        post: operations["IncidentsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_diagram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_facets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/report-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/publications/{number}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LetterTemplatesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LetterTemplatesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/versions/{sha}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/versions/{sha}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_text"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/versions/{sha}/preview.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_previewDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/versions/{sha}/preview.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LetterTemplatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letter-templates/{code}/versions/{sha}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LetterTemplatesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letters/{id}/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letters/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letters/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LettersController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_units"];
        put?: never;
        post: operations["OrganisationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganisationController_remove"];
        options?: never;
        head?: never;
        patch: operations["OrganisationController_rename"];
        trace?: never;
    };
    "/api/process-instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InstancesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InstancesController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_models"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/{key}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ModelsController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/{key}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/{key}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_draft"];
        put: operations["ModelsController_saveDraft"];
        post?: never;
        delete: operations["ModelsController_discardDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_versions"];
        put?: never;
        post: operations["ModelsController_deploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/{key}/versions/{version}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_xml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_catalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-models/element-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ModelsController_elementTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TasksController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_facets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_change"];
        trace?: never;
    };
    "/api/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["UsersController_setPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["UsersController_place"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_forms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditLineView: {
            /** @enum {string} */
            action: "sign-in" | "sign-out" | "user-created" | "user-changed" | "user-deactivated" | "user-activated" | "password-set" | "user-placed" | "read" | "search" | "download" | "export" | "incident-reported" | "citizen-changed" | "photo-attached" | "task-claimed" | "task-released" | "task-completed" | "step-retried" | "home-visit-planned" | "citizen-exported" | "citizen-erased" | "retention-removed";
            /** @example ingezien */
            actionLabel: string;
            /**
             * @description De gebruikersnaam toen
             * @example afdelingshoofd
             */
            actor: string;
            /**
             * @description De naam van het account nu
             * @example Marieke Jansen
             */
            actorName: string | null;
            /**
             * @description Het adres waar het verzoek vandaan kwam
             * @example 10.1.2.3
             */
            address: string | null;
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            citizenId: string | null;
            /** @example J. de Vries */
            citizenName: string | null;
            /** @description Wat verder vastligt: zoektermen, gewijzigde velden */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description De details in woorden
             * @example naam: J. de Vries; formaat: docx
             */
            detailsLabel: string;
            id: string;
            /** Format: uuid */
            incidentId: string | null;
            /** @example AG-2026-00012 */
            incidentReference: string | null;
            /** @description Waarom, als de handeling dat zegt */
            reason: string | null;
            resourceId: string | null;
            /** @example incidentdossier */
            resourceLabel: string;
            /** @enum {string} */
            resourceType: "session" | "user" | "incident" | "incident-list" | "letter" | "citizen" | "photo" | "ban" | "ban-register" | "task" | "process-instance" | "home-visit" | "audit-trail";
        };
        BanInForce: {
            /** Format: uuid */
            citizenId: string;
            /** Format: date */
            dateOfBirth: string | null;
            /** @example P6M */
            duration: string;
            /**
             * Format: date
             * @description Het verbod geldt tot en met deze dag
             * @example 2027-06-02
             */
            endsOn: string;
            /** @description Er is een foto om de bezoeker te herkennen (GET /api/citizens/:id/photo) */
            hasPhoto: boolean;
            /** Format: uuid */
            id: string;
            /** @example AG-2026-00012 */
            incidentReference: string;
            /**
             * @description Wat de receptie doet als deze bezoeker komt: uit het model dat het verbod voorstelde (access-ban, invoer instruction van bans.propose)
             * @example Laat de bezoeker niet binnen. Betreedt hij toch het gebouw, bel dan meteen de politie.
             */
            instruction: string;
            /** Format: uuid */
            letterId: string | null;
            /** @example J. de Vries */
            name: string;
            /**
             * @description Voor welke gebouwen het verbod geldt
             * @example alle gebouwen van de gemeente
             */
            scope: string;
            /**
             * Format: date
             * @example 2026-12-02
             */
            startsOn: string;
        };
        BanLookupResult: {
            /** @description Heeft de bezoeker op die dag een toegangsverbod? */
            banned: boolean;
            bans: components["schemas"]["BanInForce"][];
            /**
             * Format: date
             * @description De dag waarvoor is gekeken
             */
            checkedOn: string;
        };
        CatalogView: {
            forms: components["schemas"]["FormSpecView"][];
            processes: components["schemas"]["ProcessSpecView"][];
            roles: components["schemas"]["ChoiceView"][];
            topics: components["schemas"]["TopicSpecView"][];
        };
        ChangedElementView: {
            changes: components["schemas"]["PropertyChangeView"][];
            /** @example incident_talk */
            id: string;
            /** @example Gebruikerstaak "Incidentgesprek" */
            label: string;
        };
        ChoiceView: {
            /** @example afdelingshoofd */
            label: string;
            /** @example department-head */
            value: string;
        };
        CitizenDto: {
            /** @example Voorbeeldstad */
            city?: string;
            /**
             * @description Geboortedatum (JJJJ-MM-DD); nodig om de burger terug te vinden
             * @example 1980-04-12
             */
            dateOfBirth?: string;
            /** @example J. de Vries */
            name: string;
            /** @example 06-12345678 */
            phone?: string;
            /** @example 1234 AB */
            postalCode?: string;
            /** @example Dorpsstraat 1 */
            streetAddress?: string;
        };
        CitizenView: {
            city: string | null;
            /** Format: date */
            dateOfBirth: string | null;
            /** Format: uuid */
            id: string;
            /** @example J. de Vries */
            name: string;
            postalCode: string | null;
            streetAddress: string | null;
        };
        DeactivationDto: {
            /** @example Uit dienst per 1 december */
            reason?: string;
        };
        DefinitionProblemView: {
            /**
             * @description Het element in het model; leeg als het om het model als geheel gaat
             * @example sign_tc3
             */
            elementId: string | null;
            /** @example Gebruikerstaak "Brief tekenen" noemt rol "burgemeester", die niet bestaat. */
            message: string;
        };
        DeployModelDto: {
            /** @description De versie waarvan het concept uitgaat; leeg voor een nieuw model */
            baseVersion?: number | null;
            /**
             * @description Wat er verandert en waarom; staat bij de versie
             * @example Incidentgesprek toegevoegd na incidenten aan de balie
             */
            comment: string;
            /**
             * Format: uuid
             * @description Het team waarvoor dit een variant is; leeg voor het protocol van de hele organisatie
             */
            unitId?: string | null;
            /** @description Het model als BPMN 2.0-XML */
            xml: string;
        };
        DiagramDefinitionView: {
            /** Format: uuid */
            id: string;
            /** @example phone */
            key: string;
            /** @example Telefonische agressie */
            name: string;
            version: number;
            /** @description Het BPMN-model van precies deze versie */
            xml: string;
        };
        DiagramInstanceView: {
            /**
             * Format: uuid
             * @description De versie van het model (definitions[].id)
             */
            definitionId: string;
            /** @description Elementen die zijn afgerond */
            done: string[];
            /** Format: date-time */
            endedAt: string | null;
            /** @description Het element waarop het proces vastliep */
            failed: string[];
            /** Format: uuid */
            id: string;
            /** @description Wachtende taken waarvan de termijn verstreken is */
            overdue: string[];
            /**
             * Format: uuid
             * @description Het proces dat dit deelproces aanriep
             */
            parentInstanceId: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "waiting" | "completed" | "failed" | "cancelled";
            /** @description Elementen waarop het proces nu wacht: taken, termijnen, deelprocessen */
            waiting: string[];
        };
        DiffElementView: {
            /** @example incident_talk */
            id: string;
            /** @example Gebruikerstaak "Incidentgesprek" */
            label: string;
        };
        DiffPartView: {
            /** @enum {string} */
            kind: "same" | "added" | "removed";
            text: string;
        };
        ErasureBlocker: {
            /**
             * Format: uuid
             * @description Het toegangsverbod of de brief (het besluit)
             */
            id: string;
            /**
             * @description Een toegangsverbod dat is voorgesteld of geldt, of een besluit waartegen nog bezwaar kan worden gemaakt
             * @enum {string}
             */
            kind: "ban" | "objection-period";
            /** @example het toegangsverbod bij incident AG-2026-00012 (alle gebouwen van de gemeente) geldt van 15 september 2026 tot en met 15 maart 2027 */
            message: string;
            /**
             * @description Kenmerk van het incident
             * @example AG-2026-00012
             */
            reference: string;
            /**
             * Format: date
             * @description De laatste dag dat het geldt, als die bekend is
             */
            until: string | null;
        };
        ErasureRequestDto: {
            /** @example Verzoek van de burger van 3 maart 2031 (AVG art. 17), zaak 2031-0042 */
            reason: string;
        };
        ErasureView: {
            incidents: number;
            letters: number;
            /** @description Berichten, e-mails, huisbezoeken en regels van de audittrail waarin de naam of het adres stond */
            otherRows: number;
            processInstances: number;
            tasks: number;
        };
        ErrorView: {
            /** @description Wat de service verder over de weigering zegt, bv. de problemen van een geweigerd model of briefsjabloon */
            details?: unknown;
            /** @example BAD_REQUEST */
            error: string;
            /** @description Bij ongeldige invoer: elk veld met wat er mis is */
            errors?: {
                /** @example citizen.name */
                field: string;
                problems: string[];
            }[];
            /** @example Ongeldige invoer */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        FileBanView: {
            /** Format: uuid */
            citizenId: string;
            /** Format: date-time */
            createdAt: string;
            /** @example P6M */
            duration: string;
            /** Format: date-time */
            endedAt: string | null;
            /**
             * Format: date
             * @description Het verbod geldt tot en met deze dag
             */
            endsOn: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            imposedBy: string | null;
            /** Format: uuid */
            incidentId: string;
            /**
             * Format: uuid
             * @description De ondertekende brief die het verbod oplegde
             */
            letterId: string | null;
            /** @example alle gebouwen van de gemeente */
            scope: string;
            /** Format: date */
            startsOn: string | null;
            /** @enum {string} */
            status: "proposed" | "active" | "ended" | "withdrawn";
        };
        FileTaskView: {
            /** Format: uuid */
            assigneeId: string | null;
            /**
             * @description Wie de taak heeft opgepakt of toegewezen kreeg
             * @example Rik Vos
             */
            assigneeName: string | null;
            businessKey: string;
            /** @description De rollen op wie de taak wacht */
            candidateGroups: string[];
            /** Format: date-time */
            claimedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            completedBy: string | null;
            /** @description Wie de taak afrondde */
            completedByName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /** @description Het element in het procesmodel */
            elementId: string;
            executionId: string;
            /** @description Het ingevulde formulier */
            form: {
                [key: string]: unknown;
            } | null;
            formKey: string | null;
            /** Format: uuid */
            id: string;
            input: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            instanceId: string;
            /** @example Brief beoordelen en ondertekenen */
            name: string;
            /**
             * @description De paragrafen van het protocol die deze stap uitvoert, zoals het model ze noemt
             * @example [
             *       "7.3, 24 uur"
             *     ]
             */
            paragraphs: string[];
            processKey: string | null;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
        };
        FileTimerView: {
            /** Format: date-time */
            dueAt: string;
            elementId: string;
            /** Format: date-time */
            firedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            instanceId: string;
            /** @example Na 1 tot 3 dagen */
            name: string;
            /**
             * @description De paragrafen van het protocol die deze stap uitvoert, zoals het model ze noemt
             * @example [
             *       "6.1, 2e gesprek"
             *     ]
             */
            paragraphs: string[];
            /** @enum {string} */
            status: "scheduled" | "fired" | "cancelled" | "failed";
        };
        FormSpecView: {
            inputs: components["schemas"]["InputSpecView"][];
            /** @example letter-signing */
            key: string;
            /** @example incident */
            subject: string;
            /** @example Brief beoordelen en ondertekenen */
            title: string;
        };
        HealthView: {
            /** @description Of ondertekende brieven ook als PDF/A worden bewaard; zonder LibreOffice alleen als DOCX */
            pdf: boolean;
            /**
             * @description Bestanden in letter-templates/ die bij het starten zijn geweigerd; hun brief gebruikt de gepubliceerde versie (details in de sjabloonbibliotheek)
             * @example [
             *       "TC3.docx"
             *     ]
             */
            refusedLetterTemplateFiles: string[];
            /**
             * @description Bestanden in processes/ die bij het starten zijn geweigerd; hun model draait op de opgeslagen versie (details in de modeller)
             * @example [
             *       "counter.bpmn"
             *     ]
             */
            refusedModelFiles: string[];
            /** @example ok */
            status: string;
        };
        HomeVisitCheckOut: {
            /** Format: date-time */
            checkedOutAt: string;
            /** @description De collega bij wie is uitgemeld (null als die niet meer actief is) */
            colleague: components["schemas"]["HomeVisitPerson"] | null;
            /** Format: date-time */
            expectedEnd: string;
            /** @example 06 12345678 */
            mobile: string;
        };
        HomeVisitPerson: {
            /** @example Sanne de Boer */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @example medewerker */
            username: string;
        };
        HomeVisitPlanForm: {
            /** @example home-visit-plan */
            key: string;
            schema: {
                [key: string]: unknown;
            };
            /** @example Huisbezoek plannen */
            title: string;
        };
        HomeVisitStep: {
            /** Format: uuid */
            assigneeId: string | null;
            candidateGroups: string[];
            /** @description Waarom het model de stap sloot voordat iemand hem deed, bv. omdat de medewerker zich alsnog terugmeldde */
            closeMessage: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            dueAt: string | null;
            /**
             * @description Het element in home-visit-safety.bpmn
             * @example check_out
             */
            elementId: string;
            /** @example Uitmelden bij een directe collega */
            name: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            /**
             * Format: uuid
             * @description De taak (GET /api/tasks/:id)
             */
            taskId: string;
        };
        HomeVisitSummary: {
            /** @example Kerkstraat 12, 1234 AB Voorbeeldstad */
            address: string;
            /**
             * Format: date-time
             * @description Wanneer de medewerker zich terugmeldde
             */
            checkedInAt: string | null;
            checkOut: components["schemas"]["HomeVisitCheckOut"] | null;
            /** @description De medewerker die het bezoek plande */
            employee: components["schemas"]["HomeVisitPerson"];
            /** Format: uuid */
            id: string;
            /** @example 60 */
            plannedMinutes: number;
            /** Format: date-time */
            plannedStart: string;
            /** @example Controle bouwwerk */
            purpose: string;
            /**
             * @description Waar de veiligheidsstappen staan: gepland, buiten kantooruren (bij het afdelingshoofd), risico inschatten, besluit van het afdelingshoofd, uitmelden, onderweg, teruggemeld, niet teruggemeld
             * @enum {string}
             */
            stage: "planned" | "outside-office-hours" | "risk-assessment" | "decision" | "check-out" | "under-way" | "back" | "not-back";
            /** @example Bouwbedrijf De Vries */
            visitedName: string;
            /** @example 0575 123456 */
            visitedPhone: string | null;
        };
        HomeVisitView: {
            /** @example Kerkstraat 12, 1234 AB Voorbeeldstad */
            address: string;
            /**
             * Format: date-time
             * @description Wanneer de medewerker zich terugmeldde
             */
            checkedInAt: string | null;
            checkOut: components["schemas"]["HomeVisitCheckOut"] | null;
            /** @description De medewerker die het bezoek plande */
            employee: components["schemas"]["HomeVisitPerson"];
            /** Format: uuid */
            id: string;
            /** @example 60 */
            plannedMinutes: number;
            /** Format: date-time */
            plannedStart: string;
            /** @example Controle bouwwerk */
            purpose: string;
            /**
             * @description Waar de veiligheidsstappen staan: gepland, buiten kantooruren (bij het afdelingshoofd), risico inschatten, besluit van het afdelingshoofd, uitmelden, onderweg, teruggemeld, niet teruggemeld
             * @enum {string}
             */
            stage: "planned" | "outside-office-hours" | "risk-assessment" | "decision" | "check-out" | "under-way" | "back" | "not-back";
            /** @description De stappen, de oudste eerst */
            steps: components["schemas"]["HomeVisitStep"][];
            /** @example Bouwbedrijf De Vries */
            visitedName: string;
            /** @example 0575 123456 */
            visitedPhone: string | null;
        };
        IncidentCitizenView: {
            city: string | null;
            /** Format: date */
            dateOfBirth: string | null;
            /** Format: uuid */
            id: string;
            /** @example J. de Vries */
            name: string;
            phone: string | null;
            postalCode: string | null;
            streetAddress: string | null;
        };
        IncidentDiagramView: {
            definitions: components["schemas"]["DiagramDefinitionView"][];
            /** @description Het protocol eerst, dan de deelprocessen in de volgorde waarin ze begonnen */
            instances: components["schemas"]["DiagramInstanceView"][];
        };
        IncidentFacets: {
            /** @description Incidenten per kanaal, elk kanaal met een protocol */
            channels: components["schemas"]["IncidentFacetView"][];
        };
        IncidentFacetView: {
            count: number;
            /** @example phone */
            key: string;
            /** @example telefonische agressie */
            label: string;
        };
        IncidentFileView: {
            bans: components["schemas"]["FileBanView"][];
            /** @enum {string} */
            behaviour: "insult" | "discrimination" | "house-rules" | "aggression" | "psychological-pressure" | "threat" | "property-damage" | "violence";
            /** @example bedreiging */
            behaviourLabel: string;
            /** @enum {string} */
            category: "I" | "II" | "III";
            /** @enum {string} */
            channel: "phone" | "written" | "counter" | "property-damage" | "violence" | "home-visit" | "public-road" | "outside-hours";
            /** @example telefonische agressie */
            channelLabel: string;
            citizen: components["schemas"]["IncidentCitizenView"];
            /** Format: uuid */
            citizenId: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @description Herhaling binnen de termijn van het model */
            isRepeat: boolean | null;
            /** @description Wat als hetzelfde gedrag telt bij recidive (door het model gezet) */
            kind: string | null;
            letters: components["schemas"]["LetterView"][];
            location: string;
            /** Format: date-time */
            occurredAt: string;
            problems: components["schemas"]["ProcessProblemView"][];
            process: components["schemas"]["ProcessStateView"] | null;
            /** Format: uuid */
            processInstanceId: string | null;
            /** @description Welke versies van welke modellen voor dit incident liepen: het kanaal eerst, dan de deelprocessen in volgorde van starten */
            protocols: components["schemas"]["ProtocolRunView"][];
            /** @example AG-2026-00012 */
            reference: string;
            /** Format: uuid */
            reportedBy: string;
            /** @example Sanne de Boer */
            reportedByName: string | null;
            tasks: components["schemas"]["FileTaskView"][];
            timeline: components["schemas"]["TimelineEventView"][];
            /** @description Termijnen waarop het protocol wacht of wachtte */
            timers: components["schemas"]["FileTimerView"][];
            /**
             * @description Het team van de melder bij het melden; leeg als die geen team had
             * @example Publiekszaken
             */
            unitName: string | null;
        };
        IncidentSummaryView: {
            /** @enum {string} */
            behaviour: "insult" | "discrimination" | "house-rules" | "aggression" | "psychological-pressure" | "threat" | "property-damage" | "violence";
            /** @example bedreiging */
            behaviourLabel: string;
            /** @enum {string} */
            category: "I" | "II" | "III";
            /** @enum {string} */
            channel: "phone" | "written" | "counter" | "property-damage" | "violence" | "home-visit" | "public-road" | "outside-hours";
            /** @example telefonische agressie */
            channelLabel: string;
            /** Format: uuid */
            citizenId: string;
            /** @example J. de Vries */
            citizenName: string;
            /**
             * Format: date-time
             * @description Wanneer het incident werd gemeld
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description De stand van het protocol
             * @enum {string|null}
             */
            processStatus: "waiting" | "completed" | "failed" | "cancelled" | null;
            /** @example AG-2026-00012 */
            reference: string;
        };
        InputSpecView: {
            choices?: components["schemas"]["ChoiceView"][];
            description?: string;
            /** @example P6M */
            example?: string;
            /** @enum {string} */
            kind: "text" | "duration" | "choice" | "choices" | "pattern";
            /** @example Termijn */
            label: string;
            /** @example window */
            name: string;
            /** @description Reguliere expressie waaraan de waarde voldoet */
            pattern?: string;
            required: boolean;
        };
        LetterFieldView: {
            /** @example naam van de burger */
            description: string;
            /**
             * @description Voorbeeldwaarde (tekst, of waar/onwaar bij een voorwaarde)
             * @example J. de Vries
             */
            example: string;
            /** @description Alleen sommige brieven hebben dit veld */
            optional: boolean;
            /** @description Elke brief moet dit veld tonen */
            required: boolean;
            /** @example burger.naam */
            tag: string;
            /** @description De gepubliceerde versie gebruikt dit veld */
            used: boolean;
        };
        LetterTemplateDetailView: {
            /**
             * @description Rollen aan wie de ondertekende brief is gericht
             * @example [
             *       "receptie"
             *     ]
             */
            addressees: string[];
            /** @example TC3 */
            code: string;
            /** @description Een besluit waartegen bezwaar mogelijk is: de brief moet de bezwaarclausule bevatten */
            decision: boolean;
            /** @description Opgeslagen versies die nog niet zijn gepubliceerd */
            drafts: number;
            fields: components["schemas"]["LetterFieldView"][];
            /** @description De versie die nieuwe brieven gebruiken */
            live: components["schemas"]["PublicationView"] | null;
            /** @description Of de service brieven als PDF kan maken (LibreOffice is geïnstalleerd) */
            pdfAvailable: boolean;
            /** @description Elke publicatie, nieuwste eerst */
            publications: components["schemas"]["PublicationView"][];
            /** @example Waarschuwing na discriminatie of bedreiging aan de telefoon (1e keer) */
            purpose: string;
            /** @description Het bestand in letter-templates/ dat bij de laatste start is geweigerd */
            refusedFile: components["schemas"]["RefusedTemplateFileView"] | null;
            /**
             * @description De voorbeeldgegevens waarmee de brief wordt getest en bekeken
             * @example [
             *       "voorbeeldwaarden",
             *       "TC3.sample.json"
             *     ]
             */
            samples: string[];
            /** @description Waar de in gebruik genomen modellen de brief opstellen */
            uses: components["schemas"]["LetterUseView"][];
            /** @description Elke opgeslagen versie, nieuwste eerst */
            versions: components["schemas"]["TemplateVersionView"][];
        };
        LetterTemplateView: {
            /**
             * @description Rollen aan wie de ondertekende brief is gericht
             * @example [
             *       "receptie"
             *     ]
             */
            addressees: string[];
            /** @example TC3 */
            code: string;
            /** @description Een besluit waartegen bezwaar mogelijk is: de brief moet de bezwaarclausule bevatten */
            decision: boolean;
            /** @description Opgeslagen versies die nog niet zijn gepubliceerd */
            drafts: number;
            /** @description De versie die nieuwe brieven gebruiken */
            live: components["schemas"]["PublicationView"] | null;
            /** @example Waarschuwing na discriminatie of bedreiging aan de telefoon (1e keer) */
            purpose: string;
            /** @description Het bestand in letter-templates/ dat bij de laatste start is geweigerd */
            refusedFile: components["schemas"]["RefusedTemplateFileView"] | null;
            /** @description Waar de in gebruik genomen modellen de brief opstellen */
            uses: components["schemas"]["LetterUseView"][];
        };
        LetterUseView: {
            /**
             * @description De kanalen die via dit model bij de brief uitkomen
             * @example [
             *       "telefonisch contact"
             *     ]
             */
            channels: string[];
            /** @example phone */
            model: string;
            /** @example Telefonische agressie */
            modelName: string;
            /**
             * @description Wie de brief ondertekent, volgens het model
             * @example afdelingshoofd
             */
            signer: string;
        };
        LetterVerificationView: {
            /** @example TC4 */
            code: string;
            /** @description Wijkt het bestand af: of de tekst en opmaak (elk onderdeel van het Word-bestand) toch gelijk zijn, zodat alleen de verpakking verschilt */
            contentMatches: boolean | null;
            /** Format: date-time */
            erasedAt: string | null;
            /** Format: uuid */
            letterId: string;
            /** @description Of het opnieuw gemaakte document byte voor byte de vastgelegde sha256 heeft */
            matches: boolean;
            /** @description Het oordeel in woorden */
            message: string;
            /**
             * @description klopt (opnieuw gemaakt geeft precies het vastgelegde document), wijkt af, niet meer na te gaan omdat de persoonsgegevens zijn gewist, of de sjabloonversie ontbreekt
             * @enum {string}
             */
            outcome: "matches" | "differs" | "erased" | "template-missing";
            /** @description sha256 van het document zoals het werd vastgelegd (bij ondertekening) */
            recordedSha256: string;
            /** @description sha256 van het opnieuw gemaakte document */
            renderedSha256: string | null;
            /** @enum {string} */
            status: "draft" | "approved" | "rejected" | "final";
            /** @description Of het bewaarde document nog de vastgelegde sha256 heeft */
            storedMatches: boolean;
            /** @description sha256 van de sjabloonversie waarmee de brief is gemaakt */
            templateHash: string;
            /** @description Of de bewaarde sjabloonversie die sha256 heeft */
            templateMatches: boolean;
        };
        LetterView: {
            /** @example TC3 */
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            /** @example /api/letters/…/docx */
            downloadUrl: string;
            /**
             * Format: date-time
             * @description Wanneer de brief ondertekend en definitief werd
             */
            finalizedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** @description sha256 van de PDF/A, zodra die is gemaakt */
            pdfSha256: string | null;
            /**
             * @description De PDF/A: gemaakt, wordt gemaakt (kort na ondertekening), niet beschikbaar (de service heeft geen LibreOffice; alleen DOCX) of geen (nog niet ondertekend)
             * @enum {string}
             */
            pdfState: "ready" | "pending" | "unavailable" | "none";
            /**
             * @description De PDF/A van de ondertekende brief, of het concept als PDF
             * @example /api/letters/…/pdf
             */
            pdfUrl: string | null;
            /** @description Waarom de ondertekenaar de brief terugstuurde */
            rejectionComment: string | null;
            /** @description sha256 van het document */
            sha256: string;
            /**
             * @description De rol die ondertekent
             * @example department-head
             */
            signerRole: string;
            /**
             * @description concept, goedgekeurd, afgekeurd of definitief (ondertekend)
             * @enum {string}
             */
            status: "draft" | "approved" | "rejected" | "final";
            /** @description sha256 van de sjabloonversie */
            templateHash: string;
        };
        LoginDto: {
            /** @example demo */
            password: string;
            /** @example afdelingshoofd */
            username: string;
        };
        LoginResponseDto: {
            /** @description Bearer-token voor de Authorization-header */
            accessToken: string;
            /**
             * Format: date-time
             * @description Tot wanneer het token geldig is
             */
            expiresAt: string;
            user: components["schemas"]["SignedInUserDto"];
        };
        ModelCheckView: {
            problems: components["schemas"]["DefinitionProblemView"][];
        };
        ModelDiffView: {
            /** @description In de nieuwere versie erbij gekomen */
            added: components["schemas"]["DiffElementView"][];
            /** @description In beide, met andere eigenschappen */
            changed: components["schemas"]["ChangedElementView"][];
            /** @description De oudere versie */
            from: number;
            /** @description In de nieuwere versie weggehaald */
            removed: components["schemas"]["DiffElementView"][];
            /** @description De nieuwere versie */
            to: number;
        };
        ModelDraftView: {
            /** @description De versie waarvan het concept is uitgegaan */
            baseVersion: number | null;
            /** @example counter */
            key: string;
            /** Format: date-time */
            savedAt: string;
            /**
             * Format: uuid
             * @description Het team waarvoor het concept een variant is; leeg voor de organisatie
             */
            unitId: string | null;
            xml: string;
        };
        ModelVariantView: {
            /** Format: date-time */
            deployedAt: string;
            /** Format: uuid */
            unitId: string;
            /** @example Publiekszaken */
            unitName: string;
            /** @example 5 */
            version: number;
        };
        ModelVersionView: {
            /** @example Incidentgesprek toegevoegd */
            comment: string | null;
            /** Format: date-time */
            deployedAt: string;
            /** @example Bram de Vries */
            deployedByName: string | null;
            /** @example Agressie aan de balie */
            name: string;
            /**
             * @description Lopende incidenten en deelprocessen op deze versie
             * @example 12
             */
            runningInstances: number;
            /**
             * @description Het bestand waaruit de versie bij het starten is gelezen; leeg bij een deploy uit de browser
             * @example counter.bpmn
             */
            sourceFile: string | null;
            /**
             * Format: uuid
             * @description Het team waarvoor deze versie een variant is; leeg voor de organisatie
             */
            unitId: string | null;
            /** @example Publiekszaken */
            unitName: string | null;
            /** @example 3 */
            version: number;
        };
        ModelXmlDto: {
            /** @description Het model als BPMN 2.0-XML */
            xml: string;
        };
        NewUserDto: {
            /** @example Sanne de Boer */
            displayName: string;
            /** @example s.deboer@voorbeeldstad.nl */
            email?: string | null;
            /** @example medewerker Klantcontactcentrum */
            jobTitle: string;
            password: string;
            roles: ("employee" | "team-lead" | "department-head" | "college" | "public-contacts-head" | "reception" | "hr" | "policy-owner" | "legal" | "admin" | "auditor")[];
            /** @example s.deboer */
            username: string;
        };
        NotificationView: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId: string | null;
            /** @example AG-2026-00012 */
            incidentReference: string | null;
            /** @description Heb ik het gelezen? */
            read: boolean;
            /**
             * @description De rol waaraan het bericht is gestuurd; null bij een bericht aan mij alleen
             * @example reception
             */
            role: string | null;
            /** @example Toegangsverbod opgelegd */
            subject: string;
        };
        OnSiteStep: {
            /**
             * @description Tijdstip
             * @example 2026-11-20T10:17:00+01:00
             */
            at: string;
            /**
             * @description Stap
             * @enum {string}
             */
            step: "addressed" | "conversation-ended" | "asked-to-leave" | "alarm-raised" | "withdrew" | "colleague-assisted" | "asked-twice" | "police-called" | "department-head-informed" | "left-room";
        };
        OnSiteStepsForm: {
            /** @description Toelichting */
            comment?: string;
            /**
             * @description Hoe het incident ter plekke eindigde
             * @enum {string}
             */
            outcome: "left" | "left-after-alarm" | "removed-by-police";
            /** @description De genomen stappen met tijdstip */
            steps: components["schemas"]["OnSiteStep"][];
        };
        OrganisationUnitDto: {
            /** @example Publiekszaken */
            name: string;
        };
        OrganisationUnitView: {
            /** Format: uuid */
            id: string;
            /**
             * @description Incidenten van dit team
             * @example 3
             */
            incidentCount: number;
            /** @example Publiekszaken */
            name: string;
            /**
             * @description Medewerkers in dit team
             * @example 14
             */
            userCount: number;
            /**
             * @description Versies van procesmodellen die alleen voor dit team gelden
             * @example 1
             */
            variantCount: number;
        };
        PasswordDto: {
            password: string;
        };
        PerpetratorDescriptionForm: {
            /** @description Kleding */
            clothing: string;
            /** @description Littekens, tatoeages en andere kenmerken */
            features?: string;
            /** @description Wat onder dwang is toegezegd of verstrekt (wordt in de aangifte genoemd zodat het nietig verklaard kan worden) */
            grantedUnderDuress?: string;
            /** @description Lengte, bv. "ongeveer 1,85 m" */
            height: string;
            /** @description Taalgebruik, accent of dialect */
            language: string;
            /**
             * @description Geslacht
             * @enum {string}
             */
            sex: "man" | "vrouw" | "onbekend";
            /** @description Wapen, als er een was */
            weapon?: string;
        };
        PhotoRules: {
            /**
             * @description Hoogstens zoveel bytes
             * @example 2097152
             */
            maxBytes: number;
            /**
             * @example [
             *       "image/jpeg",
             *       "image/png"
             *     ]
             */
            types: string[];
        };
        PlanHomeVisitDto: {
            /** @example Kerkstraat 12, 1234 AB Voorbeeldstad */
            address: string;
            /**
             * @description Verwachte duur in minuten
             * @example 60
             */
            plannedMinutes: number;
            /** @example 2026-11-24T10:00:00+01:00 */
            plannedStart: string;
            /** @example Controle bouwwerk */
            purpose: string;
            /**
             * @description Naam van de burger of het bedrijf
             * @example J. de Vries
             */
            visitedName: string;
            /** @example 06 12345678 */
            visitedPhone?: string;
        };
        ProcessModelView: {
            /** Format: date-time */
            deployedAt: string;
            /** @example counter */
            key: string;
            /** @example Agressie aan de balie */
            name: string;
            /** @description Het bestand in processes/ dat bij de laatste start is geweigerd */
            refusedFile: components["schemas"]["RefusedFileView"] | null;
            /** @description De teams met een eigen variant */
            variants: components["schemas"]["ModelVariantView"][];
            /**
             * @description De versie van de organisatie: waarop nieuwe incidenten starten als hun team geen eigen variant heeft
             * @example 3
             */
            version: number;
        };
        ProcessProblemView: {
            failure: components["schemas"]["StepFailure"];
            /** Format: uuid */
            instanceId: string;
            /** @example letter */
            processKey: string;
            /** @example Brief opstellen en ondertekenen */
            processName: string;
            /** @enum {string} */
            status: "waiting" | "completed" | "failed" | "cancelled";
        };
        ProcessSpecView: {
            /** @description Wat een aanroep aan het proces kan meegeven */
            inputs: components["schemas"]["InputSpecView"][];
            /** @example letter */
            key: string;
            name: string;
        };
        ProcessStateView: {
            /** Format: uuid */
            definitionId: string;
            /** Format: date-time */
            endedAt: string | null;
            failure: components["schemas"]["StepFailure"] | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "waiting" | "completed" | "failed" | "cancelled";
        };
        PropertyChangeView: {
            /** @example P12M */
            new: string;
            /** @example P6M */
            old: string;
            /** @example Invoer window */
            property: string;
        };
        ProtocolRunView: {
            /** @example counter */
            processKey: string;
            /** @example Agressie aan de balie */
            processName: string;
            /** Format: date-time */
            startedAt: string;
            /**
             * @description Het team waarvoor deze versie een variant is; leeg voor het protocol van de organisatie
             * @example Publiekszaken
             */
            unitName: string | null;
            /** @example 4 */
            version: number;
        };
        PublicationView: {
            comment: string | null;
            /**
             * @description Het volgnummer van de publicatie
             * @example 3
             */
            number: number;
            /** Format: date-time */
            publishedAt: string;
            /** @example Fatima Bakker */
            publishedByName: string | null;
            /** @description Bij een terugzetting: de publicatie waarvan de versie opnieuw is gepubliceerd */
            restores: number | null;
            sha256: string;
            /**
             * @description Het bestand waaruit de versie bij het starten is gelezen
             * @example TC3.docx
             */
            sourceFile: string | null;
        };
        PublicSettings: {
            /**
             * @description Naam van de gemeente, dezelfde als in het briefhoofd
             * @example Gemeente Voorbeeldstad
             */
            municipalityName: string;
        };
        PublishDto: {
            /** @example Zin over vervolgstappen verduidelijkt */
            comment?: string;
            /** @description Publiceer ook als intussen een andere versie is gepubliceerd dan die waarop deze was gebaseerd */
            confirmStale?: boolean;
        };
        ReadinessView: {
            /** @example De database antwoordt. */
            database: string;
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        RefusedFileView: {
            /** @example counter.bpmn */
            file: string;
            problems: components["schemas"]["DefinitionProblemView"][];
        };
        RefusedTemplateFileView: {
            /** @example TC3.docx */
            file: string;
            problems: components["schemas"]["TemplateProblemView"][];
        };
        ReportBehaviour: {
            /** @description De categorieën waarmee een melding van dit gedrag op dit kanaal dit protocol start */
            categories: components["schemas"]["ReportOption"][];
            /** @example threat */
            key: string;
            /** @example bedreiging */
            label: string;
        };
        ReportChannel: {
            /** @example counter */
            key: string;
            /** @example agressie aan de balie of in de spreekkamer */
            label: string;
            /** @description De protocollen die een melding op dit kanaal start, volgens de startregels van de procesmodellen */
            protocols: components["schemas"]["ReportProtocol"][];
            /** @description Onderdelen die bij de start als taak openen, in het procesmodel van dit kanaal of een dat het aanroept, en die met de melding kunnen worden ingevuld */
            sections: components["schemas"]["ReportSectionView"][];
        };
        ReportFormView: {
            /** @description De kanalen waarvoor een procesmodel in gebruik is */
            channels: components["schemas"]["ReportChannel"][];
            /** @description Een foto voor de receptie (PUT /api/citizens/:id/photo) */
            photo: components["schemas"]["PhotoRules"];
            /** @description De velden van de melding als JSON Schema, met de formulieren van de onderdelen onder definitions */
            schema: {
                [key: string]: unknown;
            };
        };
        ReportIncidentDto: {
            /**
             * @example threat
             * @enum {string}
             */
            behaviour: "insult" | "discrimination" | "house-rules" | "aggression" | "psychological-pressure" | "threat" | "property-damage" | "violence";
            /**
             * @description I: (non-)verbale agressie, II: persoonsgerichte bedreiging, III: fysieke agressie
             * @enum {string}
             */
            category: "I" | "II" | "III";
            /**
             * @example phone
             * @enum {string}
             */
            channel: "phone" | "written" | "counter" | "property-damage" | "violence" | "home-visit" | "public-road" | "outside-hours";
            /** @description Een burger die nog niet bekend is; niet samen met `citizenId` */
            citizen?: components["schemas"]["CitizenDto"];
            /**
             * Format: uuid
             * @description Een bestaande burger (GET /api/citizens); anders `citizen`
             */
            citizenId?: string;
            /** @example Burger dreigde de medewerker op te wachten na het werk. */
            description: string;
            /** @example Klantcontactcentrum, Markt 1 */
            location: string;
            /** @example 2026-11-20T10:15:00+01:00 */
            occurredAt: string;
            /** @description De stappen ter plekke, waar het protocol van het kanaal die vraagt (balie, geweld tegen zaken) */
            onSiteSteps?: components["schemas"]["OnSiteStepsForm"];
            /** @description Het signalement van de dader, waar het protocol van het kanaal dat vraagt (geweld tegen mensen) */
            perpetrator?: components["schemas"]["PerpetratorDescriptionForm"];
        };
        ReportOption: {
            /** @example threat */
            key: string;
            /** @example bedreiging */
            label: string;
        };
        ReportProtocol: {
            behaviours: components["schemas"]["ReportBehaviour"][];
            /**
             * @description Het procesmodel
             * @example violence
             */
            key: string;
            /** @example Geweld tegen mensen (protocol 5.5) */
            name: string;
        };
        ReportSectionCase: {
            /** @example violence */
            behaviour: string;
            /**
             * @description De categorieën waarbij het onderdeel met dit gedrag opent
             * @example [
             *       "III"
             *     ]
             */
            categories: string[];
        };
        ReportSectionView: {
            /** @description Het gedrag en de categorieën waarbij het procesmodel de taak bij de start opent */
            behaviours: components["schemas"]["ReportSectionCase"][];
            /**
             * @example perpetrator
             * @enum {string}
             */
            key: "onSiteSteps" | "perpetrator";
            /** @description De rollen die het onderdeel invullen (de kandidaatgroepen van de taak); wie geen van deze rollen heeft, laat het leeg en het komt als taak bij hen */
            roles: components["schemas"]["ReportOption"][];
        };
        RestoreDto: {
            /** @example Terug naar de vorige tekst */
            comment?: string;
        };
        SaveDraftDto: {
            /** @description De versie waarvan het concept uitgaat; leeg voor een nieuw model */
            baseVersion?: number | null;
            /**
             * Format: uuid
             * @description Het team waarvoor dit een variant is; leeg voor het protocol van de hele organisatie
             */
            unitId?: string | null;
            /** @description Het model als BPMN 2.0-XML */
            xml: string;
        };
        SetVariableView: {
            description: string;
            /** @example isRepeat */
            name: string;
        };
        SignedInUserDto: {
            /** @description Wat het account mag gebruiken, zoals deze service is ingesteld */
            capabilities: ("reportIncidents" | "incidentFiles" | "allIncidentFiles" | "allLetters" | "citizens" | "findCitizens" | "citizenPhotos" | "attachPhotos" | "banRegister" | "planHomeVisits" | "homeVisits" | "processInstances" | "retrySteps" | "processDefinitions" | "organisation" | "manageUsers" | "handleLetters" | "letterTemplates" | "citizenRights" | "editLetterTemplates" | "auditTrail")[];
            /** @example Marieke Jansen */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @example afdelingshoofd Publiekszaken */
            jobTitle: string;
            roles: ("employee" | "team-lead" | "department-head" | "college" | "public-contacts-head" | "reception" | "hr" | "policy-owner" | "legal" | "admin" | "auditor")[];
            /** @example afdelingshoofd */
            username: string;
        };
        StaleBaseView: {
            /**
             * @description De publicatie waarop de upload was gebaseerd
             * @example 2
             */
            basedOn: number;
            /** @description De publicatie die intussen in gebruik is */
            newest: components["schemas"]["PublicationView"];
        };
        StepFailure: {
            /** Format: date-time */
            at: string;
            /** @description Het element in het procesmodel dat mislukte */
            elementId: string | null;
            message: string;
        };
        TaskAssignee: {
            /** @example Rik Vos */
            displayName: string;
            /** Format: uuid */
            id: string;
        };
        TaskFacets: {
            /** @description Open taken per soort taak (formulier) */
            forms: components["schemas"]["TaskFacetView"][];
            /** @description Open taken per proces waarmee het dossier begon */
            processes: components["schemas"]["TaskFacetView"][];
        };
        TaskFacetView: {
            count: number;
            key: string;
            /** @description Titel van het formulier of naam van het procesmodel */
            label: string;
        };
        TaskFormRef: {
            /** @example letter-signing */
            key: string;
            /** @example Brief beoordelen en ondertekenen */
            title: string;
        };
        TaskFormSchema: {
            /** @example letter-signing */
            key: string;
            /** @description De velden van het formulier als JSON Schema, afgeleid van de klasse waarmee de service het controleert */
            schema: {
                [key: string]: unknown;
            };
            /** @example Brief beoordelen en ondertekenen */
            title: string;
        };
        TaskFormView: {
            assignee: components["schemas"]["TaskAssignee"] | null;
            /** Format: uuid */
            assigneeId: string | null;
            /** @description Het dossier: een incident-id, of "home-visit:<id>" */
            businessKey: string;
            candidateGroups: string[];
            /** @description Opgepakt door de behandelaar (vrij te geven); onwaar als het model de taak toewees */
            claimed: boolean;
            /** @description Waarom een stap van het model de taak sloot voordat iemand hem deed (bij status vervallen) */
            closeMessage: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            completedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /** @description Het element in het procesmodel */
            elementId: string;
            /** @description Het formulier; null als de taak aan iemand anders is toegewezen */
            form: components["schemas"]["TaskFormSchema"] | null;
            /** Format: uuid */
            id: string;
            /** @description De invoer die het model de taak meegeeft; leeg als de taak aan iemand anders is toegewezen */
            input: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            instanceId: string;
            /** @example Brief TC3 ondertekenen */
            name: string;
            /** @description Het proces waarmee het dossier begon (bij een incident het kanaal) */
            processKey: string | null;
            /** @description Het model wees de taak aan iemand anders toe: alleen naam, termijn en behandelaar zijn te zien; invoer, formulier en ingevuld formulier zijn leeg en het dossier staat er zonder namen bij */
            restricted: boolean;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            subject: components["schemas"]["TaskSubjectView"] | null;
            /** @description Het ingevulde formulier; null als de taak aan iemand anders is toegewezen */
            submitted: {
                [key: string]: unknown;
            } | null;
        };
        TaskSubjectView: {
            id: string;
            /** @example incident */
            kind: string;
            /** @example AG-2026-00012 · J. de Vries */
            title: string;
        };
        TaskView: {
            assignee: components["schemas"]["TaskAssignee"] | null;
            /** Format: uuid */
            assigneeId: string | null;
            /** @description Het dossier: een incident-id, of "home-visit:<id>" */
            businessKey: string;
            candidateGroups: string[];
            /** @description Opgepakt door de behandelaar (vrij te geven); onwaar als het model de taak toewees */
            claimed: boolean;
            /** @description Waarom een stap van het model de taak sloot voordat iemand hem deed (bij status vervallen) */
            closeMessage: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            completedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            dueAt: string | null;
            /** @description Het element in het procesmodel */
            elementId: string;
            /** @description Het formulier; null als de taak aan iemand anders is toegewezen */
            form: components["schemas"]["TaskFormRef"] | null;
            /** Format: uuid */
            id: string;
            /** @description De invoer die het model de taak meegeeft; leeg als de taak aan iemand anders is toegewezen */
            input: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            instanceId: string;
            /** @example Brief TC3 ondertekenen */
            name: string;
            /** @description Het proces waarmee het dossier begon (bij een incident het kanaal) */
            processKey: string | null;
            /** @description Het model wees de taak aan iemand anders toe: alleen naam, termijn en behandelaar zijn te zien; invoer, formulier en ingevuld formulier zijn leeg en het dossier staat er zonder namen bij */
            restricted: boolean;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            subject: components["schemas"]["TaskSubjectView"] | null;
            /** @description Het ingevulde formulier; null als de taak aan iemand anders is toegewezen */
            submitted: {
                [key: string]: unknown;
            } | null;
        };
        TemplateDiffView: {
            /** @description De tekst van de brief, per alinea: gelijk, toegevoegd of verwijderd */
            parts: components["schemas"]["DiffPartView"][];
        };
        TemplatePreviewView: {
            /** @example TC3.sample.json */
            data: string;
            /** @description Velden die het incident niet vult en die met hun voorbeeldwaarde zijn ingevuld */
            filledWithExamples: string[];
            /** @description De tekst van de ingevulde brief, per alinea */
            paragraphs: string[];
        };
        TemplateProblemView: {
            /**
             * @description De tekst rond het probleem
             * @example Geachte {burger.nam},
             */
            context: string | null;
            /** @example Het veld {burger.nam} bestaat niet. Bedoelt u burger.naam? */
            message: string;
            /**
             * @description Waar in de brief; leeg als het om de brief als geheel gaat
             * @example hoofdtekst, alinea 4
             */
            where: string | null;
        };
        TemplateVersionView: {
            /** @description De publicatie waarop de upload was gebaseerd */
            basedOn: number | null;
            comment: string | null;
            /** @description De publicaties van deze versie; leeg voor een concept */
            publishedAs: number[];
            sha256: string;
            /** @example TC3.docx */
            sourceFile: string | null;
            /**
             * Format: date-time
             * @description Wanneer de versie werd opgeslagen
             */
            storedAt: string;
            /** @example Fatima Bakker */
            uploadedByName: string | null;
        };
        TimelineEventView: {
            /** Format: uuid */
            actorId: string | null;
            /** @example Sanne de Boer */
            actorName: string;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            };
            id: string;
            /** Format: uuid */
            incidentId: string;
            /** @example Taak "Brief beoordelen en ondertekenen" afgerond */
            summary: string;
            /** @example task-completed */
            type: string;
        };
        TopicSpecView: {
            description: string;
            inputs: components["schemas"]["InputSpecView"][];
            sets: components["schemas"]["SetVariableView"][];
            /** @example incident */
            subject: string;
            /** @example Recidive bepalen */
            title: string;
            /** @example protocol.recidive */
            topic: string;
        };
        UnreadCount: {
            /** @example 3 */
            count: number;
        };
        UpdateCitizenDto: {
            /** @example Voorbeeldstad */
            city?: string;
            /**
             * @description Geboortedatum (JJJJ-MM-DD); nodig om de burger terug te vinden
             * @example 1980-04-12
             */
            dateOfBirth?: string;
            /** @example J. de Vries */
            name?: string;
            /** @example 06-12345678 */
            phone?: string;
            /** @example 1234 AB */
            postalCode?: string;
            /** @example Dorpsstraat 1 */
            streetAddress?: string;
        };
        UploadedVersionView: {
            /** @description Gezet als intussen een andere versie is gepubliceerd dan die waarop de upload was gebaseerd */
            stale: components["schemas"]["StaleBaseView"] | null;
            version: components["schemas"]["TemplateVersionView"];
        };
        UserChangeDto: {
            /** @example Sanne de Boer */
            displayName?: string;
            /** @example s.deboer@voorbeeldstad.nl */
            email?: string | null;
            /** @example medewerker Klantcontactcentrum */
            jobTitle?: string;
            roles?: ("employee" | "team-lead" | "department-head" | "college" | "public-contacts-head" | "reception" | "hr" | "policy-owner" | "legal" | "admin" | "auditor")[];
        };
        UserFormsView: {
            change: {
                [key: string]: unknown;
            };
            create: {
                [key: string]: unknown;
            };
            deactivate: {
                [key: string]: unknown;
            };
            password: {
                [key: string]: unknown;
            };
        };
        UserUnitDto: {
            /**
             * Format: uuid
             * @description Het team; leeg om de medewerker uit zijn team te halen
             */
            unitId: string | null;
        };
        UserView: {
            active: boolean;
            /** @example Sanne de Boer */
            displayName: string;
            /** @example s.deboer@voorbeeldstad.nl */
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @example medewerker Klantcontactcentrum */
            jobTitle: string;
            roles: ("employee" | "team-lead" | "department-head" | "college" | "public-contacts-head" | "reception" | "hr" | "policy-owner" | "legal" | "admin" | "auditor")[];
            /**
             * Format: uuid
             * @description Het team; leeg als er nog geen is gekozen
             */
            unitId: string | null;
            /** @example medewerker */
            username: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditTrailController_list: {
        parameters: {
            query?: {
                /** @description De burger: zijn id, of (een deel van) de naam, hoofdletters maken niet uit */
                citizen?: string;
                /** @description Vanaf deze dag (JJJJ-MM-DD, Nederlandse tijd) */
                from?: string;
                /** @description Het incident: zijn id of kenmerk (AG-2026-00012) */
                incident?: string;
                /** @description Regels per pagina */
                limit?: number;
                /** @description Overslaan: de eerste regel van de pagina */
                offset?: number;
                /** @description Tot en met deze dag (JJJJ-MM-DD, Nederlandse tijd) */
                to?: string;
                /** @description De gebruikersnaam van wie het deed */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Aantal regels dat aan de zoekvraag voldoet */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLineView"][];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    AuditTrailController_export: {
        parameters: {
            query?: {
                /** @description De burger: zijn id, of (een deel van) de naam, hoofdletters maken niet uit */
                citizen?: string;
                /** @description Vanaf deze dag (JJJJ-MM-DD, Nederlandse tijd) */
                from?: string;
                /** @description Het incident: zijn id of kenmerk (AG-2026-00012) */
                incident?: string;
                /** @description Tot en met deze dag (JJJJ-MM-DD, Nederlandse tijd) */
                to?: string;
                /** @description De gebruikersnaam van wie het deed */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De regels als CSV (puntkomma, UTF-8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Te veel inlogpogingen voor deze gebruikersnaam of vanaf dit adres; Retry-After zegt na hoeveel seconden het weer kan */
            429: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInUserDto"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    BansController_active: {
        parameters: {
            query?: {
                /** @description JJJJ-MM-DD; standaard vandaag */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    BansController_lookup: {
        parameters: {
            query: {
                /** @description JJJJ-MM-DD; standaard vandaag */
                date?: string;
                /** @description JJJJ-MM-DD */
                dateOfBirth?: string;
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BanLookupResult"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizensController_search: {
        parameters: {
            query: {
                /** @description Geboortedatum (JJJJ-MM-DD) */
                dateOfBirth?: string;
                /** @description Burgers per pagina */
                limit?: number;
                /** @description De naam of een deel ervan; hoofdletters maken niet uit */
                name: string;
                /** @description Overslaan: de eerste burger van de pagina */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Aantal gevonden burgers in totaal */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenView"][];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizensController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizensController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCitizenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizenRightsController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Nog niet te wissen: `details.blockers` noemt elk toegangsverbod en besluit dat de gegevens nog vasthoudt (ErasureBlocker); of al gewist */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizenRightsController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een ZIP-archief */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizensController_getPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De foto */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    CitizensController_putPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
            /** @description De database antwoordt niet */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
        };
    };
    HomeVisitsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeVisitSummary"][];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    HomeVisitsController_plan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Eén sleutel per verzoek (bv. een UUID). Wordt het verzoek met dezelfde sleutel en inhoud opnieuw gestuurd, dan komt hetzelfde resultaat terug in plaats van een tweede; met andere inhoud: 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanHomeVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeVisitView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    HomeVisitsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeVisitView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    HomeVisitsController_planForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeVisitPlanForm"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: {
                /** @description Alleen incidenten van dit kanaal */
                channel?: "phone" | "written" | "counter" | "property-damage" | "violence" | "home-visit" | "public-road" | "outside-hours";
                /** @description Incidenten per pagina */
                limit?: number;
                /** @description Overslaan: het eerste incident van de pagina */
                offset?: number;
                /** @description Zoeken in het kenmerk (AG-2026-00012) en de naam van de burger; een deel volstaat */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Aantal incidenten dat aan de filters voldoet */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentSummaryView"][];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    IncidentsController_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Eén sleutel per verzoek (bv. een UUID). Wordt het verzoek met dezelfde sleutel en inhoud opnieuw gestuurd, dan komt hetzelfde resultaat terug in plaats van een tweede; met andere inhoud: 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportIncidentDto"];
            };
        };
        responses: {
            /** @description Het dossier van het nieuwe incident */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentFileView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    IncidentsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentFileView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    IncidentsController_diagram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDiagramView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    IncidentsController_facets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentFacets"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    IncidentsController_form: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportFormView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterTemplateView"][];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterTemplateDetailView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_diff: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateDiffView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreDto"];
            };
        };
        responses: {
            /** @description De versie van die publicatie, opnieuw gepubliceerd als de nieuwste */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_upload: {
        parameters: {
            query?: {
                /** @description De publicatie waarvan de upload is bewerkt */
                basedOn?: unknown;
                comment?: unknown;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedVersionView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het bestand is groter dan 10 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De brief is geweigerd; `details.problems` noemt elk probleem met waar het staat */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                sha: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De versie als Word-bestand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_text: {
        parameters: {
            query?: {
                /** @description Het kenmerk van een incident, bv. AG-2026-00012 */
                incident?: string;
                /** @description De naam van een set voorbeeldgegevens; standaard de voorbeeldwaarden */
                sample?: string;
            };
            header?: never;
            path: {
                code: string;
                sha: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_previewDocx: {
        parameters: {
            query?: {
                incident?: string;
                sample?: string;
            };
            header?: never;
            path: {
                code: string;
                sha: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het voorbeeld als Word-bestand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_pdf: {
        parameters: {
            query?: {
                incident?: string;
                sample?: string;
            };
            header?: never;
            path: {
                code: string;
                sha: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het voorbeeld als PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LetterTemplatesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                sha: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Intussen is een andere versie gepubliceerd dan die waarop deze was gebaseerd, of deze versie is al in gebruik */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De versie vult niet met alle voorbeeldgegevens of is niet (meer) geldig; `details.problems` noemt ze */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LettersController_list: {
        parameters: {
            query: {
                incidentId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"][];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LettersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LettersController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De brief als Word-bestand */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LettersController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De brief als PDF/A */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    LettersController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterVerificationView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    NotificationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"][];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    OrganisationController_units: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationUnitView"][];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    OrganisationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationUnitView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    OrganisationController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    OrganisationController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationUnitDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    InstancesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    InstancesController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_models: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessModelView"][];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelXmlDto"];
            };
        };
        responses: {
            /** @description Alle problemen; een lege lijst als het model in gebruik kan worden genomen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelCheckView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_diff: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDiffView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDraftView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDraftView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_discardDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionView"][];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_deploy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployModelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Intussen is een andere versie in gebruik genomen dan de basisversie */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het model is geweigerd; `details.problems` noemt elk probleem met het element */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_xml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De versie als BPMN 2.0-XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_catalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Wat een model kan noemen: topics, formulieren, rollen, briefcodes en processen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    ModelsController_elementTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Camunda 7-elementsjablonen voor de modeller, uit de catalogus */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    SettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSettings"];
                };
            };
        };
    };
    TasksController_mine: {
        parameters: {
            query?: {
                /** @description Alleen taken van dit dossier (incident-id) */
                businessKey?: string;
                /** @description Alleen dit soort taak (de sleutel van het formulier) */
                formKey?: string;
                /** @description Taken per pagina */
                limit?: number;
                /** @description Overslaan: de eerste taak van de pagina */
                offset?: number;
                /** @description Alleen taken van dossiers die met dit proces begonnen (bij een incident het kanaal) */
                processKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Aantal taken in totaal */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"][];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskFormView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    TasksController_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    TasksController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description Het formulier van de taak (zie form.key en form.schema) */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    TasksController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    TasksController_facets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskFacets"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivationDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_place: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUnitDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; `errors` noemt elk veld */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Bestaat niet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Botst met de huidige stand (intussen gewijzigd, al gedaan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Het verzoek is groter dan de service aanneemt */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Geldige invoer die de service niet kan verwerken; de melding zegt waarom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
    UsersController_forms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserFormsView"];
                };
            };
            /** @description Niet ingelogd, of de aanmelding is verlopen */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description Deze rol mag dit niet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; Retry-After zegt wanneer het opnieuw kan */
            503: {
                headers: {
                    /** @description Seconden */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorView"];
                };
            };
        };
    };
}
