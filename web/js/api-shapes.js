// The JSON the server sends, one shape per API answer, written once here: modules read these fields and no
// others. Each typedef names the Java record it mirrors; when a record changes, change its typedef and the
// modules that read it (search the typedef's name). Nothing runs here: modules refer to the types in their JSDoc,
// e.g. `@returns {Promise<import('./api-shapes.js').MaraudePlan>}`. A browser test (ApiShapes in
// src/test/java/fr/allervers/web) compares some of these typedefs with the server's real answers.
//
// Conventions of the server's JSON (Jackson): dates "yyyy-mm-dd"; months "yyyy-mm"; instants and offset
// date-times ISO 8601 with their offset; LocalDateTime "yyyy-mm-ddThh:mm:ss" (no offset, local time); enums by
// name; a missing optional value is null, never left out; geometries are GeoJSON (lon, lat).

/** @typedef {'AM'|'PM'} HalfDay */
/** @typedef {'ADMIN'|'COORDINATOR'|'FIELD'|'FUNDER'} Role */

// ---- Accounts and reference data ------------------------------------------------------------------------------

/**
 * GET /api/me (security.AccountController.Me).
 * @typedef {Object} Me
 * @property {string} username
 * @property {Role} role
 * @property {string} consortium
 * @property {?number} staffId the staff record of a field account, null when none is linked
 * @property {?string} staffLabel
 * @property {?number} organisationId the member organisation its encounters are recorded for: a field account's
 *   own (its person's, else its account's), the only one it may record for
 * @property {?string} organisationName
 * @property {boolean} mustChangePassword the password is temporary: nothing else is allowed until it is changed
 * @property {boolean} platformOperator whether it imports the communes and QPV all consortia share
 */

/**
 * GET /api/map-config (web.MapConfigController.MapConfig). No tile URL: the map has no background.
 * @typedef {Object} MapConfig
 * @property {?string} tileUrl
 * @property {?string} tileAttribution
 */

/**
 * One element of GET /api/territories (setup.TerritoryController.TerritoryView); also the answer of POST
 * /api/territories and PUT /api/territories/{id} (administration.TerritoryAdminController.TerritoryView).
 * @typedef {Object} Territory
 * @property {number} id
 * @property {string} name
 * @property {boolean} demo
 * @property {string} consortium
 * @property {Array<{insee: string, name: string, population: ?number}>} communes
 */

/**
 * One element of GET /api/staff (territory.TeamController.StaffView).
 * @typedef {Object} Staff
 * @property {number} id
 * @property {string} ref
 * @property {string} label
 * @property {string} role
 * @property {string} roleLabel
 * @property {?string} organisation
 * @property {?string} availability
 */

/**
 * One element of GET /api/vans (territory.TeamController.VanView).
 * @typedef {Object} Van
 * @property {number} id
 * @property {string} ref
 * @property {string} label
 * @property {?number} basePlaceId
 * @property {?string} availability
 */

/**
 * One element of GET /api/organisations (administration.OrganisationController.OrganisationView): the active
 * organisations, or all of them with ?archived=true.
 * @typedef {Object} Organisation
 * @property {number} id
 * @property {string} name
 * @property {boolean} archived no longer offered for new accounts, staff or encounters; still named where used
 * @property {?string} archivedAt ISO instant, null when active
 */

/**
 * One element of GET /api/users, and the answer of the account changes (security.AccountController.UserView).
 * @typedef {Object} Account
 * @property {number} id
 * @property {string} username
 * @property {Role} role
 * @property {?string} organisation its name
 * @property {?number} staffId the linked staff record of a field account
 * @property {?string} staffLabel
 * @property {boolean} enabled
 * @property {boolean} mustChangePassword its password is temporary
 * @property {boolean} platformOperator whether it imports the communes and QPV all consortia share
 * @property {string} createdAt ISO instant
 */

/**
 * POST /api/users/{id}/password-reset (security.AccountController.PasswordReset): shown once, never again.
 * @typedef {Object} PasswordReset
 * @property {string} username
 * @property {string} temporaryPassword
 */

/**
 * PUT /api/me/password (security.AccountController.PasswordChanged).
 * @typedef {Object} PasswordChanged
 * @property {string} landing the page to go to next: the role's own view
 */

/**
 * One step of GET /api/setup/progress (administration.SetupProgress.Step), done or not as the data says.
 * @typedef {Object} SetupStep
 * @property {string} key
 * @property {string} title
 * @property {boolean} done
 * @property {number} count
 * @property {string} detail
 * @property {string} href where the step is done
 * @property {string} action the link's text
 */

