import type { SessionUser } from '#lib/server/accounts/types.ts';
import type { Locale } from '#lib/i18n/locales.ts';

declare global {
	namespace App {
		interface Locals {
			lang: Locale;
			user: SessionUser | null;
			sessionId: string | null;
			requestId: string;
		}
		interface Error {
			message: string;
			code?: string;
			requestId?: string;
		}
		interface PageData {
			lang?: Locale;
		}
	}
}

export {};
