/**
 * A provider's answers to a referral that carry text: the mutation, and the name the API gives
 * the text in `extensions.field` when it refuses it (the mutation's argument). The referral
 * inbox shows a refusal next to the text box of that name.
 */
export const REFERRAL_TEXT = {
  decline: { mutation: 'declineReferral', field: 'reason' },
  progress: { mutation: 'reportReferralProgress', field: 'note' },
  complete: { mutation: 'completeReferral', field: 'note' },
} as const;

export type ReferralTextStep = keyof typeof REFERRAL_TEXT;
