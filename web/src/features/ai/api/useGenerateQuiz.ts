import { useMutation, useQueryClient } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

type Variables = { courseId: string; lessonId: string; count: number };

/**
 * POST /api/v1/ai/quizzes/generate: questions made from one lesson, as a draft to review (201). 422 when the lesson
 * has no text to make questions from (a video without its transcript). No `language`: the questions are for the
 * course's learners, in the lesson's language, which the service detects (the instructor's interface may differ).
 */
export function useGenerateQuiz() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, lessonId, count }: Variables) =>
      unwrap(aiApi.POST('/api/v1/ai/quizzes/generate', { body: { course_id: courseId, lesson_id: lessonId, count } })),
    onSuccess: (draft) => {
      // The review page opens next: it finds the draft already there.
      queryClient.setQueryData(queryKeys.aiQuizDraft(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: queryKeys.aiQuizDrafts(draft.course_id) });
    },
  });
}
