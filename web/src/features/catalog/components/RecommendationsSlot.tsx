import { homeRecommendations } from '@/lib/slots';

/**
 * Personal recommendations ("Recommended for you") for a signed-in person: the `homeRecommendations` slot, which the
 * app fills (src/app/slots.tsx). Renders nothing for visitors, or when there is nothing to recommend.
 */
export function RecommendationsSlot() {
  return <homeRecommendations.Render />;
}
