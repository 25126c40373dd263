/** The validity periods the form offers, and the moment each one ends. */

export const expiryChoices = ['30', '90', '365', 'never'] as const;
export type ExpiryChoice = (typeof expiryChoices)[number];

const dayMs = 86_400_000;

/** When a token made now with this choice expires (ISO), or undefined for one that never does. */
export function expiresAtFor(choice: ExpiryChoice, now = Date.now()): string | undefined {
  return choice === 'never' ? undefined : new Date(now + Number(choice) * dayMs).toISOString();
}
