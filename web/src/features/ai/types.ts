// Short names for the AI service's generated schemas (web/openapi/ai.json → lib/api/schema/ai.ts).
import type { components } from '@/lib/api/schema/ai';

type AiSchemas = components['schemas'];

export type ChatRequest = AiSchemas['ChatRequest'];
export type ChatResponse = AiSchemas['ChatResponse'];
export type Citation = AiSchemas['CitationPublic'];
export type ConversationSummary = AiSchemas['ConversationSummary'];
export type ConversationMessage = AiSchemas['ConversationMessage'];
export type Recommendation = AiSchemas['RecommendationPublic'];
/** "local": sentences quoted from the lessons; "llm": written by a language model from the lessons. */
export type TutorMode = ChatResponse['mode'];

// Quiz generation and review (instructors).
export type QuizDraft = AiSchemas['QuizDraftPublic'];
export type DraftQuestion = AiSchemas['DraftQuestionPublic'];
export type QuestionType = DraftQuestion['type'];
export type QuestionStatus = DraftQuestion['status'];
export type QuestionReview = AiSchemas['QuestionReview'];
export type SaveQuizRequest = AiSchemas['SaveQuizRequest'];
export type SavedQuiz = AiSchemas['SavedQuiz'];

// Learner analysis (the learner's own, and a course's learners for its instructor).
export type MyAnalysis = AiSchemas['MyAnalysis'];
export type LearnerSummary = AiSchemas['LearnerSummary'];
export type CourseAnalysis = AiSchemas['CourseAnalysis'];
export type WeekActivity = AiSchemas['WeekActivity'];
export type WeakTopic = AiSchemas['WeakTopic'];
export type StrongTopic = AiSchemas['Topic'];
export type LessonRef = AiSchemas['LessonRef'];
export type CourseLearnersAnalysis = AiSchemas['CourseLearnersAnalysis'];
export type LearnerAtRisk = AiSchemas['LearnerAtRisk'];
export type RiskReason = LearnerAtRisk['reasons'][number];
export type QuizTopic = AiSchemas['QuizTopic'];
export type RiskThresholds = AiSchemas['RiskThresholds'];
/** "local": computed from rules (quoted sentences, counts); "llm": written by a language model. */
export type AiMode = MyAnalysis['mode'];