/**
 * GET /api/setup/progress (administration.SetupProgress.Progress): « Premiers pas ».
 * @typedef {Object} SetupProgress
 * @property {Array<SetupStep>} steps
 * @property {number} done
 * @property {number} total
 * @property {boolean} complete
 */

/**
 * GET /api/layers/{kind} and GET /api/heatmap: a GeoJSON FeatureCollection. The properties of a layer's features
 * are those of the imported file (documented in docs/ for each kind); a heatmap cell has
 * `{count, people, weight}` and its id "column_row".
 * @typedef {Object} FeatureCollection
 * @property {'FeatureCollection'} type
 * @property {Array<{type: 'Feature', id: (string|number), geometry: Object, properties: Object}>} features
 */

/**
 * POST /api/imports/{kind} (imports.ImportReport).
 * @typedef {Object} ImportReport
 * @property {number} created
 * @property {number} updated
 * @property {number} unchanged
 * @property {Array<{feature: number, key: string, reason: string, areaChangePercent: number}>} repaired
 */

/**
 * A refused call (RFC 9457 problem+json, system.Problems): `detail` is the French message; an import refused
 * for one feature adds `feature` (its number), `key` and `reason`.
 * @typedef {Object} Problem
 * @property {string} [type]
 * @property {string} [title]
 * @property {number} [status]
 * @property {string} [detail]
 * @property {number} [feature]
 * @property {string} [key]
 * @property {string} [reason]
 */

// ---- Absences and targets -------------------------------------------------------------------------------------

/**
 * GET/POST /api/staff/{id}/absences (absence.AbsenceController.AbsenceView) and /api/vans/{id}/unavailability
 * (UnavailabilityView, with vanId and vanLabel instead of staffId and staffLabel). The pages read the common part.
 * @typedef {Object} Absence
 * @property {number} id
 * @property {string} from
 * @property {?HalfDay} fromHalfDay PM when it starts at noon of `from`
 * @property {string} to
 * @property {?HalfDay} toHalfDay AM when it ends at noon of `to`
 * @property {string} reason
 * @property {string} reasonLabel
 * @property {string} createdAt
 * @property {string} createdBy
 */

/**
 * GET/PUT /api/territories/{id}/communes/{insee}/targets (permanence.targets.CommuneTargetController.TargetsView).
 * @typedef {Object} CommuneTargets
 * @property {number} territoryId
 * @property {string} insee
 * @property {string} communeName
 * @property {number} minPerMonth
 * @property {number} maxPerMonth
 * @property {number} minSpacingDays
 * @property {boolean} custom false while the programme's defaults apply
 */

// ---- Days without permanence ---------------------------------------------------------------------------------

/**
 * GET/POST /api/closing-days (permanence.daysoff.DaysOffController.ClosingDayView).
 * @typedef {Object} ClosingDay
 * @property {number} id
 * @property {string} date
 * @property {?HalfDay} halfDay the only half-day closed; null for the whole day
 * @property {string} reason
 * @property {string} createdAt
 * @property {?string} createdBy
 */

/**
 * GET /api/days-off (DaysOffController.DayOffView): public holidays, closing days, school holidays of the zone.
 * @typedef {Object} DayOff
 * @property {string} from
 * @property {string} to
 * @property {?HalfDay} halfDay
 * @property {'PUBLIC_HOLIDAY'|'CLOSING'|'SCHOOL_HOLIDAY'} kind
 * @property {string} kindLabel « jour férié », « fermeture », « vacances scolaires »
 * @property {string} label e.g. « lundi de Pâques », the closing reason, « Vacances de Noël »
 * @property {boolean} permanencesHeld true only for school holidays the consortium keeps working through
 * @property {?number} closingDayId
 */

/**
 * GET/PUT /api/days-off/settings (DaysOffController.SettingsView).
 * @typedef {Object} DaysOffSettings
 * @property {?string} schoolZone
 * @property {boolean} noPermanenceInSchoolHolidays
 * @property {Array<string>} zones the zones that may be chosen
 */

// ---- Permanence plans -----------------------------------------------------------------------------------------

/**
 * The answer of POST /api/permanence-plans, POST …/replan and POST /api/maraude-plans. Re-planning a published
 * permanence plan (with {"confirm": true}, 409 otherwise) answers the id of its new draft version.
 * @typedef {Object} Created
 * @property {number} id
 */

