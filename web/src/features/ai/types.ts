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
