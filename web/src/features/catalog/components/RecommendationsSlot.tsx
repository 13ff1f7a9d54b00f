/**
 * RESERVED SLOT: personalised AI recommendations ("Recommended for you") will render here once the recommendations
 * service exists. It renders nothing for now, on purpose, so the home page's layout does not change when it arrives.
 */
export function RecommendationsSlot() {
  return null;
}
