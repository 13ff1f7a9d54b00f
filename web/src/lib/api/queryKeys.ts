/**
 * Query keys shared by every feature, so that a change made on one screen refreshes the others (enrolling refreshes
 * "my learning", publishing refreshes the catalog).
 */
export const queryKeys = {
  me: ['users', 'me'] as const,
  users: (filters: object) => ['users', 'list', filters] as const,
  catalog: (filters: object) => ['courses', 'catalog', filters] as const,
  vocabulary: ['courses', 'vocabulary'] as const,
  course: (courseId: string) => ['courses', 'detail', courseId] as const,
  courses: ['courses'] as const,
  myCourses: ['courses', 'mine'] as const,
  lesson: (courseId: string, lessonId: string) => ['courses', 'detail', courseId, 'lessons', lessonId] as const,
  reviews: (courseId: string, page: number) => ['courses', 'detail', courseId, 'reviews', page] as const,
  courseStats: (courseId: string) => ['courses', 'detail', courseId, 'stats'] as const,
  platformStats: ['courses', 'stats'] as const,
  enrollments: ['enrollments'] as const,
  myEnrollments: ['enrollments', 'me'] as const,
  enrollment: (enrollmentId: string) => ['enrollments', enrollmentId] as const,
  myCertificates: ['certificates', 'me'] as const,
  certificate: (number: string) => ['certificates', number] as const,
  notifications: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  /** Prefix of every catalog page (any filters): refreshed when an instructor publishes, edits or withdraws a course. */
  catalogAll: ['courses', 'catalog'] as const,
  // Added by the admin and notifications features.
  instructorApplications: ['users', 'instructor-applications'] as const,
  notificationFeed: (limit: number) => ['notifications', 'feed', limit] as const,
  // Added by the payments feature: everything under "payments", so a refund or a purchase refreshes every list.
  payments: ['payments'] as const,
  paymentPlans: ['payments', 'plans'] as const,
  myPayments: (page: number) => ['payments', 'me', page] as const,
  transaction: (transactionId: string) => ['payments', 'transactions', transactionId] as const,
  adminTransactions: (filters: object) => ['payments', 'admin-transactions', filters] as const,
  sandboxSession: (sessionId: string) => ['payments', 'sandbox', sessionId] as const,
  mySubscription: ['payments', 'subscriptions', 'me'] as const,
  revenue: (from: string, to: string) => ['payments', 'revenue', from, to] as const,
  // Added by the ai feature: everything under "ai", so one invalidation refreshes the tutor and the recommendations.
  ai: ['ai'] as const,
  aiRecommendations: (limit: number, language: string) => ['ai', 'recommendations', limit, language] as const,
  aiConversations: (courseId: string) => ['ai', 'conversations', courseId] as const,
  aiConversation: (conversationId: string) => ['ai', 'conversation', conversationId] as const,
  aiQuizDrafts: (courseId: string) => ['ai', 'quiz-drafts', courseId] as const,
  aiQuizDraft: (draftId: string) => ['ai', 'quiz-draft', draftId] as const,
  aiMyAnalysis: ['ai', 'analytics', 'me'] as const,
  aiCourseAnalysis: (courseId: string) => ['ai', 'analytics', 'course', courseId] as const,
};
