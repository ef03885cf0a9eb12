import type { ClientInit } from '@sveltejs/kit';

/**
 * SvelteKit awaits `init` between evaluating its modules (which also reads its sessionStorage)
 * and hydrating the page. The page is already painted and complete as served (see
 * src/lib/server/start-after-paint.ts), so the hydration can wait for a task of its own: two
 * shorter tasks instead of one long one that would hold up a reader's first tap or key.
 */
export const init: ClientInit = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
