/**
 * Every route, as every kind of visitor, on both database engines:
 * - the role matrix: each page and each form action answers 200/allowed or 403 exactly as the
 *   permission table says, and sends signed-out visitors to sign in;
 * - the cross-tenant test: another partnership's coordinator is refused everywhere, and a
 *   coordinator who puts another partnership's ids in their own URLs reads and changes nothing.
 * A new route or form action without a line here fails the first test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleCan } from '#lib/server/accounts/permissions.ts';
import type { Role } from '#lib/server/accounts/types.ts';
import { createPostgresDatabase, engines } from '../../support/engines.ts';
import { demo, demoPassword } from '../../support/demo.ts';
import { startServer, type RunningServer } from '../../support/server.ts';
import * as core from './access-cases.ts';
import * as directory from './access-cases-directory.ts';
import * as plans from './access-cases-plans.ts';
import { hostile, uuid, type Access, type RouteCase } from './access-cases.ts';

// Every module's table: add a module's file here.
const modules: { cases: RouteCase[]; idSources?: Record<string, core.IdSource> }[] = [core, directory, plans];
const cases: RouteCase[] = modules.flatMap((m) => m.cases);
const idSources: Record<string, core.IdSource> = Object.assign({}, ...modules.map((m) => m.idSources ?? {}));
// Routes that read every partnership where the visitor holds the permission (plans' funder roll-ups).
const across = new Set<string>(plans.acrossPartnerships);

// ---------------------------------------------------------------------------------------------

const routesDir = join(import.meta.dirname, '../../../src/routes');

function routeFiles(dir = routesDir): { route: string; actions: string[] }[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) return routeFiles(path);
		if (entry !== '+page.server.ts' && entry !== '+server.ts') return [];
		const text = readFileSync(path, 'utf8');
		const at = text.indexOf('export const actions');
		const actions = at < 0 ? [] : [...text.slice(at).matchAll(/^\t(\w+): async/gm)].map((m) => m[1]);
		return [{ route: relative(routesDir, dir), actions }];
	});
}

describe('the access table', () => {
	it('has a line for every route and every form action', () => {
		const known = new Map(cases.map((c) => [c.route, Object.keys(c.actions ?? {}).sort()]));
		const problems: string[] = [];
		for (const file of routeFiles()) {
			if (!known.has(file.route)) problems.push(`no access line for route ${file.route || '/'}`);
			else if (JSON.stringify(known.get(file.route)) !== JSON.stringify([...file.actions].sort())) {
				problems.push(`actions of ${file.route}: table has ${known.get(file.route)}, code has ${file.actions}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

type Who = 'anonymous' | 'admin' | Role | 'outsider';
const people: Record<Exclude<Who, 'anonymous'>, string> = {
	admin: demo.admin,
	coordinator: demo.coordinator,
	member: demo.member,
	viewer: demo.viewer,
	outsider: demo.quinteCoordinator
};

function expectedFor(
	access: Access,
	who: Who,
	acrossPartnerships = false
): 'allowed' | 'forbidden' | 'signin' | 'redirect_home' {
	if (access === 'public') return 'allowed';
	if (access === 'signed_out_only') return who === 'anonymous' ? 'allowed' : 'redirect_home';
	if (who === 'anonymous') return 'signin';
	if (access === 'instance_admin') return who === 'admin' ? 'allowed' : 'forbidden';
	// Across partnerships, the admin sees all and the outsider (Quinte's coordinator) sees Quinte.
	if (acrossPartnerships && (who === 'admin' || who === 'outsider')) return 'allowed';
	if (who === 'admin' || who === 'outsider') return 'forbidden';
	return roleCan(who, access) ? 'allowed' : 'forbidden';
}

describe.each(engines)('every route as every visitor, on %s', (engine) => {
	let server: RunningServer;
	let dropDb: (() => Promise<void>) | undefined;
	const cookies = new Map<Who, string>();
	const ids: Record<'own' | 'other', Record<string, string>> = { own: {}, other: {} };

	async function request(who: Who, path: string, init: { method?: string; body?: Record<string, string> } = {}) {
		const headers: Record<string, string> = { origin: server.url, accept: 'text/html' };
		const cookie = cookies.get(who);
		if (cookie) headers.cookie = cookie;
		let body: string | undefined;
		if (init.body) {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = new URLSearchParams(init.body).toString();
		}
		return fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
	}

	async function scrape(who: Who, path: string, pattern: RegExp): Promise<string> {
		const response = await request(who, path);
		const html = await response.text();
		const match = pattern.exec(html);
		if (!match) throw new Error(`no id on ${path} (${response.status})`);
		return match[1];
	}

	beforeAll(async () => {
		let env: Record<string, string> = {};
		if (engine === 'postgresql') {
			const db = await createPostgresDatabase();
			dropDb = db.drop;
			env = { DATABASE_URL: db.url };
		}
		server = await startServer(env);
		for (const [who, email] of Object.entries(people) as [Exclude<Who, 'anonymous'>, string][]) {
			const response = await request('anonymous', '/en/signin', {
				method: 'POST',
				body: { email, password: demoPassword }
			});
			const setCookie = response.headers.get('set-cookie') ?? '';
			const session = /passerelle_session=[^;]+/.exec(setCookie)?.[0];
			if (!session) throw new Error(`sign-in failed for ${email}: ${response.status}`);
			cookies.set(who, session);
		}
		for (const [side, slug, who] of [
			['own', 'london-middlesex', 'coordinator'],
			['other', 'quinte', 'outsider']
		] as const) {
			for (const [kind, source] of Object.entries(idSources)) {
				ids[side][kind] = await scrape(
					who,
					`/en/${slug}/app${source.list}`,
					new RegExp(source.pattern.replace('{uuid}', uuid))
				);
			}
		}
	});

	afterAll(async () => {
		await server?.stop();
		await dropDb?.();
	});

	const fill = (path: string, slug: string, id?: string) => path.replace('{slug}', slug).replace('{id}', id ?? '');

	function check(status: number, location: string | null, expected: ReturnType<typeof expectedFor>, label: string) {
		if (expected === 'signin') {
			expect(status, label).toBe(303);
			expect(location, label).toMatch(/\/en\/signin\?next=/);
		} else if (expected === 'forbidden') {
			expect(status, label).toBe(403);
		} else if (expected === 'redirect_home') {
			expect(status, label).toBe(303);
		} else {
			expect(status, label).not.toBe(403);
			expect(status, label).toBeLessThan(500);
			if (status === 303) expect(location ?? '', label).not.toMatch(/\/signin\?next=/);
		}
	}

	const whos: Who[] = ['anonymous', 'admin', 'coordinator', 'member', 'viewer', 'outsider'];

	it('answers every page as the permission table says, for every visitor', async () => {
		for (const c of cases.filter((x) => x.path)) {
			for (const who of whos) {
				const path = fill(c.path!, 'london-middlesex', c.id ? ids.own[c.id] : undefined);
				const response = await request(who, path);
				await response.arrayBuffer();
				check(
					response.status,
					response.headers.get('location'),
					expectedFor(c.get, who, across.has(c.route)),
					`GET ${path} as ${who}`
				);
			}
		}
	});

	it('accepts or refuses every form action as the permission table says', async () => {
		for (const c of cases.filter((x) => x.path && x.actions)) {
			for (const [action, access] of Object.entries(c.actions!)) {
				if (c.route === '[lang=lang]/signin' || c.route === '[lang=lang]/signout') continue; // would change the sessions under test
				for (const who of whos) {
					const path = fill(c.path!, 'london-middlesex', c.id ? ids.own[c.id] : undefined);
					const target = action === 'default' ? path : `${path}?/${action}`;
					const response = await request(who, target, { method: 'POST', body: { _probe: '1' } });
					await response.arrayBuffer();
					check(
						response.status,
						response.headers.get('location'),
						expectedFor(access, who, across.has(c.route)),
						`POST ${target} as ${who}`
					);
				}
			}
		}
	});

	it("refuses another partnership's coordinator everywhere in this partnership", async () => {
		for (const c of cases.filter((x) => x.path?.includes('/app'))) {
			const path = fill(c.path!, 'london-middlesex', c.id ? ids.own[c.id] : undefined);
			const response = await request('outsider', path);
			await response.arrayBuffer();
			expect(response.status, `GET ${path} as quinte coordinator`).toBe(403);
		}
	});

	it("never shows or changes another partnership's rows through one's own partnership's URLs", async () => {
		for (const c of cases.filter((x) => x.id && x.path)) {
			const path = fill(c.path!, 'london-middlesex', ids.other[c.id!]);
			const read = await request('coordinator', path);
			await read.arrayBuffer();
			expect(read.status, `GET ${path} with a quinte id`).toBe(404);
			for (const action of Object.keys(c.actions ?? {})) {
				const target = action === 'default' ? path : `${path}?/${action}`;
				const write = await request('coordinator', target, { method: 'POST', body: c.hostileBody ?? { _probe: '1' } });
				await write.arrayBuffer();
				expect([400, 404], `POST ${target} with a quinte id`).toContain(write.status);
			}
		}
		// Quinte's own pages still show Quinte's data, untouched.
		for (const c of cases.filter((x) => x.id && x.hostileBody && x.get !== 'meetings.manage')) {
			const html = await (await request('outsider', fill(c.path!, 'quinte', ids.other[c.id!]))).text();
			expect(html, c.route).not.toContain(hostile);
		}
		const joinPage = await (await request('outsider', `/en/quinte/app/join-requests/${ids.other.join_request}`)).text();
		expect(joinPage).not.toContain(hostile);
	});

	it('takes a PNG logo, serves it on the public partner list, and refuses an SVG', async () => {
		const path = `/en/london-middlesex/app/organizations/${ids.own.organization}`;
		const upload = (bytes: Uint8Array<ArrayBuffer>, type: string, name: string) => {
			const body = new FormData();
			body.set('logo', new Blob([bytes], { type }), name);
			return fetch(`${server.url}${path}?/logo`, {
				method: 'POST',
				headers: { origin: server.url, accept: 'text/html', cookie: cookies.get('coordinator')! },
				body,
				redirect: 'manual'
			});
		};
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		const refused = await upload(svg, 'image/svg+xml', 'x.svg');
		expect(refused.status).toBe(400);
		const stored = await upload(png, 'image/png', 'logo.png');
		expect(stored.status).toBe(303);
		const logo = await request('anonymous', `/en/london-middlesex/partners/${ids.own.organization}/logo`);
		expect(logo.status).toBe(200);
		expect(logo.headers.get('content-type')).toBe('image/png');
		expect(logo.headers.get('content-security-policy')).toContain('sandbox');
		expect(new Uint8Array(await logo.arrayBuffer())).toEqual(png);
		const elsewhere = await request('anonymous', `/en/quinte/partners/${ids.own.organization}/logo`);
		await elsewhere.arrayBuffer();
		expect(elsewhere.status).toBe(404);
	});

	it('keeps calendar feeds behind their secret tokens', async () => {
		for (const path of ['/cal/table/not-a-real-token', '/cal/person/not-a-real-token']) {
			const response = await request('anonymous', path);
			await response.arrayBuffer();
			expect(response.status, path).toBe(404);
		}
	});
});