/**
 * Who cancelled a permanence, when and why (permanence.plan.PlanViews.CancellationView).
 * @typedef {Object} Cancellation
 * @property {'MARCHE_ANNULE'|'PLACE_OCCUPEE'|'METEO'|'VEHICULE'|'EQUIPE'|'AUTRE'} reason
 * @property {string} reasonLabel « marché annulé », « place occupée », « météo », « camion indisponible »…
 * @property {?string} comment at most 200 characters
 * @property {?string} cancelledBy the account's name
 * @property {string} cancelledAt
 */

/**
 * One case of a broken rule (permanence.plan.PlanViews.BrokenRuleView): in a plan, its explanation and a move
 * preview. Plans scored before these entries existed give one entry per rule with only label and message.
 * @typedef {Object} BrokenRule
 * @property {?string} rule stable code: STAFF_UNAVAILABLE, INCOMPLETE_PAIR, VAN_CONFLICT, COMMUNE_MONTHLY_MINIMUM…
 * @property {string} label the rule's French name, e.g. « Professionnel indisponible »
 * @property {?('hard'|'medium')} severity hard: the plan cannot be published as it is
 * @property {string} message who, where and when, in French
 * @property {?number} permanenceId the (first) permanence concerned
 * @property {Array<number>} permanenceIds every permanence concerned
 * @property {?string} date the day concerned
 * @property {?string} communeInsee
 * @property {Array<{id: number, label: string}>} people
 */

/**
 * One permanence of a plan (permanence.plan.PlanViews.PermanenceView).
 * @typedef {Object} Permanence
 * @property {number} id
 * @property {string} date
 * @property {HalfDay} halfDay
 * @property {number} placeId
 * @property {string} placeName
 * @property {string} communeInsee
 * @property {string} communeName
 * @property {?number} vanId null for a fixed permanence (no van)
 * @property {?string} vanLabel
 * @property {Array<{id: number, label: string, role: string}>} staff
 * @property {boolean} pinned
 * @property {'PLANNED'|'CANCELLED'} status a cancelled permanence stays in the plan, « annulée », not held
 * @property {?Cancellation} cancellation null unless cancelled
 */

/**
 * GET /api/permanence-plans/{id}, and the answer of PATCH …/permanences/{pid}, PUT and DELETE …/publication
 * (permanence.plan.PlanViews.PlanView).
 * @typedef {Object} PermanencePlan
 * @property {number} id
 * @property {number} territoryId
 * @property {string} from
 * @property {string} to
 * @property {number} secondsLimit
 * @property {number} fixedTeams
 * @property {'SOLVING'|'DONE'|'FAILED'|'INTERRUPTED'} status
 * @property {?string} score while solving, the best score so far
 * @property {Array<BrokenRule>} brokenRules
 * @property {?string} failure
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {?string} publishedAt null while it is a draft
 * @property {?number} previousVersionId the published plan this version re-plans
 * @property {?number} nextVersionId the latest version re-planning this one (a draft until published)
 * @property {Array<Permanence>} permanences
 */

/**
 * POST /api/permanence-plans/{id}/permanences/{pid}/move-preview (permanence.plan.PlanViews.MovePreview): what the
 * move (same body as PATCH …/permanences/{pid}) would do, nothing written.
 * @typedef {Object} MovePreview
 * @property {Array<BrokenRule>} brokenRules every case the moved plan would break
 * @property {Array<BrokenRule>} introduced the cases the move itself would bring in
 * @property {Array<BrokenRule>} resolved the cases it would mend
 * @property {boolean} hardRulesIntroduced whether it brings in a hard rule (the page then asks for confirmation)
 */

/**
 * One element of GET /api/permanence-plans?territoryId= (permanence.plan.PlanViews.PlanSummary).
 * @typedef {Object} PermanencePlanSummary
 * @property {number} id
 * @property {number} territoryId
 * @property {string} from
 * @property {string} to
 * @property {'SOLVING'|'DONE'|'FAILED'|'INTERRUPTED'} status
 * @property {?string} score
 * @property {number} permanences how many are held (cancelled ones left out)
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {?string} publishedAt
 * @property {?number} previousVersionId
 */

/**
 * The data of the `progress` events of GET /api/permanence-plans/{id}/events (permanence.plan.PlanProgress.Progress).
 * @typedef {Object} PlanProgress
 * @property {number} id
 * @property {'SOLVING'|'DONE'|'FAILED'|'INTERRUPTED'} status
 * @property {?string} score
 */

