/**
 * The public schedule of a territory: where and when the van and the fixed permanences will be, for residents,
 * mairies and partners, without signing in — a page, an embeddable version, posters, iCalendar feeds per commune and
 * a data·inclusion export. Off until a coordinator switches it on; it reads only published plans and shows roles,
 * never a name, a 115 hotel, a maraude, an encounter or a draft (docs/public-schedule.md).
 */
package fr.allervers.publicschedule;
