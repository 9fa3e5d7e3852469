import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
	it('stores argon2id with a random salt and verifies only the right password', async () => {
		const a = await hashPassword('correct horse battery');
		const b = await hashPassword('correct horse battery');
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword('correct horse battery', a)).toBe(true);
		expect(await verifyPassword('correct horse batterY', a)).toBe(false);
	});
	it('refuses when there is no stored hash or it is malformed', async () => {
		expect(await verifyPassword('anything', null)).toBe(false);
		expect(await verifyPassword('anything', 'plaintext')).toBe(false);
	});
});
