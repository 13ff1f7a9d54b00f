import type { RouteObject } from 'react-router';

/**
 * The AI feature has no page of its own yet: its screens (the course tutor, recommendations) live in other pages'
 * slots, filled by src/app/slots.tsx with the components of slotFills.tsx.
 */
export const aiRoutes: RouteObject[] = [];
