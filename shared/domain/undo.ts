/** Taking back a triage decision, a merge or a ticked task: how long 撤销 is offered and its messages wait. */

/** The toast with 撤销 stays this long. */
export const undoToastMs = 8_000;

/**
 * The server takes the undo this long after the change (a tap in the toast's last moment still arrives over a slow
 * network), and holds the change's messages as long, so an undone change never reached anyone.
 */
export const undoWindowMs = 12_000;
