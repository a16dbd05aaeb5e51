import { QueryClient } from '@tanstack/react-query';

let fallbackQueryClient: QueryClient | undefined;

/**
 * The page's one QueryClient for hooks that find none (apps without react-query), created on first use, so the
 * button works there too.
 */
export function getFallbackQueryClient(): QueryClient {
  fallbackQueryClient ??= new QueryClient();
  return fallbackQueryClient;
}
