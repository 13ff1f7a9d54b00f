import { useMutation, useQueryClient } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/**
 * GET /api/v1/ai/chat/conversations/{id}: one conversation's messages, fetched when the learner picks it. A read,
 * but run on a click: a mutation gives that click its pending and error states; the messages still go through the
 * query cache (opening it again is instant).
 */
export function useOpenConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId: string) =>
      queryClient.fetchQuery({
        queryKey: queryKeys.aiConversation(conversationId),
        queryFn: () =>
          unwrap(aiApi.GET('/api/v1/ai/chat/conversations/{conversation_id}', { params: { path: { conversation_id: conversationId } } })),
      }),
  });
}
