/** The demo accounts the server seeds on an empty database (src/lib/server/demo/seed.ts). */
export const demoPassword = 'Passerelle-demo-2026';

export const demo = {
	admin: 'admin@passerelle.example',
	coordinator: 'coordination@lmlip.example',
	member: 'membre@lmlip.example',
	viewer: 'ircc@funder.example',
	quinteCoordinator: 'coordination@quinte.example'
} as const;

export const langs = ['fr', 'en'] as const;
export type Lang = (typeof langs)[number];

/** The same text in both languages, for assertions that follow the page's language. */
export type Both = Record<Lang, string>;

/**
 * The workspace page for accounts, roles and invitations (…/app/<peoplePage>). It was
 * /app/people; it is now /app/accounts. One place to change if it moves again.
 */
export const peoplePage = 'accounts';