/**
 * GET /api/permanence-plans/{id}/explanation (permanence.plan.PlanViews.ExplanationView).
 * @typedef {Object} PlanExplanation
 * @property {number} planId
 * @property {?string} score
 * @property {Array<BrokenRule>} brokenRules
 * @property {Array<{insee: string, name: string, month: string, held: number, min: number, max: number,
 *   sentence: string, issues: Array<string>}>} communes
 * @property {Array<{id: ?number, date: string, halfDay: HalfDay, sentence: string, issues: Array<string>}>} permanences
 * @property {Array<string>} daysOff e.g. « Vendredi 25 décembre : jour férié (Noël), pas de permanence »
 */

/**
 * A permanence as it was or is, in a change (permanence.plan.PlanViews.PermanenceSnapshot).
 * @typedef {Object} PermanenceSnapshot
 * @property {number} permanenceId
 * @property {string} date
 * @property {HalfDay} halfDay
 * @property {string} halfDayLabel « matin », « après-midi »
 * @property {number} placeId
 * @property {string} placeName
 * @property {string} communeName
 * @property {?number} vanId
 * @property {?string} vanLabel
 * @property {Array<{id: number, label: string}>} people
 * @property {'PLANNED'|'CANCELLED'} status
 */

/**
 * One difference between two versions of a plan (permanence.plan.PlanViews.ChangeView).
 * @typedef {Object} PlanChange
 * @property {'MOVED'|'ADDED'|'REMOVED'|'CANCELLED'|'RESTORED'|'STAFF_CHANGED'} kind
 * @property {string} kindLabel « déplacée », « ajoutée », « supprimée », « annulée », « rétablie », « binôme modifié »
 * @property {?PermanenceSnapshot} before null for ADDED
 * @property {?PermanenceSnapshot} after null for REMOVED
 * @property {string} summary the change in French
 * @property {Array<{id: number, label: string}>} peopleIn
 * @property {Array<{id: number, label: string}>} peopleOut
 * @property {Array<{id: number, label: string}>} affected everyone whose schedule the change touches
 */

/**
 * GET /api/permanence-plans/{id}/changes[?against=] (permanence.plan.PlanViews.ChangesView): against the version
 * it re-plans by default.
 * @typedef {Object} PlanChanges
 * @property {number} planId
 * @property {?number} againstPlanId null when there is no other version: every permanence is then ADDED
 * @property {?string} againstPublishedAt
 * @property {Array<PlanChange>} changes
 * @property {Array<{id: number, label: string}>} people everyone whose schedule changes, by name
 */

/**
 * GET /api/permanence-plans/{id}/publication-preview (permanence.plan.PlanViews.PublicationPreview): what
 * publishing changes for the field, to confirm first.
 * @typedef {Object} PublicationPreview
 * @property {number} planId
 * @property {boolean} published
 * @property {?number} replacesPlanId the published version the field reads until then
 * @property {Array<PlanChange>} changes
 * @property {Array<{id: number, label: string}>} people
 * @property {string} message e.g. « La publication change le planning de 2 personnes : … »
 */

/**
 * One permanence of « Ma journée » (permanence.plan.PlanViews.MyPermanenceView).
 * @typedef {Object} MyPermanence
 * @property {number} planId
 * @property {number} permanenceId
 * @property {HalfDay} halfDay
 * @property {string} halfDayLabel
 * @property {string} start "09:00", Europe/Paris
 * @property {string} end
 * @property {number} placeId
 * @property {string} placeName
 * @property {number} lon
 * @property {number} lat
 * @property {string} communeInsee
 * @property {string} communeName
 * @property {?number} vanId
 * @property {?string} vanLabel
 * @property {Array<{id: number, label: string, role: string}>} partners the other members of the binôme
 * @property {boolean} pinned
 * @property {'PLANNED'|'CANCELLED'} status
 * @property {?Cancellation} cancellation
 * @property {Array<string>} alerts what the coordination still has to resolve (never an absence's reason)
 */

/**
 * What the latest publication changed for the person (permanence.plan.PlanViews.MyChangeView).
 * @typedef {Object} MyChange
 * @property {number} planId
 * @property {string} publishedAt
 * @property {'MOVED'|'ADDED'|'REMOVED'|'CANCELLED'|'RESTORED'|'STAFF_CHANGED'} kind
 * @property {string} kindLabel
 * @property {string} summary
 * @property {?PermanenceSnapshot} before
 * @property {?PermanenceSnapshot} after
 */

