import type { SessionUser } from '#lib/server/accounts/types.ts';
import type { DirectoryLocale, Locale } from '#lib/i18n/locales.ts';

declare global {
	namespace App {
		interface Locals {
			/** The content language (fr/en): listings, e-mails, everything outside the directory. */
			lang: Locale;
			/** The interface language: lang, or a newcomer language on the public directory. */
			uiLang: DirectoryLocale;
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
			uiLang?: DirectoryLocale;
		}
	}
}

export {};
