// Generated from the API's OpenAPI document by `npm run api-types`; do not edit. The tests fail when it differs from the API.
export interface paths {
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
    "/api/process-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InstancesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
            /** @description Wat de receptie doet bij een bezoeker met een toegangsverbod (instelling RECEPTION_INSTRUCTION) */
            instruction: string | null;
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
        PublicSettings: {
            /**
             * @description Naam van de gemeente, dezelfde als in het briefhoofd
             * @example Gemeente Voorbeeldstad
             */
            municipalityName: string;
        };
        ReportIncidentDto: {
            /**
             * @example threat
             * @enum {string}
             */
            behaviour: "insult" | "discrimination" | "threat" | "house-rules" | "aggression" | "psychological-pressure" | "property-damage" | "violence";
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
            citizen: components["schemas"]["CitizenDto"];
            /** @example Burger dreigde de medewerker op te wachten na het werk. */
            description: string;
            /** @example Klantcontactcentrum, Markt 1 */
            location: string;
            /** @example 2026-11-20T10:15:00+01:00 */
            occurredAt: string;
        };
        SignedInUserDto: {
            /** @example Marieke Jansen */
            displayName: string;
            /** Format: uuid */
            id: string;
            /** @example afdelingshoofd Publiekszaken */
            jobTitle: string;
            roles: ("employee" | "team-lead" | "department-head" | "college" | "public-contacts-head" | "reception" | "hr" | "policy-owner" | "legal" | "admin")[];
            /** @example afdelingshoofd */
            username: string;
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
            form: components["schemas"]["TaskFormSchema"];
            /** Format: uuid */
            id: string;
            /** @description De invoer die het model de taak meegeeft */
            input: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            instanceId: string;
            /** @example Brief TC3 ondertekenen */
            name: string;
            /** @description Het proces waarmee het dossier begon (bij een incident het kanaal) */
            processKey: string | null;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            subject: components["schemas"]["TaskSubjectView"] | null;
            /** @description Het ingevulde formulier */
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
            form: components["schemas"]["TaskFormRef"];
            /** Format: uuid */
            id: string;
            /** @description De invoer die het model de taak meegeeft */
            input: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            instanceId: string;
            /** @example Brief TC3 ondertekenen */
            name: string;
            /** @description Het proces waarmee het dossier begon (bij een incident het kanaal) */
            processKey: string | null;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            subject: components["schemas"]["TaskSubjectView"] | null;
            /** @description Het ingevulde formulier */
            submitted: {
                [key: string]: unknown;
            } | null;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
        };
    };
    HomeVisitsController_plan: {
        parameters: {
            query?: never;
            header?: never;
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
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: {
                limit?: number;
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
        };
    };
    IncidentsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportIncidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
            };
        };
    };
    InstancesController_list: {
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
                content?: never;
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
        };
    };
}