/**
 * GET /api/permanence-plans/my-day and …/{id}/my-day[?date=][&since=] (permanence.plan.PlanViews.MyDayView): the
 * signed-in person's day.
 * @typedef {Object} MyDay
 * @property {string} date
 * @property {number} staffId
 * @property {string} staffLabel
 * @property {Array<MyPermanence>} permanences morning first
 * @property {Array<MyChange>} changes
 */

/**
 * GET and PUT /api/staff/{id}/calendar-feed (permanence.plan.CalendarFeedController.FeedView); DELETE answers 204.
 * The address is sent once, by PUT: GET says only whether one is active.
 * @typedef {Object} CalendarFeed
 * @property {boolean} active
 * @property {?string} createdAt
 * @property {?string} url
 * @property {?string} webcal
 */

// ---- Maraude plans --------------------------------------------------------------------------------------------

/**
 * One stop of a round (maraude.plan.PlanView.StopView). Times are LocalDateTime: the stop's day and local time.
 * @typedef {Object} MaraudeStop
 * @property {number} order 1 for the first stop
 * @property {string} visitId
 * @property {'HOTEL_115'|'DAY_CENTRE'|'CAMP'|'STREET_HOTSPOT'|'PLACE'} kind
 * @property {string} name
 * @property {?string} address
 * @property {number} lon
 * @property {number} lat
 * @property {string} arrival when the team is there ready to work (after its lunch break if taken just before)
 * @property {string} serviceStart
 * @property {string} departure
 * @property {?StopOutcome} outcome what the team found there once it checked the stop off, null until then
 * @property {?string} checkedAt when it was checked off, null until then
 * @property {number} waitMinutes minutes waited on site for the place to open (serviceStart − arrival)
 */

/**
 * A person of a team (maraude.plan.PlanView.MemberView).
 * @typedef {Object} MaraudeMember
 * @property {number} staffId
 * @property {string} label what colleagues call them
 * @property {?string} profession in French, e.g. « psychologue »
 */

/**
 * A round's lunch break (maraude.plan.PlanView.LunchView).
 * @typedef {Object} MaraudeLunch
 * @property {string} start LocalDateTime
 * @property {string} end LocalDateTime
 * @property {number} afterStops stops made before the break (0: before the first stop)
 */

/** @typedef {'VISITED'|'NOBODY_MET'|'REFUSED_ENTRY'} StopOutcome */

/**
 * PUT /api/maraude-plans/{id}/stops/{visitId}/check-off (maraude.plan.PlanView.CheckOffView). DELETE answers 204.
 * @typedef {Object} MaraudeCheckOff
 * @property {number} planId
 * @property {string} visitId
 * @property {string} team the team whose round the stop is on
 * @property {StopOutcome} outcome
 * @property {string} checkedAt
 * @property {string} checkedBy the account that checked it off
 */

/**
 * One team's round on one day (maraude.plan.PlanView.RoundView): a plan over several days has one per team and
 * day, sorted by day, then by team.
 * @typedef {Object} MaraudeRound
 * @property {string} team the team's id, as in the GPX and route sheet addresses
 * @property {string} name the team's name
 * @property {string} date
 * @property {'CAR'|'FOOT'} mode
 * @property {Array<MaraudeStop>} stops
 * @property {string} backAtBase LocalDateTime
 * @property {number} distanceMetres
 * @property {?{type: 'LineString', coordinates: Array<Array<number>>}} route road path, or straight legs; null
 *   without stops
 * @property {Array<MaraudeMember>} members the team's people, in the order given
 * @property {?MaraudeLunch} lunchBreak the break taken on the round; null without one (short shift, or eaten at base)
 */

/**
 * A visit the plan could not fit (maraude.plan.PlanView.LeftOutView).
 * @typedef {Object} MaraudeLeftOut
 * @property {string} visitId
 * @property {string} name
 * @property {string} kind
 * @property {boolean} mandatory
 * @property {?string} reason
 */

/**
 * GET /api/maraude-plans/{id} and PUT/DELETE …/publication (maraude.plan.PlanView). A draft (publishedAt null) is
 * 403 to field accounts.
 * @typedef {Object} MaraudePlan
 * @property {number} id
 * @property {number} territoryId
 * @property {Array<string>} dates
 * @property {'SOLVING'|'DONE'|'FAILED'} status
 * @property {?string} score
 * @property {?boolean} feasible
 * @property {?string} failure
 * @property {string} createdAt
 * @property {?string} solvedAt
 * @property {?string} publishedAt null while the plan is the coordinator's draft
 * @property {Array<MaraudeRound>} teams one round per team and day
 * @property {Array<MaraudeLeftOut>} leftOut
 */

