// Generated from the API's OpenAPI document by `npm run contract`: do not edit by hand.

export type paths = {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database reachability */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness: the process answers (the database is not asked)
     * @description For an orchestrator’s liveness probe and the image’s health check: restart the process if it fails.
     */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: the database answers and every migration of this build is applied
     * @description For a load balancer and an orchestrator’s readiness probe: send no requests while it fails.
     */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipalities one can sign in to: for the sign-in page to ask which */
    get: operations['AuthController_municipalitiesToSignInTo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: a session token in the body and as an HttpOnly cookie */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password: your other sessions end; required after an administrator’s reset */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How a municipality’s staff may sign in (the only one when none is named) */
    get: operations['OidcController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Begin signing in through the municipality’s OpenID Connect provider */
    get: operations['OidcController_start'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider’s answer: a session, then into the web app */
    get: operations['OidcController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How staff sign in: passwords, the OpenID Connect provider (admin; never its secret) */
    get: operations['SignInSettingsController_get'];
    /** Set the OpenID Connect provider, its group mapping and whether passwords remain (admin) */
    put: operations['SignInSettingsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff accounts (admin) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create a staff account (admin) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change roles or bodies, deactivate, or reset the password (admin) */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List initiatives with filters, cursor paging and sorting */
    get: operations['InitiativesController_list'];
    put?: never;
    /** File an initiative (registrar) */
    post: operations['InitiativesController_file'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The list’s matches as CSV (UTF-8 with BOM, semicolons) or XLSX, at most 10000 rows
     * @description The list’s filters and sort. Past the limit the file holds the first rows and the header Aloite-Export-Total says how many matched. Text cells that a spreadsheet would read as a formula are inert.
     */
    get: operations['InitiativesController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One initiative with its timeline, statements, deadlines and allowed events */
    get: operations['InitiativesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The initiative as a PDF: its details, handlings and documents list */
    get: operations['InitiativesController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, oldest first */
    get: operations['InitiativesController_auditLog'];
    put?: never;
    /** Apply one lifecycle event */
    post: operations['InitiativesController_apply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/handlings/{seq}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a recorded handling (oikaisu) with a reason (registrar, secretary of the handling’s body) */
    post: operations['InitiativesController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/handlings/{seq}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes paragraph of one handling, by its sequence number, in Finnish or Swedish */
    get: operations['InitiativesController_minutes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/statement-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask several bodies or office holders for statements at once (registrar): all of them, or none
     * @description Each request is recorded as its own REQUEST_STATEMENT audit entry, in the order given. If one is refused, nothing is recorded: a field error names the request (`requests.1.dueDate`), a refused step its `requestIndex`.
     */
    post: operations['StatementRequestsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The initiative’s links, both ways, removed ones included as history */
    get: operations['LinksController_list'];
    put?: never;
    /** Link the initiative to another of the municipality’s (registrar) */
    post: operations['LinksController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a link (registrar); it stays in its history */
    delete: operations['LinksController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality’s council, board, committees and subcommittees */
    get: operations['BodiesController_list'];
    put?: never;
    /** Create a body (admin) */
    post: operations['BodiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename or deactivate a body (admin) */
    patch: operations['BodiesController_update'];
    trace?: never;
  };
  '/api/bodies/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A body’s meetings, by date */
    get: operations['MeetingsController_calendar'];
    put?: never;
    /** Plan one meeting of a body, or a year’s calendar at once (registrar, the body’s secretary) */
    post: operations['MeetingsController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meeting with its agenda */
    get: operations['MeetingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move a planned meeting, publish its agenda, mark it held, or cancel it */
    patch: operations['MeetingsController_change'];
    trace?: never;
  };
  '/api/meetings/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put initiatives on the meeting’s agenda as one item (§) with its proposal */
    post: operations['MeetingsController_addItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit an item before its decision; once the agenda is published, with a reason */
    patch: operations['MeetingsController_editItem'];
    trace?: never;
  };
  '/api/meetings/{id}/items/{itemId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The meeting’s decision on an item: its event for each of its initiatives, all or none */
    post: operations['MeetingsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes-checked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The minutes checked: the documents waiting for them become public */
    post: operations['MeetingsController_checkMinutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality, its languages, diary-number prefix and the rules in force today */
    get: operations['MunicipalityController_get'];
    /** Change the name, languages or prefix, or start new rules from a template (admin); initiatives keep theirs */
    put: operations['MunicipalityController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/rule-packs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The versions of the municipality’s rules, oldest first (admin) */
    get: operations['RulePacksController_versions'];
    put?: never;
    /** Add a version, in force for initiatives filed from its validFrom; refused if it would contradict a recorded handling (admin) */
    post: operations['RulePacksController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/rule-packs/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The templates a version starts from: Kajaani, Espoo, Helsinki, Turku and a kunta */
    get: operations['RulePacksController_templates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/rule-packs/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What-if: the open initiatives whose deadlines, answer channel or lapse the version would change (admin) */
    post: operations['RulePacksController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts per state, overdue and due-soon deadlines, open statement requests per body, the oldest open initiatives, the open requests at the bodies this user serves, and the registry’s tasks */
    get: operations['DashboardController_dashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/annual-lists/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual list of year Y: initiatives filed by 31.12. of Y − 1 and still open then */
    get: operations['AnnualListController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/annual-lists/{year}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual list as a board agenda item: PDF, DOCX or CSV, in Finnish, Swedish or both (majority language first) */
    get: operations['AnnualListController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/annual-lists/{year}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the council’s decision on the list: closes the initiatives named, lapses the old ones where the rule pack says so (unless kept), all in one transaction */
    post: operations['AnnualListController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a document: multipart `file` + `publicity` (public, notYetPublic, confidential + `legalGround`), optionally `handlingSeq` and `bodyId` */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The document’s bytes: public ones for anyone, others for staff, every such read logged */
    get: operations['AttachmentsController_content'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/{id}/reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read a non-public document and when (administrators) */
    get: operations['AttachmentsController_reads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether e-mail is configured: without it no reminder is sent, daily or on demand */
    get: operations['RemindersController_settings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run today’s deadline reminders for this municipality now (also runs daily at 07:00) */
    post: operations['RemindersController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reminder messages, newest first: sent, failed (with the error) or waiting */
    get: operations['RemindersController_outbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The log of administrative changes to users, bodies, the municipality and its rules, newest first (admin) */
    get: operations['AdminLogController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    HealthResponse: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      /** @enum {string} */
      db: 'up' | 'down';
    };
    LiveResponse: {
      /** @enum {string} */
      status: 'ok';
    };
    ReadinessChecks: {
      /**
       * @description Whether the database answered within the probe’s 2 s
       * @enum {string}
       */
      database: 'up' | 'down';
      /**
       * @description `behind`: a migration of this build is not applied yet; `unknown`: the database did not answer
       * @enum {string}
       */
      migrations: 'current' | 'behind' | 'unknown';
    };
    ReadyResponse: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      checks: components['schemas']['ReadinessChecks'];
    };
    MunicipalityToSignInToResponse: {
      /** @description The address name sign-in names it by, e.g. kajaani */
      slug: string;
      name: string;
    };
    LoginDto: {
      /**
       * @description The username, or the account’s e-mail (case-insensitive)
       * @example hallintojohtaja
       */
      username: string;
      password: string;
      /**
       * @description The municipality’s address name; may be left out when the deployment has only one
       * @example kajaani
       */
      municipality?: string;
    };
    /** @enum {string} */
    Role: 'registrar' | 'committeeSecretary' | 'councilStaff' | 'admin';
    UserResponse: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      /** @description Where reminders go */
      email: string | null;
      roles: components['schemas']['Role'][];
      /** @description Bodies a committee secretary serves */
      bodyIds: string[];
      active: boolean;
      /**
       * Format: date-time
       * @description When the account last signed in; null: never
       */
      lastSignInAt: string | null;
    };
    SignedInResponse: {
      /** @description Send it as `Authorization: Bearer …`; it is also set as the session cookie */
      token: string;
      /** Format: date-time */
      expiresAt: string;
      user: components['schemas']['UserResponse'];
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 12 characters, not one of the most common passwords */
      newPassword: string;
    };
    MeResponse: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      roles: components['schemas']['Role'][];
      bodyIds: string[];
      /** Format: uuid */
      municipalityId: string;
      /** @description This session may do nothing but change the password (POST /api/auth/password) */
      passwordChangeRequired: boolean;
    };
    SignInOptionsResponse: {
      /** Format: uuid */
      municipalityId: string;
      /** @description The municipality signs staff in through its own OpenID Connect provider */
      organizationSignIn: boolean;
      passwordsAllowed: boolean;
    };
    GroupMappingResponse: {
      group: string;
      roles: ('registrar' | 'committeeSecretary' | 'councilStaff' | 'admin')[];
      bodyIds: string[];
    };
    ProviderResponse: {
      issuer: string;
      clientId: string;
      groupsClaim: string;
      groupMappings: components['schemas']['GroupMappingResponse'][];
    };
    SignInSettingsResponse: {
      passwordsAllowed: boolean;
      provider?: components['schemas']['ProviderResponse'] | null;
    };
    GroupMappingDto: {
      /**
       * @description A value of the groups claim
       * @example 6f1c2d3e-0000-4000-8000-000000000001
       */
      group: string;
      roles: ('registrar' | 'committeeSecretary' | 'councilStaff' | 'admin')[];
      /** @description Bodies its members serve (committee secretaries) */
      bodyIds?: string[];
    };
    ProviderDto: {
      /** @example https://login.microsoftonline.com/<tenant-id>/v2.0 */
      issuer: string;
      /** @example 00000000-0000-4000-8000-000000000000 */
      clientId: string;
      /** @description Never returned; left out, the stored secret stays (if the issuer and client stay the same) */
      clientSecret?: string;
      /**
       * @description The ID-token claim listing the groups
       * @example groups
       */
      groupsClaim?: string;
      groupMappings: components['schemas']['GroupMappingDto'][];
    };
    SignInSettingsDto: {
      /** @description false: only the provider signs this municipality’s staff in */
      passwordsAllowed: boolean;
      /** @description Left out or null: no provider */
      provider?: components['schemas']['ProviderDto'] | null;
    };
    CreateUserDto: {
      /** @example paula.halonen */
      username: string;
      /** @example Paula Halonen */
      displayName: string;
      /**
       * @description Where reminders go; also a sign-in name, unique in the municipality
       * @example paula.halonen@kajaani.fi
       */
      email?: string;
      /** @description At least 12 characters, not one of the most common passwords */
      password: string;
      roles: ('registrar' | 'committeeSecretary' | 'councilStaff' | 'admin')[];
      /** @description Bodies a committee secretary serves */
      bodyIds?: string[];
    };
    UpdateUserDto: {
      displayName?: string;
      email?: string;
      roles?: ('registrar' | 'committeeSecretary' | 'councilStaff' | 'admin')[];
      bodyIds?: string[];
      /** @description false deactivates the account and ends its sessions */
      active?: boolean;
      /** @description A new password; ends the account’s sessions, and set by anyone but the owner, its next session must change it first */
      password?: string;
    };
    MeetingDto: {
      /**
       * Format: uuid
       * @description The body whose meeting handled the matter
       */
      bodyId: string;
      /**
       * Format: date
       * @example 2026-05-20
       */
      date: string;
      /**
       * @description The § of that meeting’s minutes
       * @example 16
       */
      section: number;
    };
    ReferToBoardDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'REFER_TO_BOARD';
      /** @description The council meeting that referred the initiative */
      meeting: components['schemas']['MeetingDto'];
      proposal?: string;
      decision?: string;
      /**
       * @description How the meeting decided
       * @enum {string}
       */
      decisionType?: 'asProposed' | 'amended' | 'afterVote' | 'returned' | 'tabled' | 'noted';
    };
    OfficeHolderDto: {
      /** @example Liisa Virtanen */
      name: string;
      /** @example palveluverkkojohtaja */
      title: string;
    };
    PreparerDto: {
      /** @example Milla Tikkanen */
      name: string;
      /** @example Työllisyys- ja kansainvälisyyspäällikkö */
      title?: string;
      /** @example milla.tikkanen@kajaani.fi */
      email?: string;
    };
    RequestStatementDto: {
      /**
       * Format: uuid
       * @description The body asked (a committee or subcommittee); give this or `officeHolder`, not both
       */
      bodyId?: string;
      /** @description The office holder (viranhaltija) asked instead of a body */
      officeHolder?: components['schemas']['OfficeHolderDto'];
      /** Format: date */
      dueDate: string;
      preparers: components['schemas']['PreparerDto'][];
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'REQUEST_STATEMENT';
      /**
       * Format: date
       * @description When the request was sent; today when left out
       */
      date?: string;
    };
    RecordStatementDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'RECORD_STATEMENT';
      /**
       * Format: uuid
       * @description The body whose statement this is
       */
      bodyId: string;
      meeting: components['schemas']['MeetingDto'];
      preparers?: components['schemas']['PreparerDto'][];
      presenter: string;
      proposal: string;
      decision: string;
      /**
       * @description How the meeting decided
       * @enum {string}
       */
      decisionType: 'asProposed' | 'amended' | 'afterVote' | 'returned' | 'tabled' | 'noted';
      /** @description The response (vastine) sent to the board */
      responseText: string;
    };
    RecordWrittenStatementDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'RECORD_WRITTEN_STATEMENT';
      /** @description The office holder asked, as in the request */
      officeHolder: components['schemas']['OfficeHolderDto'];
      /**
       * Format: date
       * @description The date of the written statement; today when left out
       */
      date?: string;
      /** @description The statement’s text */
      responseText: string;
    };
    WaiveStatementDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'WAIVE_STATEMENT';
      /**
       * Format: uuid
       * @description The body whose request is waived; give this or `officeHolder`, not both
       */
      bodyId?: string;
      /** @description The office holder (viranhaltija) whose request is waived instead of a body */
      officeHolder?: components['schemas']['OfficeHolderDto'];
      /**
       * Format: date
       * @description Today when left out
       */
      date?: string;
      reason: string;
    };
    ReferForMeasuresDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'REFER_FOR_MEASURES';
      /**
       * Format: uuid
       * @description The body referred to; give this or `officeHolder`, not both
       */
      bodyId?: string;
      /** @description The office holder (viranhaltija) referred to instead of a body */
      officeHolder?: components['schemas']['OfficeHolderDto'];
      /**
       * Format: date
       * @description When the referral was sent; today when left out
       */
      date?: string;
      /** @description Whether a reply is awaited: only then does the referral hold the initiative */
      replyExpected: boolean;
      /**
       * Format: date
       * @description When the reply is due; with `replyExpected` only, and then required
       */
      dueDate?: string;
      preparers?: components['schemas']['PreparerDto'][];
    };
    RecordBoardDecisionDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'RECORD_BOARD_DECISION';
      meeting: components['schemas']['MeetingDto'];
      preparers?: components['schemas']['PreparerDto'][];
      presenter?: string;
      proposal: string;
      decision: string;
      /**
       * @description How the meeting decided
       * @enum {string}
       */
      decisionType: 'asProposed' | 'amended' | 'afterVote' | 'returned' | 'tabled' | 'noted';
      /** @enum {string} */
      outcome: 'proposeToCouncil' | 'answerDirectly' | 'returned' | 'tabled';
    };
    RecordCouncilDecisionDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'RECORD_COUNCIL_DECISION';
      meeting: components['schemas']['MeetingDto'];
      presenter?: string;
      proposal?: string;
      decision: string;
      /**
       * @description How the meeting decided
       * @enum {string}
       */
      decisionType: 'asProposed' | 'amended' | 'afterVote' | 'returned' | 'tabled' | 'noted';
      /** @enum {string} */
      outcome: 'closed' | 'returned' | 'tabled';
      /** @description Resolutions (toivomusponnet) adopted */
      resolutions: string[];
    };
    CloseViaAnnualListDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'CLOSE_VIA_ANNUAL_LIST';
      meeting: components['schemas']['MeetingDto'];
      annualListId: string;
      /** @description The list of year Y covers initiatives filed by 31.12. of Y − 1 */
      listYear: number;
    };
    WithdrawDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'WITHDRAW';
      /**
       * Format: date
       * @description Today when left out
       */
      date?: string;
      /** @description Who asked for the withdrawal */
      requestedBy: string;
    };
    DeclareLapsedDto: {
      /**
       * @description The event type (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'DECLARE_LAPSED';
      meeting: components['schemas']['MeetingDto'];
    };
    SignatoryDto: {
      /** @example Juha Urpilainen */
      name: string;
      /** @example SDP */
      party?: string;
      firstSigner?: boolean;
    };
    FilingDto: {
      /**
       * @description Generated from the rule pack when left out
       * @example KAJDno-2026-577
       */
      diaryNumber?: string;
      /** @example Valtuustoaloite työllisyysbonuksesta opiskeluun */
      title: string;
      text: string;
      /**
       * @description The language of the title and text: one of the municipality’s (default: its majority language)
       * @enum {string}
       */
      language?: 'fi' | 'sv';
      /** @enum {string} */
      kind: 'councillor' | 'councilGroup' | 'resident';
      /**
       * Format: date
       * @example 2026-03-31
       */
      submittedOn: string;
      signatories: components['schemas']['SignatoryDto'][];
      /** @description At least the number of named signatories */
      signatoryCount: number;
      hasFinancialEffect: boolean;
      /** @description The council meeting and § that recorded the initiative */
      filedAt: components['schemas']['MeetingDto'];
    };
    /**
     * @description The language of the title and text
     * @enum {string}
     */
    Language: 'fi' | 'sv';
    /** @enum {string} */
    InitiativeKind: 'councillor' | 'councilGroup' | 'resident';
    SignatoryResponse: {
      name: string;
      party: string | null;
      firstSigner: boolean;
    };
    MeetingResponse: {
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      date: string;
      /** @description The § of the minutes */
      section: number;
    };
    /**
     * @description The template of the rules the initiative is judged by
     * @enum {string}
     */
    RulePackId: 'kajaani' | 'espoo' | 'helsinki' | 'turku' | 'kunta';
    /** @enum {string} */
    InitiativeState:
      | 'registered'
      | 'boardPreparation'
      | 'awaitingStatements'
      | 'councilConsideration'
      | 'answered'
      | 'closed'
      | 'withdrawn'
      | 'lapsed';
    /**
     * @description What this user may do now
     * @enum {string}
     */
    EventType:
      | 'REFER_TO_BOARD'
      | 'REQUEST_STATEMENT'
      | 'RECORD_STATEMENT'
      | 'RECORD_WRITTEN_STATEMENT'
      | 'WAIVE_STATEMENT'
      | 'REFER_FOR_MEASURES'
      | 'RECORD_BOARD_DECISION'
      | 'RECORD_COUNCIL_DECISION'
      | 'CLOSE_VIA_ANNUAL_LIST'
      | 'WITHDRAW'
      | 'DECLARE_LAPSED';
    OfficeHolderResponse: {
      name: string;
      title: string;
    };
    /**
     * @description A statement request, or a referral for measures (toimenpiteitä varten)
     * @enum {string}
     */
    RequestKind: 'statement' | 'measures';
    /**
     * @description `referred`: sent for measures with no reply expected; it holds nothing
     * @enum {string}
     */
    StatementStatus: 'open' | 'received' | 'waived' | 'cancelled' | 'referred';
    PreparerResponse: {
      name: string;
      title?: string;
      email?: string;
    };
    StatementRequestResponse: {
      /**
       * Format: uuid
       * @description The body asked; null when an office holder is
       */
      bodyId: string | null;
      /** @description The office holder asked instead of a body */
      officeHolder: components['schemas']['OfficeHolderResponse'] | null;
      /** @description A statement request, or a referral for measures (toimenpiteitä varten) */
      kind: components['schemas']['RequestKind'];
      /** @description Whether the request waits for a reply (always for a statement) */
      replyExpected: boolean;
      /** @description `referred`: sent for measures with no reply expected; it holds nothing */
      status: components['schemas']['StatementStatus'];
      /** Format: date */
      requestedOn: string;
      /**
       * Format: date
       * @description Null for a referral for measures that expects no reply
       */
      dueDate: string | null;
      preparers: components['schemas']['PreparerResponse'][];
      /** @description Handlings of the body that left the request open */
      postponements: number;
      /** Format: date */
      resolvedOn: string | null;
      waiverReason: string | null;
    };
    /** @enum {string} */
    DecisionType: 'asProposed' | 'amended' | 'afterVote' | 'returned' | 'tabled' | 'noted';
    /** @enum {string} */
    Publicity: 'public' | 'notYetPublic' | 'confidential';
    AttachmentResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      initiativeId: string;
      /** @description The handling the document belongs to */
      handlingSeq: number | null;
      /** Format: uuid */
      bodyId: string | null;
      fileName: string;
      contentType: string;
      size: number;
      sha256: string;
      publicity: components['schemas']['Publicity'];
      legalGround: string | null;
      /**
       * Format: uuid
       * @description The agenda item the document is an appendix of
       */
      agendaItemId: string | null;
      /** @description Not yet public until the minutes of its item’s meeting are checked */
      publicOnceMinutesChecked: boolean;
      /**
       * Format: date
       * @description The day the checking of the minutes made it public
       */
      publishedOn: string | null;
      uploadedBy: string;
      /** Format: date-time */
      uploadedAt: string;
    };
    CorrectionResponse: {
      /** @description The audit sequence number of the correction */
      seq: number;
      /** @description Each corrected field (section, date, proposal, decision, responseText, preparers, presenter) as {before, after} */
      changes: {
        [key: string]: unknown;
      };
      reason: string;
      actor: string;
      /** Format: date-time */
      at: string;
    };
    HandlingResponse: {
      /** @description The audit sequence number of the event that recorded it */
      seq: number;
      event: components['schemas']['EventType'];
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      date: string;
      section: number;
      preparers: components['schemas']['PreparerResponse'][];
      presenter: string | null;
      proposal: string | null;
      decision: string | null;
      decisionType: components['schemas']['DecisionType'];
      /** Format: uuid */
      statementBodyId: string | null;
      responseText: string | null;
      resolutions: string[];
      attachments: components['schemas']['AttachmentResponse'][];
      /** @description Its corrections (oikaisu), oldest first; the fields above show the values as corrected */
      corrections: components['schemas']['CorrectionResponse'][];
    };
    /** @enum {string} */
    MeetingStatus: 'planned' | 'agendaPublished' | 'held' | 'minutesChecked' | 'cancelled';
    /** @enum {string} */
    AgendaEvent: 'REFER_TO_BOARD' | 'RECORD_STATEMENT' | 'RECORD_BOARD_DECISION' | 'RECORD_COUNCIL_DECISION';
    AgendaPlacementResponse: {
      /** Format: uuid */
      itemId: string;
      /** Format: uuid */
      meetingId: string;
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      date: string;
      startTime: string | null;
      meetingStatus: components['schemas']['MeetingStatus'];
      section: number;
      title: string;
      event: components['schemas']['AgendaEvent'];
      /** @description True until the meeting’s decision is recorded */
      open: boolean;
      eventSeq: number | null;
    };
    /** @enum {string} */
    LinkKind: 'related' | 'duplicateOf' | 'answeredJointly';
    /**
     * @description outgoing: made from this initiative (for duplicateOf: this one is a duplicate of the other); incoming: made from the other (this one has a duplicate)
     * @enum {string}
     */
    LinkDirection: 'outgoing' | 'incoming';
    LinkedInitiativeResponse: {
      /** Format: uuid */
      id: string;
      diaryNumber: string;
      title: string;
      state: components['schemas']['InitiativeState'];
    };
    LinkResponse: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['LinkKind'];
      /** @description outgoing: made from this initiative (for duplicateOf: this one is a duplicate of the other); incoming: made from the other (this one has a duplicate) */
      direction: components['schemas']['LinkDirection'];
      /** @description The initiative at the other end */
      initiative: components['schemas']['LinkedInitiativeResponse'];
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      removedBy: string | null;
      /**
       * Format: date-time
       * @description When the link was removed; the link stays as history
       */
      removedAt: string | null;
    };
    /** @enum {string} */
    DeadlineKind: 'statement' | 'council' | 'answer' | 'acknowledgement';
    /** @enum {string} */
    DeadlineStatus: 'open' | 'met' | 'dueSoon' | 'overdue';
    DeadlineResponse: {
      kind: components['schemas']['DeadlineKind'];
      /**
       * Format: uuid
       * @description The body asked, for a statement
       */
      bodyId: string | null;
      /** Format: date */
      dueDate: string;
      /** Format: date */
      metOn: string | null;
      status: components['schemas']['DeadlineStatus'];
      /** @description The rule the deadline comes from */
      rule: string | null;
    };
    /** @enum {string} */
    ClosureKind: 'council' | 'annualList';
    ClosureResponse: {
      kind: components['schemas']['ClosureKind'];
      /** Format: date */
      date: string;
      meeting: components['schemas']['MeetingResponse'];
      annualListId: string | null;
      resolutions: string[];
    };
    InitiativeResponse: {
      /** Format: uuid */
      id: string;
      diaryNumber: string;
      title: string;
      text: string;
      /** @description The language of the title and text */
      language: components['schemas']['Language'];
      kind: components['schemas']['InitiativeKind'];
      /** Format: date */
      submittedOn: string;
      signatories: components['schemas']['SignatoryResponse'][];
      signatoryCount: number;
      hasFinancialEffect: boolean;
      /** @description The council meeting that recorded it */
      filedAt: components['schemas']['MeetingResponse'];
      /** @description The template of the rules the initiative is judged by */
      rulePack: components['schemas']['RulePackId'];
      /**
       * Format: date
       * @description The day those rules started: the version in force on the filing day
       */
      rulePackValidFrom: string;
      state: components['schemas']['InitiativeState'];
      /** @description Send it back as If-Match */
      version: number;
      machineVersion: number;
      /** @description What this user may do now */
      allowedEvents: components['schemas']['EventType'][];
      statements: components['schemas']['StatementRequestResponse'][];
      handlings: components['schemas']['HandlingResponse'][];
      attachments: components['schemas']['AttachmentResponse'][];
      /** @description Its items on meetings’ agendas, open ones (a proposal only) and decided ones, by meeting date */
      agenda: components['schemas']['AgendaPlacementResponse'][];
      /** @description Its standing links to other initiatives, both ways */
      links: components['schemas']['LinkResponse'][];
      deadlines: components['schemas']['DeadlineResponse'][];
      closure: components['schemas']['ClosureResponse'] | null;
      /** Format: date */
      endedOn: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    StatementSummaryResponse: {
      /** Format: uuid */
      bodyId: string | null;
      status: components['schemas']['StatementStatus'];
      /** Format: date */
      dueDate: string | null;
      /** Format: date */
      resolvedOn: string | null;
    };
    SnippetSegmentResponse: {
      text: string;
      match: boolean;
    };
    MatchingDocumentResponse: {
      /** Format: uuid */
      id: string;
      /** @description The document’s file name */
      name: string;
    };
    InitiativeSummaryResponse: {
      /** Format: uuid */
      id: string;
      diaryNumber: string;
      title: string;
      kind: components['schemas']['InitiativeKind'];
      /** Format: date */
      submittedOn: string;
      firstSigner: string | null;
      signatoryCount: number;
      state: components['schemas']['InitiativeState'];
      version: number;
      /**
       * Format: date
       * @description The earliest unmet deadline
       */
      dueAt: string | null;
      statements: components['schemas']['StatementSummaryResponse'][];
      deadlines: components['schemas']['DeadlineResponse'][];
      closure: components['schemas']['ClosureResponse'] | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description With q: the passage of the text that matches, in order; null without q */
      snippet: components['schemas']['SnippetSegmentResponse'][] | null;
      /** @description The documents whose text matches the search `q` (only those the reader may read); empty without one */
      matchingDocuments: components['schemas']['MatchingDocumentResponse'][];
    };
    /**
     * @description The order of the items: a query past 1,000 matches is in filing order, not ranked
     * @enum {string}
     */
    ListSort: 'relevance' | 'filedAt' | '-filedAt' | 'dueDate';
    InitiativePageResponse: {
      items: components['schemas']['InitiativeSummaryResponse'][];
      total: number;
      /** @description false when the total is an estimate */
      totalExact: boolean;
      nextCursor: string | null;
      /** @description The order of the items: a query past 1,000 matches is in filing order, not ranked */
      sort: components['schemas']['ListSort'];
    };
    HandlingChangesDto: {
      /** @description The corrected § of the minutes */
      section?: number;
      /**
       * Format: date
       * @description The corrected meeting date
       */
      date?: string;
      proposal?: string;
      decision?: string;
      responseText?: string;
      preparers?: components['schemas']['PreparerDto'][];
      presenter?: string;
    };
    CorrectionDto: {
      changes: components['schemas']['HandlingChangesDto'];
      /**
       * @description Why the record is corrected
       * @example Pöytäkirjan mukaan § 53.
       */
      reason: string;
    };
    MinutesResponse: {
      seq: number;
      language: components['schemas']['Language'];
      /** @description The minutes paragraph, in that language */
      text: string;
    };
    AuditEntryResponse: {
      seq: number;
      /**
       * @description FILE for the filing, CORRECT_HANDLING for a correction of a handling, else the event type
       * @enum {string}
       */
      type:
        | 'FILE'
        | 'REFER_TO_BOARD'
        | 'REQUEST_STATEMENT'
        | 'RECORD_STATEMENT'
        | 'RECORD_WRITTEN_STATEMENT'
        | 'WAIVE_STATEMENT'
        | 'REFER_FOR_MEASURES'
        | 'RECORD_BOARD_DECISION'
        | 'RECORD_COUNCIL_DECISION'
        | 'CLOSE_VIA_ANNUAL_LIST'
        | 'WITHDRAW'
        | 'DECLARE_LAPSED'
        | 'CORRECT_HANDLING';
      /** @description The event as recorded */
      payload: {
        [key: string]: unknown;
      };
      actor: string;
      fromState: components['schemas']['InitiativeState'] | null;
      toState: components['schemas']['InitiativeState'];
      machineVersion: number;
      /** Format: date-time */
      occurredAt: string;
    };
    StatementRequestDto: {
      /**
       * Format: uuid
       * @description The body asked (a committee or subcommittee); give this or `officeHolder`, not both
       */
      bodyId?: string;
      /** @description The office holder (viranhaltija) asked instead of a body */
      officeHolder?: components['schemas']['OfficeHolderDto'];
      /** Format: date */
      dueDate: string;
      preparers: components['schemas']['PreparerDto'][];
    };
    StatementRequestsDto: {
      /**
       * Format: date
       * @description When the requests were sent; today when left out
       */
      date?: string;
      /** @description One request per body or office holder, each recorded as its own REQUEST_STATEMENT in this order */
      requests: components['schemas']['StatementRequestDto'][];
    };
    LinkDto: {
      /**
       * @description duplicateOf: this initiative is a duplicate of the other
       * @example related
       * @enum {string}
       */
      kind: 'related' | 'duplicateOf' | 'answeredJointly';
      /**
       * Format: uuid
       * @description The other initiative
       */
      initiativeId: string;
    };
    /** @enum {string} */
    BodyKind: 'council' | 'board' | 'committee' | 'subcommittee';
    BodyResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The Swedish name; null: the Finnish name serves */
      nameSv: string | null;
      kind: components['schemas']['BodyKind'];
      /** @description false once deactivated; its history stays */
      active: boolean;
    };
    CreateBodyDto: {
      /** @example Työllisyys- ja kansainvälisyysjaosto */
      name: string;
      /**
       * @description The Swedish name, for a bilingual municipality
       * @example Sysselsättnings- och internationaliseringssektionen
       */
      nameSv?: string | null;
      /** @enum {string} */
      kind: 'council' | 'board' | 'committee' | 'subcommittee';
    };
    UpdateBodyDto: {
      name?: string;
      /** @description null removes the Swedish name */
      nameSv?: string | null;
      /** @description false deactivates the body; its history stays */
      active?: boolean;
    };
    MeetingSummaryResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      date: string;
      /** @description HH:MM */
      startTime: string | null;
      place: string | null;
      status: components['schemas']['MeetingStatus'];
      /** Format: date */
      minutesCheckedOn: string | null;
    };
    PlannedMeetingDto: {
      /**
       * Format: date
       * @example 2026-05-20
       */
      date: string;
      /** @example 16:30 */
      startTime: string;
      /** @example Kokoustila Kekkonen */
      place?: string;
    };
    PlanMeetingsDto: {
      /** @description One meeting, or a year’s calendar at once: all of them are planned, or none */
      meetings: components['schemas']['PlannedMeetingDto'][];
    };
    AgendaInitiativeResponse: {
      /** Format: uuid */
      id: string;
      diaryNumber: string;
      title: string;
      state: components['schemas']['InitiativeState'];
      /** @description The handling the decision wrote for it */
      eventSeq: number | null;
    };
    PresenterResponse: {
      name: string;
      title?: string;
    };
    AgendaItemChangeResponse: {
      /** @description The fields as they were */
      before: {
        [key: string]: unknown;
      };
      /** @description The fields as changed */
      after: {
        [key: string]: unknown;
      };
      /** @description Why: required once the agenda was published */
      reason: string | null;
      actor: string;
      /** Format: date-time */
      occurredAt: string;
    };
    AgendaItemResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      meetingId: string;
      section: number;
      title: string;
      event: components['schemas']['AgendaEvent'];
      initiativeIds: string[];
      initiatives: components['schemas']['AgendaInitiativeResponse'][];
      preparers: components['schemas']['PreparerResponse'][];
      presenter: components['schemas']['PresenterResponse'] | null;
      proposal: string;
      responseText: string | null;
      answerDirectly: boolean;
      /** @description Null until the meeting’s decision is recorded */
      decision: string | null;
      decisionType: components['schemas']['DecisionType'] | null;
      /** Format: date */
      decidedOn: string | null;
      resolutions: string[];
      attachments: components['schemas']['AttachmentResponse'][];
      changes: components['schemas']['AgendaItemChangeResponse'][];
    };
    MeetingWithAgendaResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      date: string;
      /** @description HH:MM */
      startTime: string | null;
      place: string | null;
      status: components['schemas']['MeetingStatus'];
      /** Format: date */
      minutesCheckedOn: string | null;
      items: components['schemas']['AgendaItemResponse'][];
    };
    ChangeMeetingDto: {
      /**
       * Format: date
       * @description Moves a planned meeting
       */
      date?: string;
      /** @example 16:30 */
      startTime?: string;
      place?: string;
      /**
       * @description agendaPublished publishes the agenda, held marks the meeting held, cancelled cancels it
       * @enum {string}
       */
      status?: 'agendaPublished' | 'held' | 'cancelled';
    };
    PresenterDto: {
      /** @example Milla Tikkanen */
      name: string;
      /** @example Työllisyys- ja kansainvälisyyspäällikkö */
      title?: string;
    };
    AgendaItemDto: {
      /** @description The §; the next free § of the body’s year when left out */
      section?: number;
      /** @description The initiatives the item handles (several: joint handling) */
      initiativeIds: string[];
      /** @description The first initiative’s title when left out */
      title?: string;
      preparers: components['schemas']['PreparerDto'][];
      presenter?: components['schemas']['PresenterDto'];
      proposal: string;
      /** @description The statement (vastine) the proposal adopts */
      responseText?: string;
      /** @description The board proposes to answer directly (where the rules allow) */
      answerDirectly?: boolean;
      /**
       * @description What the decision records; from the body and state when left out
       * @enum {string}
       */
      event?: 'REFER_TO_BOARD' | 'RECORD_STATEMENT' | 'RECORD_BOARD_DECISION' | 'RECORD_COUNCIL_DECISION';
    };
    EditAgendaItemDto: {
      title?: string;
      preparers?: components['schemas']['PreparerDto'][];
      presenter?: components['schemas']['PresenterDto'];
      proposal?: string;
      responseText?: string;
      answerDirectly?: boolean;
      /** @description Required once the agenda is published: a correction */
      reason?: string;
    };
    AgendaDecisionDto: {
      /**
       * Format: date
       * @description The meeting’s date when left out
       */
      date?: string;
      /**
       * @description How the meeting decided
       * @enum {string}
       */
      decisionType: 'asProposed' | 'amended' | 'afterVote' | 'returned' | 'tabled' | 'noted';
      /** @description The proposal, when decided as proposed and left out */
      decision?: string;
      /** @description The council’s resolutions (toivomusponnet) */
      resolutions?: string[];
      /** @description The statement as decided, where the meeting changed it */
      responseText?: string;
    };
    MinutesCheckedDto: {
      /**
       * Format: date
       * @description The day the minutes were checked
       */
      date: string;
    };
    MinutesCheckedResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      date: string;
      /** @description HH:MM */
      startTime: string | null;
      place: string | null;
      status: components['schemas']['MeetingStatus'];
      /** Format: date */
      minutesCheckedOn: string | null;
      items: components['schemas']['AgendaItemResponse'][];
      /** @description The documents the checking made public */
      published: string[];
    };
    /**
     * @description City (kaupunki) or municipality (kunta) wording, in force today
     * @enum {string}
     */
    Wording: 'kaupunki' | 'kunta';
    ReferralTextsResponse: {
      /** @description The proposal */
      proposal: string;
      /** @description The decision */
      decision: string;
    };
    MunicipalityResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The template of the rules in force today */
      rulePack: components['schemas']['RulePackId'];
      /**
       * Format: date
       * @description The day the rules in force today started
       */
      rulePackValidFrom: string;
      /** @description Prefix of generated diary numbers */
      diaryPrefix: string;
      /** @description The majority language */
      language: components['schemas']['Language'];
      /** @description A bilingual municipality’s other language */
      secondLanguage: components['schemas']['Language'] | null;
      /** @description City (kaupunki) or municipality (kunta) wording, in force today */
      wording: components['schemas']['Wording'];
      /** @description Who may take each lifecycle action under the rules in force today */
      permissions: {
        [key: string]: unknown;
      };
      /** @description The standard referral sentence of the rules in force today, in the majority language: what the web app proposes for a referral */
      referral: components['schemas']['ReferralTextsResponse'];
    };
    MunicipalityDto: {
      /** @example Kajaani */
      name: string;
      /**
       * @description A template to start a new version of the rules from, in force from today, when the rules in force today come from another
       * @enum {string}
       */
      rulePack?: 'kajaani' | 'espoo' | 'helsinki' | 'turku' | 'kunta';
      /**
       * @description Prefix of generated diary numbers
       * @example KAJDno
       */
      diaryPrefix: string;
      /**
       * @description The majority language (default: unchanged)
       * @enum {string}
       */
      language?: 'fi' | 'sv';
      /**
       * @description A bilingual municipality’s other language; null: one language (default: unchanged)
       * @enum {string|null}
       */
      secondLanguage?: 'fi' | 'sv' | null;
    };
    BilingualResponse: {
      fi: string;
      sv: string;
    };
    AnnualListRuleResponse: {
      dueMonth: number;
      dueDay: number;
      section: number | null;
    };
    DiaryNumberRuleResponse: {
      defaultPrefix: string;
      /** @description Tokens {prefix}, {year}, {seq}, {seq:N} (zero-padded to N digits) */
      template: string;
    };
    /** @enum {string} */
    FinancialEffectScope: 'any' | 'with' | 'without';
    InitiativeScopeResponse: {
      minSignatories: number;
      /** @description Null: no upper bound */
      maxSignatories: number | null;
      financialEffect: components['schemas']['FinancialEffectScope'];
      kinds: components['schemas']['InitiativeKind'][];
      /** @description The hallintosääntö § of the rule */
      section: number | null;
    };
    /** @enum {string} */
    DeadlineRuleKind: 'council' | 'answer';
    DeadlineRuleResponse: {
      minSignatories: number;
      /** @description Null: no upper bound */
      maxSignatories: number | null;
      financialEffect: components['schemas']['FinancialEffectScope'];
      kinds: components['schemas']['InitiativeKind'][];
      /** @description The hallintosääntö § of the rule */
      section: number | null;
      kind: components['schemas']['DeadlineRuleKind'];
      months: number;
    };
    /** @enum {string} */
    LapseReferenceDate: 'endOfYearBeforeList' | 'listDueDate';
    LapseRuleResponse: {
      years: number;
      measuredAt: components['schemas']['LapseReferenceDate'];
      section: number | null;
    };
    AcknowledgementRuleResponse: {
      days: number;
      section: number | null;
    };
    RulePackResponse: {
      template: components['schemas']['RulePackId'];
      /**
       * Format: date
       * @description In force for initiatives filed from this day until the next version
       */
      validFrom: string;
      wording: components['schemas']['Wording'];
      municipality: components['schemas']['BilingualResponse'];
      council: components['schemas']['BilingualResponse'];
      board: components['schemas']['BilingualResponse'];
      /** @description The hallintosääntö as cited */
      governingRules: components['schemas']['BilingualResponse'];
      referralSection: number | null;
      annualList: components['schemas']['AnnualListRuleResponse'];
      diaryNumber: components['schemas']['DiaryNumberRuleResponse'];
      directAnswer: components['schemas']['InitiativeScopeResponse'][];
      deadlines: components['schemas']['DeadlineRuleResponse'][];
      lapse: components['schemas']['LapseRuleResponse'] | null;
      acknowledgement: components['schemas']['AcknowledgementRuleResponse'] | null;
      /** @description Per action (FILE_INITIATIVE and each event), the roles that may take it */
      permissions: {
        [key: string]: unknown;
      };
    };
    RulePackVersionResponse: {
      /** Format: uuid */
      id: string;
      rules: components['schemas']['RulePackResponse'];
      /** @description The administrator who added it; null for the first version */
      createdBy: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    RulePackTemplateResponse: {
      id: components['schemas']['RulePackId'];
      rules: components['schemas']['RulePackResponse'];
    };
    DeadlineOfFilingResponse: {
      kind: components['schemas']['DeadlineRuleKind'];
      /** Format: date */
      dueDate: string;
      rule: string;
    };
    DeadlinesChangeResponse: {
      before: components['schemas']['DeadlineOfFilingResponse'][];
      after: components['schemas']['DeadlineOfFilingResponse'][];
    };
    /** @enum {string} */
    AnswerChannel: 'council' | 'directAnswer';
    ChannelChangeResponse: {
      before: components['schemas']['AnswerChannel'];
      after: components['schemas']['AnswerChannel'];
    };
    LapseChangeResponse: {
      listYear: number;
      before: boolean;
      after: boolean;
    };
    InitiativeRuleChangeResponse: {
      /** Format: uuid */
      initiativeId: string;
      diaryNumber: string;
      title: string;
      deadlines: components['schemas']['DeadlinesChangeResponse'] | null;
      channel: components['schemas']['ChannelChangeResponse'] | null;
      lapse: components['schemas']['LapseChangeResponse'] | null;
    };
    RulePackPreviewResponse: {
      rules: components['schemas']['RulePackResponse'];
      /** @description Open initiatives the version would judge (filed from its start until the next version) */
      judged: number;
      changes: components['schemas']['InitiativeRuleChangeResponse'][];
      /** @description Initiatives (diary numbers) whose recorded handling the version would contradict: saving is refused */
      contradicted: string[];
    };
    StateCountsResponse: {
      registered: number;
      boardPreparation: number;
      awaitingStatements: number;
      councilConsideration: number;
      answered: number;
      closed: number;
      withdrawn: number;
      lapsed: number;
    };
    DueDeadlineResponse: {
      kind: components['schemas']['DeadlineKind'];
      /**
       * Format: uuid
       * @description The body asked, for a statement
       */
      bodyId: string | null;
      /** Format: date */
      dueDate: string;
      /** Format: date */
      metOn: string | null;
      status: components['schemas']['DeadlineStatus'];
      /** @description The rule the deadline comes from */
      rule: string | null;
      /** Format: uuid */
      initiativeId: string;
      diaryNumber: string;
      title: string;
      state: components['schemas']['InitiativeState'];
    };
    OpenRequestsAtBodyResponse: {
      /** Format: uuid */
      bodyId: string;
      open: number;
      overdue: number;
    };
    MyRequestResponse: {
      /** Format: uuid */
      initiativeId: string;
      diaryNumber: string;
      title: string;
      state: components['schemas']['InitiativeState'];
      /** Format: uuid */
      bodyId: string;
      /** Format: date */
      requestedOn: string;
      /** Format: date */
      dueDate: string;
      status: components['schemas']['DeadlineStatus'];
    };
    TaskInitiativeResponse: {
      /** Format: uuid */
      initiativeId: string;
      diaryNumber: string;
      title: string;
      /** Format: date */
      submittedOn: string;
    };
    OverdueRequestResponse: {
      /** Format: uuid */
      initiativeId: string;
      diaryNumber: string;
      title: string;
      /**
       * Format: uuid
       * @description The body asked; null when an office holder was
       */
      bodyId: string | null;
      officeHolder: string | null;
      /** Format: date */
      dueDate: string;
    };
    AnnualListTaskResponse: {
      year: number;
      /** Format: date */
      dueDate: string;
      status: components['schemas']['DeadlineStatus'];
    };
    RegistrarTasksResponse: {
      /** @description Filed, not yet referred; oldest first */
      toRefer: components['schemas']['TaskInitiativeResponse'][];
      toReferTotal: number;
      /** @description Open requests past their due date */
      overdueRequests: components['schemas']['OverdueRequestResponse'][];
      overdueRequestsTotal: number;
      /** @description In board preparation, no request open: the board’s proposal to make; oldest first */
      boardDecisions: components['schemas']['TaskInitiativeResponse'][];
      boardDecisionsTotal: number;
      /** @description This year’s annual list, due within 30 days or late and not yet decided */
      annualList: components['schemas']['AnnualListTaskResponse'] | null;
    };
    DashboardResponse: {
      /** Format: date */
      today: string;
      /** @description Initiatives per state, every state named */
      byState: components['schemas']['StateCountsResponse'];
      /** @description Overdue and due-soon deadlines */
      deadlines: components['schemas']['DueDeadlineResponse'][];
      openRequestsByBody: components['schemas']['OpenRequestsAtBodyResponse'][];
      oldestOpen: components['schemas']['InitiativeSummaryResponse'][];
      /** @description Open requests at the bodies this user serves */
      myRequests: components['schemas']['MyRequestResponse'][];
      /** @description What the registry has to do next; null for anyone else */
      myTasks: components['schemas']['RegistrarTasksResponse'] | null;
    };
    AnnualListItemResponse: {
      /** Format: uuid */
      id: string;
      diaryNumber: string;
      title: string;
      /** Format: date */
      submittedOn: string;
      firstSigner: string | null;
      state: components['schemas']['InitiativeState'];
      /** @description Where the initiative stands, in the list’s language */
      stage: string;
      /** @description What has been done so far, one line each, by date: handlings (with §), statement requests, referrals for measures, office holders’ written answers, waivers */
      measures: string[];
      /** @description Old enough to lapse at the list’s due date under the rule pack */
      lapseEligible: boolean;
      /** @description What this user may do with it now */
      allowedEvents: components['schemas']['EventType'][];
    };
    AnnualListTranslationItemResponse: {
      /** Format: uuid */
      id: string;
      stage: string;
      measures: string[];
    };
    AnnualListTranslationResponse: {
      language: components['schemas']['Language'];
      municipality: string;
      rule: string;
      lapseRule: string | null;
      title: string;
      proposal: string;
      items: components['schemas']['AnnualListTranslationItemResponse'][];
    };
    AnnualListResponse: {
      year: number;
      /** @description The language of the texts below */
      language: components['schemas']['Language'];
      municipality: string;
      /**
       * Format: date
       * @description 31.12. of the year before
       */
      cutoff: string;
      /** Format: date */
      dueDate: string;
      rule: string;
      lapseRule: string | null;
      title: string;
      proposal: string;
      items: components['schemas']['AnnualListItemResponse'][];
      /** @description language=both: the list’s texts and stages in the other language */
      translation: components['schemas']['AnnualListTranslationResponse'] | null;
    };
    AnnualListDecisionDto: {
      /** @description The council meeting that decided on the list */
      meeting: components['schemas']['MeetingDto'];
      /** @description The decision’s reference, e.g. its diary number */
      annualListId: string;
      /** @description Initiatives the council declares fully handled */
      close: string[];
      /** @description Old initiatives the council keeps open despite the lapse rule */
      keep: string[];
    };
    AnnualListDecisionResponse: {
      year: number;
      /** @description Initiatives closed by the decision */
      closed: string[];
      /** @description Initiatives declared lapsed by the decision */
      lapsed: string[];
    };
    AttachmentReadResponse: {
      /** @description Who read the document */
      reader: string;
      /** Format: date-time */
      readAt: string;
    };
    ReminderSettingsResponse: {
      /** @description An SMTP server is configured (SMTP_HOST): reminders can be sent */
      emailConfigured: boolean;
    };
    ReminderRunResponse: {
      /** Format: date */
      day: string;
      /** @description New messages added to the outbox by this run */
      queued: number;
      sent: number;
      failed: number;
    };
    OutboxEntryResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      municipalityId: string;
      /** Format: date */
      day: string;
      /** @description What the reminder is about; one message per key and day */
      reminderKey: string;
      /** Format: uuid */
      initiativeId: string;
      recipient: string;
      subject: string;
      body: string;
      /** @enum {string} */
      status: 'pending' | 'sent' | 'failed';
      attempts: number;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      sentAt: string | null;
    };
    /** @enum {string} */
    AdminEntityKind: 'user' | 'body' | 'municipality' | 'rulePack';
    /** @enum {string} */
    AdminAction: 'create' | 'update';
    AdminChangeResponse: {
      /** @description The change’s number: later changes have larger ones */
      seq: string;
      /**
       * Format: uuid
       * @description The administrator who made the change
       */
      actorId: string;
      /** @description Their name when they made it */
      actorName: string;
      /** Format: date-time */
      changedAt: string;
      entityKind: components['schemas']['AdminEntityKind'];
      /** @description The user, body, municipality or rule-pack version changed */
      entityId: string;
      action: components['schemas']['AdminAction'];
      /** @description What was set, never a password or its hash (a reset is `passwordReset: true`) */
      change: {
        [key: string]: unknown;
      };
    };
    AdminLogPageResponse: {
      items: components['schemas']['AdminChangeResponse'][];
      /** @description Pass as `cursor` for the older changes; null: no more */
      nextCursor: string | null;
    };
    /** @enum {string} */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'NOT_FOUND'
      | 'FORBIDDEN'
      | 'CROSS_ORIGIN_REQUEST'
      | 'UNAUTHENTICATED'
      | 'PASSWORD_CHANGE_REQUIRED'
      | 'STALE_VERSION'
      | 'TRANSITION_NOT_ALLOWED'
      | 'DUPLICATE_DIARY_NUMBER'
      | 'DUPLICATE_NAME'
      | 'DATABASE_UNAVAILABLE'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'METHOD_NOT_ALLOWED'
      | 'TOO_MANY_ATTEMPTS'
      | 'POSTPONEMENT_LIMIT_REACHED'
      | 'STATEMENT_REQUEST_LIMIT_REACHED'
      | 'HANDLING_LIMIT_REACHED'
      | 'TEXT_LIMIT_REACHED'
      | 'DOCUMENT_LIMIT_REACHED'
      | 'DOCUMENT_BYTES_LIMIT_REACHED'
      | 'TOO_MANY_DOWNLOADS'
      | 'TOO_MANY_REQUESTS'
      | 'DOWNLOADS_BUSY'
      | 'SERVER_BUSY'
      | 'BODY_TOO_COMPLEX'
      | 'REMINDERS_OFF'
      | 'SECTION_TAKEN'
      | 'ALREADY_ON_AGENDA'
      | 'ALREADY_DECIDED'
      | 'NOTHING_TO_DECIDE'
      | 'MEETING_STEP_NOT_ALLOWED'
      | 'MEETING_CANCELLED'
      | 'MEETING_NOT_YET_HELD'
      | 'MINUTES_ALREADY_CHECKED'
      | 'AGENDA_ITEMS_UNDECIDED'
      | 'CORRECTION_CONTRADICTS_LOG'
      | 'LINK_EXISTS'
      | 'LINK_TO_ITSELF'
      | 'RULE_PACK_CHANGED'
      | 'RULE_PACK_VERSION_EXISTS'
      | 'RULE_PACK_CONTRADICTS_HISTORY'
      | 'PASSWORDS_NOT_ALLOWED'
      | 'OIDC_NOT_CONFIGURED'
      | 'OIDC_STATE_INVALID'
      | 'OIDC_PROVIDER_REFUSED'
      | 'OIDC_ID_TOKEN_INVALID'
      | 'OIDC_PROVIDER_UNREACHABLE'
      | 'OIDC_NO_ROLE'
      | 'OIDC_ACCOUNT_REFUSED'
      | 'INTERNAL';
    /**
     * @description The rule that failed, which the client words
     * @enum {string}
     */
    FieldRule:
      | 'required'
      | 'text'
      | 'maxLength'
      | 'unsafeCharacters'
      | 'isoDate'
      | 'timeOfDay'
      | 'isInt'
      | 'min'
      | 'max'
      | 'isIn'
      | 'isUuid'
      | 'isBoolean'
      | 'isArray'
      | 'isObject'
      | 'arrayMaxSize'
      | 'unknownField'
      | 'inUse'
      | 'dateRange'
      | 'noSuchBody'
      | 'bodyInactive'
      | 'bodyOfWrongKind'
      | 'oneAddressee'
      | 'dueDateWithReply'
      | 'dueDateWithoutReply'
      | 'year'
      | 'signatoriesOverCount'
      | 'oneFirstSigner'
      | 'municipalityLanguage'
      | 'notOnList'
      | 'closedAndKept'
      | 'secretaryWithoutBody'
      | 'sameLanguageTwice'
      | 'ifMatch'
      | 'statusWithMove'
      | 'nothingToChange'
      | 'correctionReason'
      | 'referralDecided'
      | 'resolutionsAtCouncil'
      | 'decisionWritten'
      | 'initiativeTwice'
      | 'addresseeTwice'
      | 'notRecorded'
      | 'notAnAgendaItem'
      | 'bodyOfAgendaItem'
      | 'noSuchHandling'
      | 'onlyForConfidential'
      | 'onlyForNotYetPublic'
      | 'agendaItemNeeded'
      | 'ownAdminAccess'
      | 'passwordTooShort'
      | 'commonPassword'
      | 'wrongPassword'
      | 'samePassword'
      | 'fileType'
      | 'oneFile'
      | 'malformedUpload'
      | 'rulePack'
      | 'rulesContradictHistory'
      | 'issuerUrl'
      | 'clientSecretNeeded'
      | 'noSignInLeft'
      | 'invalid';
    FieldErrorResponse: {
      /** @description The field, e.g. `meeting.date` */
      field: string;
      message: string;
      /** @description The rule that failed, which the client words */
      rule: components['schemas']['FieldRule'];
      /** @description What the message names, for the client to word it */
      params?: {
        [key: string]: string | number;
      };
    };
    /**
     * @description Why a step is not possible now
     * @enum {string}
     */
    LifecycleRefusal:
      | 'requestAlreadyOpen'
      | 'noOpenRequest'
      | 'meetingOfAnotherBody'
      | 'beforeRequest'
      | 'dueBeforeRequest'
      | 'dueDateWithReplyOnly'
      | 'beforeFiling'
      | 'oneAddressee'
      | 'statementsOpen'
      | 'outcomeOfDecisionType'
      | 'directAnswerNotAllowed'
      | 'notInState';
    ProblemResponse: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: components['schemas']['ErrorCode'];
      errors?: components['schemas']['FieldErrorResponse'][];
      /** @description The initiative’s state, when a step is not possible now */
      state?: components['schemas']['InitiativeState'];
      /** @description What is possible now instead */
      allowedEvents?: components['schemas']['EventType'][];
      /** @description The version to reload, after a stale If-Match */
      currentVersion?: number;
      /** @description The initiatives a bulk decision could not be applied to */
      refused?: string[];
      /** @description Seconds until the client may try again */
      retryAfter?: number;
      /** @description The meeting’s status, when a step is not possible now */
      meetingStatus?: components['schemas']['MeetingStatus'];
      /** @description Why a step is not possible now */
      reason?: components['schemas']['LifecycleRefusal'];
      /** @description Which of several statement requests sent at once (0-based, as in `requests`) was refused */
      requestIndex?: number;
      /** @description What the message names, for the client to word it */
      params?: {
        [key: string]: string | number;
      };
    };
  };
  responses: {
    /** @description A problem (RFC 9457); `code` tells which */
    Problem: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['ProblemResponse'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
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
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      /** @description The database is not reachable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  HealthController_live: {
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
          'application/json': components['schemas']['LiveResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
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
          'application/json': components['schemas']['ReadyResponse'];
        };
      };
      /** @description Not ready: `checks` tells which failed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadyResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AuthController_municipalitiesToSignInTo: {
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
          'application/json': components['schemas']['MunicipalityToSignInToResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
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
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
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
      /** @description Signed out; the cookie is cleared */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
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
          'application/json': components['schemas']['MeResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  OidcController_options: {
    parameters: {
      query?: {
        /** @description The municipality’s id or address name (`kajaani`) */
        municipality?: unknown;
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
          'application/json': components['schemas']['SignInOptionsResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  OidcController_start: {
    parameters: {
      query?: {
        /** @description The municipality’s id or address name (`kajaani`) */
        municipality?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider; on a failure to the sign-in page with `signInError` */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  OidcController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Into the web app signed in; on a failure to the sign-in page with `signInError` */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  SignInSettingsController_get: {
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
          'application/json': components['schemas']['SignInSettingsResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  SignInSettingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInSettingsResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
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
          'application/json': components['schemas']['UserResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
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
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  UsersController_update: {
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
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_list: {
    parameters: {
      query?: {
        /** @description Repeat for several states */
        state?: (
          | 'registered'
          | 'boardPreparation'
          | 'awaitingStatements'
          | 'councilConsideration'
          | 'answered'
          | 'closed'
          | 'withdrawn'
          | 'lapsed'
        )[];
        /** @description Words of the title and text (Finnish or Swedish stemming; "quoted phrases", -excluded words, or), a diary number whole or in part, or a signatory’s name with or without diacritics */
        q?: string;
        /** @description Has a handling or a statement request at this body */
        bodyId?: string;
        /** @description Filing year */
        year?: number;
        deadline?: 'overdue' | 'dueSoon';
        /** @description Part of a signatory’s name, with or without diacritics */
        signatory?: string;
        /** @description Page size, 50 by default */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description relevance by default with q (filedAt past 1,000 matches: see the page’s sort), filedAt without */
        sort?: 'relevance' | 'filedAt' | '-filedAt' | 'dueDate';
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
          'application/json': components['schemas']['InitiativePageResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_file: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FilingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_export: {
    parameters: {
      query: {
        /** @description Repeat for several states */
        state?: (
          | 'registered'
          | 'boardPreparation'
          | 'awaitingStatements'
          | 'councilConsideration'
          | 'answered'
          | 'closed'
          | 'withdrawn'
          | 'lapsed'
        )[];
        /** @description Words of the title and text (Finnish or Swedish stemming; "quoted phrases", -excluded words, or), a diary number whole or in part, or a signatory’s name with or without diacritics */
        q?: string;
        /** @description Has a handling or a statement request at this body */
        bodyId?: string;
        /** @description Filing year */
        year?: number;
        deadline?: 'overdue' | 'dueSoon';
        /** @description Part of a signatory’s name, with or without diacritics */
        signatory?: string;
        /** @description Page size, 50 by default */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description relevance by default with q (filedAt past 1,000 matches: see the page’s sort), filedAt without */
        sort?: 'relevance' | 'filedAt' | '-filedAt' | 'dueDate';
        format: 'csv' | 'xlsx';
        /** @description The headers’ and states’ language: fi by default */
        language?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_get: {
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
          'application/json': components['schemas']['InitiativeResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_pdf: {
    parameters: {
      query?: {
        /** @description The reader’s language: fi by default */
        language?: 'fi' | 'sv' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_auditLog: {
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
          'application/json': components['schemas']['AuditEntryResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_apply: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version you loaded, e.g. "3": refused with 409 if stale */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['ReferToBoardDto']
          | components['schemas']['RequestStatementDto']
          | components['schemas']['RecordStatementDto']
          | components['schemas']['RecordWrittenStatementDto']
          | components['schemas']['WaiveStatementDto']
          | components['schemas']['ReferForMeasuresDto']
          | components['schemas']['RecordBoardDecisionDto']
          | components['schemas']['RecordCouncilDecisionDto']
          | components['schemas']['CloseViaAnnualListDto']
          | components['schemas']['WithdrawDto']
          | components['schemas']['DeclareLapsedDto'];
      };
    };
    responses: {
      /** @description The initiative after the event */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_correct: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version you loaded, e.g. "3": refused with 409 if stale */
        'If-Match'?: string;
      };
      path: {
        id: string;
        seq: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectionDto'];
      };
    };
    responses: {
      /** @description The initiative after the correction */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  InitiativesController_minutes: {
    parameters: {
      query?: {
        /** @description fi or sv, one the municipality uses; its majority language by default */
        language?: 'fi' | 'sv';
      };
      header?: never;
      path: {
        id: string;
        seq: number;
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
          'application/json': components['schemas']['MinutesResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  StatementRequestsController_request: {
    parameters: {
      query?: never;
      header?: {
        /** @description The version you loaded, e.g. "3": refused with 409 if stale */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StatementRequestsDto'];
      };
    };
    responses: {
      /** @description The initiative after the requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  LinksController_list: {
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
          'application/json': components['schemas']['LinkResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  LinksController_add: {
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
        'application/json': components['schemas']['LinkDto'];
      };
    };
    responses: {
      /** @description The link as this initiative sees it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  LinksController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        linkId: string;
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
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  BodiesController_list: {
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
          'application/json': components['schemas']['BodyResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  BodiesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBodyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BodyResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  BodiesController_update: {
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
        'application/json': components['schemas']['UpdateBodyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BodyResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_calendar: {
    parameters: {
      query?: {
        /** @description The calendar year; every year when left out */
        year?: number;
      };
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
          'application/json': components['schemas']['MeetingSummaryResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_plan: {
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
        'application/json': components['schemas']['PlanMeetingsDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingSummaryResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_get: {
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
          'application/json': components['schemas']['MeetingWithAgendaResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_change: {
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
        'application/json': components['schemas']['ChangeMeetingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingWithAgendaResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_addItem: {
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
        'application/json': components['schemas']['AgendaItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaItemResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_editItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EditAgendaItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaItemResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AgendaDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgendaItemResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MeetingsController_checkMinutes: {
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
        'application/json': components['schemas']['MinutesCheckedDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MinutesCheckedResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MunicipalityController_get: {
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
          'application/json': components['schemas']['MunicipalityResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  MunicipalityController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MunicipalityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MunicipalityResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RulePacksController_versions: {
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
          'application/json': components['schemas']['RulePackVersionResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RulePacksController_add: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RulePackResponse'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RulePackVersionResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RulePacksController_templates: {
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
          'application/json': components['schemas']['RulePackTemplateResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RulePacksController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RulePackResponse'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RulePackPreviewResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  DashboardController_dashboard: {
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
          'application/json': components['schemas']['DashboardResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AnnualListController_preview: {
    parameters: {
      query?: {
        /** @description fi or sv, one the municipality uses, or both (a bilingual municipality: the majority language first); the majority language by default */
        language?: 'fi' | 'sv' | 'both';
      };
      header?: never;
      path: {
        year: string;
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
          'application/json': components['schemas']['AnnualListResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AnnualListController_export: {
    parameters: {
      query: {
        /** @description fi or sv, one the municipality uses, or both (a bilingual municipality: the majority language first); the majority language by default */
        language?: 'fi' | 'sv' | 'both';
        format: 'pdf' | 'docx' | 'csv';
        /** @description The agenda item’s preparer; the signed-in user by default */
        preparer?: string;
      };
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'text/csv; charset=utf-8': string;
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AnnualListController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnnualListDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnnualListDecisionResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AttachmentsController_upload: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AttachmentsController_content: {
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
      /** @description The document, with its own content type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AttachmentsController_reads: {
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
          'application/json': components['schemas']['AttachmentReadResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RemindersController_settings: {
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
          'application/json': components['schemas']['ReminderSettingsResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RemindersController_run: {
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
          'application/json': components['schemas']['ReminderRunResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  RemindersController_outbox: {
    parameters: {
      query?: {
        /** @description How many messages, 100 by default */
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
        content: {
          'application/json': components['schemas']['OutboxEntryResponse'][];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
  AdminLogController_page: {
    parameters: {
      query?: {
        /** @description How many changes, 50 by default */
        limit?: number;
        /** @description nextCursor of the previous page */
        cursor?: string;
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
          'application/json': components['schemas']['AdminLogPageResponse'];
        };
      };
      '4XX': components['responses']['Problem'];
      '5XX': components['responses']['Problem'];
    };
  };
}
