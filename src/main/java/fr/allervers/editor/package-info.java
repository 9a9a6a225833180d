/**
 * The territory editor: coordinators add, correct, archive or delete one place, 115 hotel, person or van at a time,
 * without re-importing a whole file. Every write checks the whole request first (400 naming the field, nothing
 * written), refuses a stale version (409 with the current values), stays inside the caller's consortium (another
 * consortium's id is 404) and is recorded in the audit trail. Deleting an item that anything still names archives
 * it instead; see docs/territory-editor.md.
 */
package fr.allervers.editor;