/**
 * One element of GET /api/maraude-plans?territoryId= (maraude.plan.PlanView.Summary): no place names.
 * @typedef {Object} MaraudePlanSummary
 * @property {number} id
 * @property {number} territoryId
 * @property {Array<string>} dates
 * @property {'SOLVING'|'DONE'|'FAILED'} status
 * @property {?string} score
 * @property {?boolean} feasible
 * @property {string} createdAt
 * @property {?string} publishedAt null for a draft (field accounts are not given drafts)
 * @property {number} teams
 * @property {Array<string>} teamNames
 * @property {number} stops
 * @property {number} checkedOff stops the teams checked off, whatever they found
 * @property {number} leftOut
 * @property {number} mandatoryLeftOut
 */

// ---- Coverage (funders) ---------------------------------------------------------------------------------------

/**
 * GET /api/coverage?territoryId=&month= (coverage.CoverageReport). Every figure is of the month asked for; only
 * permanences already held (their half-day is over) reach a target, planned ones are counted beside them.
 * @typedef {Object} CoverageReport
 * @property {number} territoryId
 * @property {string} territory
 * @property {string} month
 * @property {Array<CommuneCoverage>} communes
 * @property {Array<{code: string, name: string, permanencesNearby: number, heldNearby: number, covered: boolean}>} qpv
 *   permanencesNearby: held or planned; covered: at least one held nearby
 * @property {CoverageIndicators} indicators
 */

/**
 * One commune's month (coverage.CoverageReport.CommuneCoverage).
 * @typedef {Object} CommuneCoverage
 * @property {string} insee
 * @property {string} name
 * @property {number} held permanences whose half-day is over
 * @property {number} planned published permanences not held yet
 * @property {number} target the minimum of held permanences a month
 * @property {string} situation REACHED (held ≥ target), IN_PROGRESS (month in progress), UPCOMING, MISSED
 * @property {string} description the same in French: « en cours : 2 tenues, 2 prévues sur 4 »
 */

/**
 * @typedef {Object} CoverageIndicators
 * @property {number} communes
 * @property {number} communesOnTarget communes whose held permanences reach their target
 * @property {number} communesInProgress communes not there yet in a month in progress
 * @property {number} permanences held and planned
 * @property {number} permanencesHeld
 * @property {number} permanencesPlanned
 * @property {number} qpv
 * @property {number} qpvCovered QPV with a permanence held nearby
 * @property {number} qpvCoveredShare
 * @property {number} hotels the territory's 115 hotels (a count, never one of them)
 * @property {number} hotelsVisited of those, checked off as visited by a maraude team in the month
 * @property {boolean} monthInProgress
 */

/**
 * One table of the funnel (coverage.FunnelReport.Table). Every count is a number of contacts (people at
 * encounters: the same person met twice counts twice), the total of the published blocks it holds (one month of
 * one commune, at least k encounters); the last column (code UNSPLIT) holds the blocks shown without that
 * breakdown. `hiddenBecause` is aligned with `values`: null where the value is exact, "SMALL" for a 0 of a month
 * where encounters, fewer than k per commune, are counted nowhere (« < k rencontres par commune »).
 * "COMPLEMENTARY" (hidden to protect another cell) is never sent: no cell is.
 * @typedef {Object} FunnelTable
 * @property {Array<{code: string, label: string}>} columns
 * @property {Array<{month: string, values: Array<number>, total: number, hiddenBecause: Array<?string>}>} rows
 * @property {Array<number>} columnTotals
 * @property {number} total
 */

/**
 * GET /api/coverage/funnel?territoryId=&from=&to= (coverage.FunnelReport): contacts per month.
 * @typedef {Object} FunnelReport
 * @property {number} territoryId
 * @property {string} territory
 * @property {string} from
 * @property {string} to
 * @property {number} k a block is published only with at least k encounters
 * @property {FunnelTable} byOutcome
 * @property {FunnelTable} byCategory
 */

/**
 * GET/PUT /api/territories/{id}/public-schedule (publicschedule.PublicScheduleSwitchController.SwitchView).
 * @typedef {Object} PublicScheduleSwitch
 * @property {number} territoryId
 * @property {boolean} enabled
 * @property {?string} changedAt null while it was never switched
 * @property {string} url the public page (absolute)
 * @property {string} embedUrl the same for an iframe
 */

export {};
