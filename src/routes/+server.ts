import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** `/` sends each visitor to /fr or /en, by their browser's languages. */
export const GET: RequestHandler = ({ locals, setHeaders }) => {
	setHeaders({ vary: 'Accept-Language' });
	redirect(303, `/${locals.lang}`);
};
